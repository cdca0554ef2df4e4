"""The facts a rule that reads the project ``needs`` are necessary, as a content rule's are.

The engine keeps an indicator's rules that also read its project (B104 …) only where the
facts hold every need the rule declares (:meth:`jixiao.review.lanes.Lanes.contextual`),
before it calls their gates; a wrong declaration would drop findings silently. These tests
run every such rule with needs on every indicator of the seeds and the import corpus and
on generated ones, and require that each rule the facts leave out returns no hit there.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from jixiao.model import DepartmentPlan
from jixiao.review import review_plan
from jixiao.review.catalogue import RULES
from jixiao.review.context import build_view
from jixiao.review.engine import _setup
from jixiao.review.examples import indicator, plan, project
from jixiao.review.families import profile_for
from jixiao.review.profile import load_profile
from jixiao.review.rule import IndicatorRule
from jixiao.review.triggers import facts_of
from tests.review.conftest import corpus_plans


def _left_out_hits(document: DepartmentPlan) -> tuple[list[str], int]:
    """“rule @ indicator” for every rule with needs that reads the project, left out by the
    facts, that would have hit; and how many such rules were left out."""
    profile, _ = profile_for(document, load_profile())
    setup = _setup(profile)
    view = build_view(document, profile, setup.lexicon)
    wrong, left_out = [], 0
    for p in view.projects:
        for v in p.indicators:
            lane = setup.lanes.lane((v.value.kind, v.level2, v.is_cost))
            kept, _ = setup.lanes.contextual(lane, facts_of(v))
            for rule in lane.contextual:
                if rule not in kept:
                    left_out += 1
                    if rule.check(v) is not None:
                        wrong.append(f"{rule.id} @ {v.name}｜{v.basis}")
    return wrong, left_out


def test_some_rule_that_reads_the_project_declares_needs() -> None:
    declared = [r.id for r in RULES if isinstance(r, IndicatorRule) and r.uses_project and r.needs]
    assert "B104" in declared


def test_no_rule_left_out_would_have_hit_on_the_seeds_and_corpus() -> None:
    left_out = 0
    for key, document in corpus_plans():
        wrong, count = _left_out_hits(document)
        assert wrong == [], key
        left_out += count
    assert left_out > 500  # the needs do leave rules out on real documents (838 at writing)


_BASIS = st.lists(
    st.sampled_from(
        ["2020", "2023", "２０２０", "二〇二〇", "年", "年度", " ", "工作计划", "实施方案", "预算",
         "计划", "管理办法", "上年", "根据", "《", "》", "(", "1", "9", "、"]
    ),
    max_size=7,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bases=st.lists(_BASIS, min_size=1, max_size=4), year=st.sampled_from([None, 2024]))
@example(bases=["2020年度工作计划"], year=2024)
@example(bases=["２０２０年度工作计划"], year=2024)
def test_no_rule_left_out_would_have_hit_on_generated_bases(
    bases: list[str], year: int | None
) -> None:
    document = plan(
        project(*(indicator("数量指标", "培训人数", "≥100人", basis=b) for b in bases)), year=year
    )
    assert _left_out_hits(document)[0] == []


def test_b104_still_fires_where_its_need_holds() -> None:
    document = plan(
        project(indicator("数量指标", "培训人数", "≥100人", basis="2020年度工作计划")), year=2024
    )
    assert "B104" in {f.rule for f in review_plan(document).findings}
