"""S112: a 自评表 whose 指标值 and 实际完成值 cells hold each row's 分值 and 得分.

阆中市交通运输局's 车购税 自评表 (held-out round 14) writes 20, 20, 10, 10, 10, 10, 20 in its
指标值 column and the same in its 全年实际完成值: the points of each row, summing to 100. Its
rows are glued ('…32.1公里2020'); the import cuts them (:mod:`glued_pairs`), and the rule
speaks on the imported document as on the rows a reader takes from the page (its
.expected.json)."""

from __future__ import annotations

from jixiao.model.plan import DepartmentPlan
from jixiao.review import review_plan
from tests.review.conftest import corpus_report, found, transcribed_plan

LANGZHONG = (
    "self_evaluation/sichuan_ru14r-langzhong-jiaotong-chegoushui-shengdao-ziping-glued-cut_2021"
)
# a 自评表 of 19 rows whose targets are bare figures too (22.8, 180, 54, 104 …): real targets,
# far more than 100 in all
CHANGNING = "self_evaluation/yunnan_ru4-changning-gongxiaoshe-shengzhu-yangzhi-blank_2022"


def _langzhong() -> DepartmentPlan:
    return transcribed_plan(LANGZHONG)


def test_points_in_the_target_columns_say_no_target_is_stated() -> None:
    (hit,) = found(review_plan(_langzhong()), "S112", project=1)
    assert "7个指标" in hit.message and "合计100" in hit.message


def test_the_imported_glued_table_gets_s112_too() -> None:
    (hit,) = found(corpus_report(LANGZHONG), "S112", project=1)
    assert "7个指标" in hit.message and "合计100" in hit.message


def test_targets_with_units_or_an_actual_above_its_points_are_not_points() -> None:
    plan = _langzhong()
    plan.projects[0].indicators[0].value = "32.1公里"
    assert not found(review_plan(plan), "S112")
    plan = _langzhong()
    plan.projects[0].indicators[2].actual = "12"  # more than the row's 10: not a score
    assert not found(review_plan(plan), "S112")
    plan = _langzhong()
    plan.projects[0].indicators[0].value = plan.projects[0].indicators[0].actual = "40"
    assert not found(review_plan(plan), "S112")  # 120 in all: not the table's 100 points


def test_a_goal_table_or_a_table_of_real_targets_gets_no_s112() -> None:
    plan = _langzhong()
    plan.kind = "plan"
    assert not found(review_plan(plan), "S112")
    assert not found(corpus_report(CHANGNING), "S112")


# one cause, one finding (jixiao.review.folding): where S112 says the columns hold points,
# the missing units (M105), the survey the 满意度 actual does not name (N207) and the actuals
# equal to their targets (N218) are that one fault, and are not raised beside it
_RESTATED = ("M105", "N207", "N218")


def test_s112_folds_the_findings_that_restate_its_cause() -> None:
    for report in (review_plan(_langzhong()), corpus_report(LANGZHONG)):
        assert found(report, "S112", project=1)
        assert not [f for f in report.findings if f.rule in _RESTATED]


def test_without_s112_a_bare_figure_still_lacks_its_unit() -> None:
    plan = _langzhong()
    plan.projects[0].indicators[0].value = "32.1公里"  # a real target: not the grid's points
    report = review_plan(plan)
    assert not found(report, "S112")
    assert {f.indicator_index for f in report.findings if f.rule == "M105"} >= {2, 3, 4}


def test_r101_takes_an_environmental_assessment_as_an_ecological_indicator() -> None:
    # “交通建设符合环评审批要求”: 环评 (环境影响评价) is about the environment
    report = review_plan(_langzhong())
    assert not [f for f in report.findings if f.rule == "R101"]
    plan = _langzhong()
    plan.projects[0].indicators[5].level3 = "改善办公环境"
    assert found(review_plan(plan), "R101", project=1)
