"""The facts a content rule ``needs`` are necessary: where one is absent, the rule finds nothing.

The engine calls a content rule only on indicators that have every fact it declares
(:mod:`jixiao.review.triggers`), so a wrong declaration would silently drop findings. These
tests run every content rule that applies, gated or not, on every indicator of the seeds
and the import corpus and on generated ones, and require that each rule the facts leave
out returns no hit there.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jixiao.model import DepartmentPlan
from jixiao.review import review_plan, triggers
from jixiao.review.catalogue import RULES
from jixiao.review.context import IndicatorView, build_view
from jixiao.review.engine import _setup, forget_shared
from jixiao.review.examples import indicator, plan, project
from jixiao.review.families import profile_for
from jixiao.review.profile import load_profile
from jixiao.review.rule import IndicatorRule
from jixiao.review.triggers import FACTS, facts_of, needs_mask
from tests.review.conftest import corpus_plans


def _content_rules() -> list[IndicatorRule]:
    return [r for r in RULES if isinstance(r, IndicatorRule) and not r.uses_project]


def _left_out_hits(document: DepartmentPlan) -> list[str]:
    """“rule @ indicator” for every content rule the facts leave out that would have hit."""
    profile, _ = profile_for(document, load_profile())
    setup = _setup(profile)
    view = build_view(document, profile, setup.lexicon)
    wrong = []
    for p in view.projects:
        for v in p.indicators:
            kind, level2, is_cost = v.value.kind, v.level2, v.is_cost
            applying = setup.rules_for(kind, level2, is_cost)[0]
            called = setup.content_rules(kind, level2, is_cost, facts_of(v))
            for rule in applying:
                if rule not in called and rule.check(v) is not None:
                    wrong.append(f"{rule.id} @ {_shown(v)}")
    return wrong


def _shown(v: IndicatorView) -> str:
    i = v.indicator
    return f"{i.level2}/{i.level3}｜{i.description}｜{i.value}｜{i.basis}"


def test_every_declared_need_is_a_known_fact() -> None:
    declared = {name for r in _content_rules() for name in r.needs}
    assert declared and declared <= set(FACTS)
    with pytest.raises(ValueError, match="未知的触发条件"):
        needs_mask(["percent", "no-such-fact"])
    # facts tested only where another holds cannot be needed alone
    assert needs_mask(["universal", "percent"])
    with pytest.raises(ValueError, match="universal"):
        needs_mask(["universal"])
    with pytest.raises(ValueError, match="counts_people"):
        needs_mask(["counts_people", "percent"])


def test_the_gates_leave_out_rules_on_real_documents() -> None:
    """The gates do cut work on the seeds and corpus: most applying rules are not called."""
    profile = load_profile()
    setup = _setup(profile)
    applying = called = 0
    for _, document in corpus_plans():
        view = build_view(document, profile, setup.lexicon)
        for p in view.projects:
            for v in p.indicators:
                key = (v.value.kind, v.level2, v.is_cost)
                applying += len(setup.rules_for(*key)[0])
                called += len(setup.content_rules(*key, facts_of(v)))
    assert applying > 10_000
    assert called < applying * 0.7


def test_no_rule_left_out_would_have_hit_on_the_seeds_andcorpus_plans() -> None:
    corpus = corpus_plans()
    assert len(corpus) >= 80
    wrong = [f"{key}: {hit}" for key, document in corpus for hit in _left_out_hits(document)]
    assert wrong == []


_LEVEL2 = st.sampled_from(
    ["数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会效益指标",
     "服务对象满意度指标", "满意度指标", "可持续影响指标", "其他"]
)  # fmt: skip
_PIECES = st.sampled_from(
    ["≥", "≤", "=", "<", ">", "不低于", "不超过", "达到", "90", "100", "95.5", "１２", "3",
     "2023年", "%", "百分比", "个百分点", "元", "万元", "万", "元/人", "/人/年", "次", "个",
     "天", "工作日", "月底", "满意度", "服务对象", "满意率", "完成率", "增长率", "人数",
     "全部", "全覆盖", "所有", "约", "左右", "X", "****", "（", "根据", "计划", "标准",
     "年度工作计划", "上年", "合格", "达标", "是", "否", "好", "较好", "等", " ", "，",
     "**", "XX", "x", "请填写", "示例", "(", "）", "、", "：", "以及", "数量指标", "效益",
     "服务对象满意度", "1", "台", "起", "培训", "信访", "投诉", "受益", "购置"]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=6).map("".join)


_LEVEL1 = st.sampled_from([None, "产出指标", "效益指标", "满意度指标", "成本指标", "", "其他"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(_LEVEL1, _LEVEL2, _TEXT, _TEXT, _TEXT, _TEXT), min_size=1, max_size=4),
    year=st.sampled_from([None, 2024]),
)
@example(rows=[(None, "服务对象满意度指标", "群众满意度", "", "100%", "2024年计划")], year=2024)
@example(rows=[(None, "数量指标", "培训次数", "每年培训不少于4次", "≤3次", "≥95%")], year=None)
@example(rows=[("效益指标", "数量指标", "数量指标", "完成（", "≥**%", "")], year=None)
@example(rows=[(None, "数量指标", "", "", "2023年", "")], year=None)  # R113: no name, a date
@example(rows=[("效益指标", "社会效益指标", "购置设备数量", "", "≥5台", "")], year=None)
@example(rows=[("产出指标", "数量指标", "培训次数", "", "≥1次", "")], year=None)
@example(rows=[("产出指标", "数量指标", "办结信访案件", "", "168起", "")], year=None)
def test_no_rule_left_out_would_have_hit_on_generated_indicators(
    rows: list[tuple[str | None, str, str, str, str, str]], year: int | None
) -> None:
    document = plan(
        project(
            *(
                indicator(level2, name, value, description, level1=level1, basis=basis)
                for level1, level2, name, description, value, basis in rows
            )
        ),
        year=year,
    )
    assert _left_out_hits(document) == []


@pytest.mark.parametrize(
    ("row", "rule", "fact"),
    [
        (("效益指标", "社会效益指标", "购置设备数量", "≥5台"), "R119", triggers.EFFECT),
        (("产出指标", "数量指标", "会议培训举办次数", "≥1次"), "N219", triggers.ONE),
        (("产出指标", "数量指标", "办结信访案件", "168起"), "N223", triggers.PHRASE),
    ],
)
def test_the_gates_of_r119_n219_n223_let_their_findings_through(
    row: tuple[str, str, str, str], rule: str, fact: int
) -> None:
    """The facts ``effect``, ``one`` and N223's words in ``phrase`` hold where the rules hit
    (their real examples), and the rules are called there."""
    level1, level2, name, value = row
    document = plan(project(indicator(level2, name, value, level1=level1)))
    profile, _ = profile_for(document, load_profile())
    setup = _setup(profile)
    v = build_view(document, profile, setup.lexicon).projects[0].indicators[0]
    assert facts_of(v) & fact
    called = setup.content_rules(v.value.kind, v.level2, v.is_cost, facts_of(v))
    assert rule in {r.id for r in called}
    assert rule in {f.rule for f in review_plan(document).findings}


def test_a_cold_review_forgets_the_facts_remembered_per_text() -> None:
    review_plan(corpus_plans()[0][1])
    assert triggers._by_value and triggers._by_basis
    forget_shared()
    assert not triggers._by_value and not triggers._by_basis


def test_the_review_with_gates_finds_what_every_applying_rule_finds() -> None:
    """On a seed, the engine's content findings equal those of all applying rules, ungated."""
    _, document = next(item for item in corpus_plans() if item[0].startswith("seeds/"))
    content_ids = {r.id for r in _content_rules()}
    engine = sorted(
        (f.rule, f.project_index, f.indicator_index)
        for f in review_plan(document).findings
        if f.rule in content_ids
    )
    profile, _ = profile_for(document, load_profile())
    setup = _setup(profile)
    view = build_view(document, profile, setup.lexicon)
    ungated = sorted(
        (r.id, p.index, v.index)
        for p in view.projects
        for v in p.indicators
        for r in setup.rules_for(v.value.kind, v.level2, v.is_cost)[0]
        if r.check(v) is not None
    )
    assert engine and engine == ungated
