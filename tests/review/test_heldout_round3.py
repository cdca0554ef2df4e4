"""Checks added after the held-out round 3 (seven documents the rules never saw), each on
the real document and a counter-example: N115 (an output count written as a ceiling) and
N209 (a self-evaluation spending more than its budget)."""

from __future__ import annotations

from functools import cache

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from jixiao.review import ReviewResult, review_plan
from tests.review.audit.render import CORPUS
from tests.review.conftest import found

JINZHAI_VILLAGES = "self_evaluation/anhui_jinzhai-chagu-meilixiangcun-zhengti_2023"
HBUST_GRANTS = "self_evaluation/hubei_hbust-benzhuanke-jiangzhuxuejin-zipingjieguo_2021"
DAYING_WAGES = "self_evaluation/sichuan_dyrmt-gongzi-baozhang_nd"
CHIZHOU_VILLAGES = "self_evaluation/anhui_chizhou-guichi-tangxizhen-cunji-yunzhuan_2022"


@cache
def _plan(document: str) -> DepartmentPlan:
    return import_file(CORPUS / f"{document}.txt")


def _report(document: str) -> ReviewResult:
    return review_plan(_plan(document))


def test_an_output_count_written_as_a_ceiling() -> None:
    row = _plan(JINZHAI_VILLAGES).projects[0].indicators[0]
    assert (row.level2, row.value) == ("数量指标", "≤4")
    (hit,) = found(_report(JINZHAI_VILLAGES), "N115", 1, 1)
    assert "上限" in hit.message
    # The document's other counts are floors (≥200, ≥2000, ≥10): nothing said.
    assert [f.indicator_index for f in found(_report(JINZHAI_VILLAGES), "N115")] == [1]


def test_a_count_that_should_go_down_may_be_a_ceiling() -> None:
    """“科目调整次数 ≤10次”: fewer adjustments is better, the ceiling is right."""
    rows = [r for r in _plan(DAYING_WAGES).projects[0].indicators if r.level3 == "科目调整次数"]
    assert rows and rows[0].value.startswith("≤")
    assert found(_report(DAYING_WAGES), "N115") == []


def test_spending_above_the_budget_is_raised_in_a_self_evaluation() -> None:
    project = _plan(JINZHAI_VILLAGES).projects[0]
    assert project.execution_rate is not None and project.execution_rate > 1
    (hit,) = found(_report(JINZHAI_VILLAGES), "N209", 1)
    assert "102.59%" in hit.message and "338.31" in hit.message
    # Counter-examples: 99% (湖北 奖助学金) and a table whose 执行率 is 100% or less.
    assert found(_report(HBUST_GRANTS), "N209") == []
    assert found(_report(CHIZHOU_VILLAGES), "N209") == []


def test_a_ceiling_on_what_the_project_consumes_is_right() -> None:
    """Seed 003 caps 电费度数 (≤328万度), 水费吨数 and the service staff it pays (≤100人):
    inputs, where fewer is better; N115 stays quiet."""
    from tests.review.conftest import seed_report

    report = seed_report("003")
    assert found(report, "N115") == []


def test_a_rate_target_without_a_sign_is_a_notice() -> None:
    (hit,) = found(_report(HBUST_GRANTS), "N116", 1, 2)  # 受资助本专科困难学生覆盖率 99%
    assert hit.severity.value == "info" and "99%" in hit.message
    # Counter-examples: 100% (all) and the satisfaction row (95%, N111's) in the same table.
    assert found(_report(HBUST_GRANTS), "N116", 1, 1) == []
    assert found(_report(HBUST_GRANTS), "N116", 1, 9) == []
    assert found(_report(HBUST_GRANTS), "N111", 1, 9)


def test_a_template_row_number_left_in_a_name_is_a_notice() -> None:
    rows = sorted(f.indicator_index or 0 for f in found(_report(JINZHAI_VILLAGES), "W113"))
    assert rows == list(range(1, 9))  # every “指标N:” of the table, one per row
    # Counter-example: names without the template's number.
    assert found(_report(HBUST_GRANTS), "W113") == []
