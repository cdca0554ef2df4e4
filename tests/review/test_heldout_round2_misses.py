"""The issues a reviewer raised on the held-out round 2 that the review missed, caught since
by general rules (N114, M117, W112, R111, N208, C108) and W108/B101 reading names without a
template's note: each on the real document and a real counter-example beside it."""

from __future__ import annotations

from functools import cache

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from jixiao.review import ReviewResult, review_plan
from tests.review.audit.render import CORPUS
from tests.review.conftest import found

JINAN_TENNIS = "plan/anhui_luan-jinan-tiyuju-wangqiu-saishi_2025"
BOZHOU_RAIN = "plan/anhui_bozhou-qixiangju-rengong-zengyu-zhongqi-niandu_2023"
DAYING_LIBRARY = "self_evaluation/sichuan_daying-wenlvju-tushuguan-zhifafuzhuang_2022"
YONGDE_MEALS = "self_evaluation/yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022"
GUICHI_VILLAGES = "self_evaluation/anhui_chizhou-guichi-tangxizhen-cunji-yunzhuan_2022"
NANYUE_TOURISM = "plan/hunan_nanyue-fupin-rendadaibiao-jidi_2018"
SHIZUISHAN_VACCINES = "plan/ningxia_shizuishan-jikong-yimiao-pifubiao-indent-cellperline_2020"


def _plan(document: str) -> DepartmentPlan:
    return import_file(CORPUS / f"{document}.txt")


@cache
def _report(document: str) -> ReviewResult:
    return review_plan(_plan(document))


def _row(document: str, project: int, indicator: int) -> tuple[str, str]:
    row = _plan(document).projects[project - 1].indicators[indicator - 1]
    return row.level3, row.value


def test_a_survey_rate_of_exactly_100_percent_is_raised() -> None:
    assert _row(DAYING_LIBRARY, 1, 1) == ("公益性讲座知晓率", "=100%")
    (hit,) = found(_report(DAYING_LIBRARY), "N114", 1, 1)
    assert "抽样调查" in hit.message and "=100%" in hit.message
    assert found(_report(YONGDE_MEALS), "N114")  # 政策知晓率 =100%, another province
    # Counter-example: a rate counted from records (经费支出合规率 100%) is not a survey.
    assert _row(JINAN_TENNIS, 1, 3) == ("经费支出合规率", "100%")
    assert found(_report(JINAN_TENNIS), "N114") == []


def test_a_not_applicable_row_is_one_placeholder_finding() -> None:
    assert _row(JINAN_TENNIS, 1, 9) == ("本项目不适用此指标", "无")
    report = _report(JINAN_TENNIS)
    (hit,) = found(report, "M117", 1, 9)
    assert "占位行" in hit.message
    # One finding for the row: M101 (是/否) and R101 (not ecological) no longer misname it.
    assert [f.rule for f in report.findings if f.indicator_index == 9 and f.project_index == 1] == [
        "M117"
    ]
    # Counter-example: a 生态效益 row that measures something.
    assert found(_report(NANYUE_TOURISM), "M117") == []


def test_a_goal_sentence_shorter_than_w105s_limit_is_not_a_name() -> None:
    name, _ = _row(BOZHOU_RAIN, 1, 2)
    assert name.startswith("围绕") and len(name) < 30
    (hit,) = found(_report(BOZHOU_RAIN), "W112", 1, 2)
    assert "目的表述" in hit.message
    assert found(_report(BOZHOU_RAIN), "W105", 1, 2) == []  # too short for the long-name rule
    # Counter-example: the document's own 数量 row (飞机增雨作业航时).
    assert found(_report(BOZHOU_RAIN), "W112", 1, 1) == []


def test_bare_crowd_respondents_are_a_notice() -> None:
    assert _row(JINAN_TENNIS, 1, 11) == ("群众满意度", "≥95%")
    (hit,) = found(_report(JINAN_TENNIS), "R111", 1, 11)
    assert hit.severity.value == "info"
    # Counter-example: respondents named by their group (参与旅游扶贫项目贫困群众, 游客).
    assert found(_report(NANYUE_TOURISM), "R111") == []


def test_a_stock_actual_is_raised_per_row_in_self_evaluations() -> None:
    report = _report(GUICHI_VILLAGES)
    rows = sorted(f.indicator_index or 0 for f in found(report, "N208", 1))
    assert rows == [3, 4, 5, 7, 8]  # every “达成预期指标”, one finding per row
    # Counter-examples: rows 1–2 give the count (8, 42), row 6 the amount spent (132.9).
    assert _row(GUICHI_VILLAGES, 1, 2)[0] == "保障村干部人数"
    # A goal table has no actual values: the rule does not run on it.
    assert found(_report(JINAN_TENNIS), "N208") == []


def test_a_cost_that_only_restates_the_budget_is_a_notice() -> None:
    plan = _plan(JINAN_TENNIS)
    assert plan.projects[0].budget_total == 1000
    (hit,) = found(_report(JINAN_TENNIS), "C108", 1, 6)
    assert "1000万元" in hit.message and hit.severity.value == "info"
    # Counter-example: costs per 亩, per 个 and per 平方米.
    assert found(_report(NANYUE_TOURISM), "C108") == []


def _with(
    plan: DepartmentPlan, level3: str | None = None, basis: str | None = None
) -> DepartmentPlan:
    copy = plan.model_copy(deep=True)
    row = copy.projects[0].indicators[0]
    if level3 is not None:
        row.level3 = level3
    if basis is not None:
        row.basis = basis
    return copy


def test_a_name_that_copies_an_annotated_level_is_still_a_level_name() -> None:
    """石嘴山 level-2 names carry the template's “(必填硬性指标)”: a 三级 copying one is W108."""
    plan = _plan(SHIZUISHAN_VACCINES)
    level2 = plan.projects[0].indicators[0].level2
    assert level2 == "成本指标(必填硬性指标)"
    assert found(review_plan(plan), "W108", 1, 1) == []
    (hit,) = found(review_plan(_with(plan, level3=level2)), "W108", 1, 1)
    assert "层级名称" in hit.message
    # Counter-example: a name that only starts with a level's word (成本控制率) is a name.
    assert found(review_plan(_with(plan, level3="成本指标控制率")), "W108", 1, 1) == []


def test_a_basis_that_copies_a_name_starting_with_an_according_word() -> None:
    """The name itself begins with 按照: the basis copying it is still a copy (B101)."""
    plan = _plan(SHIZUISHAN_VACCINES)
    name = plan.projects[0].indicators[0].level3
    assert name.startswith("按照")
    (hit,) = found(review_plan(_with(plan, basis=name)), "B101", 1, 1)
    assert "照抄了指标名称" in hit.message
    # Counter-example: a basis naming its source type.
    assert found(review_plan(_with(plan, basis="按照物价部门定价标准")), "B101", 1, 1) == []
