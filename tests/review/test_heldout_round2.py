"""Checks added or sharpened after the held-out round 2 (documents the rules never saw):
each on a real example and a counter-example."""

from __future__ import annotations

from decimal import Decimal

from jixiao.evaluation import (
    IndicatorResult,
    ProjectEvaluation,
    load_evaluation_profile,
    score_project,
)
from jixiao.importers.api import import_file
from jixiao.review import ReviewResult, review_plan
from tests.review.audit.render import CORPUS
from tests.review.conftest import found, seed_plan, seed_report

DAYING_LIBRARY = "self_evaluation/sichuan_daying-wenlvju-tushuguan-zhifafuzhuang_2022"


def _corpus_report(document: str) -> ReviewResult:
    return review_plan(import_file(CORPUS / f"{document}.txt"))


def test_hired_staff_are_not_the_respondents_of_a_satisfaction_survey() -> None:
    report = _corpus_report(DAYING_LIBRARY)
    (hit,) = found(report, "R107", 1, 4)
    assert "聘用人员" in hit.message
    # Counter-example in the same table: the activity participants are the recipients.
    assert found(report, "R107", 1, 3) == []


def test_staff_of_the_tenant_units_remain_recipients() -> None:
    """“驻楼各单位职工满意度” (seed 003): the staff served by the building are the recipients;
    only the people the project pays (聘用、临聘、编外人员) are not."""
    plan = seed_plan("003")
    places = [
        (p, i)
        for p, project in enumerate(plan.projects, start=1)
        for i, row in enumerate(project.indicators, start=1)
        if "职工满意度" in row.level3
    ]
    assert places
    report = seed_report("003")
    for p, i in places:
        assert found(report, "R107", p, i) == []


def test_satisfaction_written_as_a_ceiling_is_a_wrong_direction_with_a_fix() -> None:
    report = seed_report("002")
    (hit,) = found(report, "N103", 3, 9)  # 节约型机关创建不断提升 ≤100百分比 (服务对象满意度)
    assert hit.message.startswith("满意度指标")
    assert "上限" in hit.message and "≥90%" in hit.suggestion
    # Counter-example: a control rate under 100% in the same document keeps the plain wording.
    (other,) = found(report, "N103", 3, 7)
    assert not other.message.startswith("满意度")


def _score(target: str, actual: str, level2: str = "服务对象满意度指标") -> list[str]:
    row = seed_plan("002").projects[2].indicators[8]
    assert row.value == "≤100百分比"  # the real row the satisfaction example comes from
    level1 = "满意度指标" if "满意" in level2 else "产出指标"
    evaluation = ProjectEvaluation(
        name="示例项目",
        budget_total=Decimal(10),
        executed=Decimal(10),
        indicators=[
            IndicatorResult(
                level1=level1, level2=level2, level3=row.level3, target=target, actual=actual
            )
        ],
    )
    scored = score_project(evaluation, load_evaluation_profile("hebei-county"))
    return [f.rule for f in scored.findings]


def test_scoring_says_so_when_a_satisfaction_ceiling_counts_77_percent_as_met() -> None:
    assert "E111" in _score("≤100百分比", "77.78%")
    # Counter-examples: a floor scores normally; a ceiling on a cost is a real ceiling.
    assert "E111" not in _score("≥90%", "95%")
    assert "E111" not in _score("≤10万元", "9万元", level2="成本指标")


def test_a_goal_that_carries_another_projects_money_over() -> None:
    """Tables without a 资金用途 row say it in the 年度目标 (金安区体育局, held-out)."""
    report = _corpus_report("plan/anhui_luan-jinan-tiyuju-wangqiu-saishi_2025")
    (hit,) = found(report, "R110", 2)
    assert "结转2024年六运会项目资金" in hit.message
    # Counter-example: the first table's goal is the tournament itself.
    assert found(report, "R110", 1) == []


def test_a_head_count_in_units_of_things() -> None:
    """“保障村干部人数 =42个” (棠溪镇, held-out); the row above, “补助村(社区)数量 =8个”, counts
    villages and stays quiet."""
    report = _corpus_report("self_evaluation/anhui_chizhou-guichi-tangxizhen-cunji-yunzhuan_2022")
    (hit,) = found(report, "M116", 1, 2)
    assert "“个”" in hit.message
    assert found(report, "M116", 1, 1) == []
