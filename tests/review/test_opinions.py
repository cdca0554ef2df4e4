"""The rules written for the defects real reviewers report (tests/review/defects/opinions.py):
each finds its held-out class on real documents of other provinces, and none of them speaks on
those documents as they are."""

from __future__ import annotations

from functools import cache

from jixiao.model import DepartmentPlan
from jixiao.review import review_plan
from tests.review.defects import SELF_EVALUATIONS, corpus_plans, detected, places, said
from tests.review.defects.mutations import MUTATIONS

NEW_RULES = {"N225", "N226", "N227", "N228", "N229", "R117", "W116"}


@cache
def _plans() -> dict[str, DepartmentPlan]:
    return corpus_plans()


@cache
def _self_evaluations() -> dict[str, DepartmentPlan]:
    return corpus_plans(SELF_EVALUATIONS)


def spoken_on_corpus(rules: set[str]) -> set[tuple[str, str]]:
    """(document, rule) for each finding of ``rules`` on the corpus's plans and
    self-evaluations as they are."""
    documents = {**_plans(), **_self_evaluations()}
    return {
        (name, f.rule)
        for name, plan in documents.items()
        for f in review_plan(plan).findings
        if f.rule in rules
    }


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: no finding of N225–N229, R117 or W116 on the corpus's plans and
    self-evaluations (the audit gained no entry) — but N226 on 普惠金融's 网点覆盖率 ≥60%,
    read since import-leftovers-15 cut its glued grid (audited: defensible)."""
    puhui = "sichuan_ru16r-puhui-jinrong-fazhan-zhuanxiang-ziping-glued_nd"
    assert spoken_on_corpus(NEW_RULES) == {(puhui, "N226")}


def _found(name: str, mutation: str, rule: str, plans: dict[str, DepartmentPlan]) -> bool:
    plan = plans[name]
    mutated = plan.model_copy(deep=True)
    target = MUTATIONS[mutation](mutated)
    assert target is not None
    before = places(review_plan(plan).findings)
    return detected(target, (rule,), before, review_plan(mutated).findings)


def test_a_low_satisfaction_target_is_found() -> None:
    # 淮北 送戏进万村: “项目受益人满意程度 ≥90%” → a lower floor
    assert _found(
        "anhui_huaibei-wenlvti-nongcun-wenhua-songxi_2025", "satisfaction_set_low", "N225", _plans()
    )


def test_money_put_in_as_an_output_is_found() -> None:
    assert _found(
        "anhui_huaibei-wenlvti-nongcun-wenhua-songxi_2025", "input_as_output", "R117", _plans()
    )


def test_a_patrol_coverage_planned_at_a_third_is_found() -> None:
    # 永济 文物保护: “文物安全巡查覆盖率” is the project's own work, not a stock
    assert _found(
        "shanxi_yongji-wenlvju-wenwu-baohu-xlsflat_2023",
        "completion_rate_set_low",
        "N226",
        _plans(),
    )


def test_a_placeholder_deviation_is_no_explanation() -> None:
    evaluations = _self_evaluations()
    name = next(
        n
        for n in evaluations
        if MUTATIONS["selfeval_missed_with_placeholder"](evaluations[n].model_copy(deep=True))
    )
    assert _found(name, "selfeval_missed_with_placeholder", "N206", evaluations)


def test_a_new_goal_merged_into_an_old_project_finding_counts() -> None:
    """濮阳 档案馆: R106 already lists goal 1; the injected goal joins that one finding, at the
    same place, and is found by what the finding says."""
    plans = _plans()
    name = "henan_puyang-danganguan-kufang-xiaofang-pifu_2021"
    plan = plans[name]
    mutated = plan.model_copy(deep=True)
    target = MUTATIONS["goal_without_indicator"](mutated)
    assert target is not None and not target.indicators
    findings = review_plan(plan).findings
    after = review_plan(mutated).findings
    assert places(after) == places(findings)  # no new place
    assert detected(target, ("R106",), places(findings), after, said(findings))
    assert not detected(target, ("R106",), places(findings), findings, said(findings))


def test_the_floors_are_the_profiles() -> None:
    """N225's and N226's floors are data (thresholds satisfaction_floor, completion_floor):
    a province that asks for 95% satisfaction hears about 淮北's unchanged “≥90%”."""
    from jixiao.review.profile import load_profile

    plan = _plans()["anhui_huaibei-wenlvti-nongcun-wenhua-songxi_2025"]
    base = load_profile()
    assert (base.thresholds.satisfaction_floor, base.thresholds.completion_floor) == (80, 70)
    strict = base.model_copy(
        update={
            "thresholds": base.thresholds.model_copy(update={"satisfaction_floor": 95}),
            "id": "strict-satisfaction",
        }
    )
    assert not [f for f in review_plan(plan).findings if f.rule == "N225"]
    found = [f for f in review_plan(plan, strict).findings if f.rule == "N225"]
    assert found and all("低于95%" in f.message for f in found)
