"""Held-out round 13: what the reviewer flagged on the round's documents and the review missed
or got wrong before (the audit of the round is kept honest by tests/review/test_audit.py).

- R132: a 自评表 whose 全年预算数 is half its 年初预算数 or less, the cut unexplained —
  阜康市统计局's 调查队专项经费 (5.28 → 1.96万元, 执行率 100%), read for its money alone
  (family money-read, as 田家庵's N211 in round 12);
- the 湖北省残联's 表1 (序号 | 三级指标 | 年度指标值, one cell a line) is read row by row, so
  M105 and M102 see its rows (they were cut two cells wide and read one row apart);
- a title ending in 绩效评价表 makes a 自评表 (名山区林业局's 区域绩效评价表 read as a 公开表).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from jixiao.review import review_plan
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found, one_row_plan

FUKANG = "self_evaluation/xinjiang_ru13r-fukang-tongjiju-diaochadui-zhuanxiang-ziping-cut_2023"
CANLIAN = "self_evaluation/hubei_ru13r-shengcanlian-xuanchuan-wenhua-jingfei-ziping-baogao-cut_2017"
MINGSHAN = "self_evaluation/sichuan_ru13r-mingshan-linyeju-lincao-gaige-fazhan-pingjiabiao-cut_2024"
TIANJIAAN = "self_evaluation/anhui_ru12r-tianjiaan-renshe-jiuye-buzhu-ziping-pipe-cut_2024"


def _imported(document: str) -> DepartmentPlan:
    return import_file(CORPUS / f"{document}.txt")


def test_a_budget_cut_to_a_third_is_asked_why() -> None:
    report = corpus_report(FUKANG)
    assert report.family == "money-read"
    (cut,) = found(report, "R132")
    assert cut.project_index == 1 and "5.28" in cut.message and "1.96" in cut.message
    assert "37%" in cut.message


def test_a_budget_that_only_grew_or_was_spent_in_full_gets_no_r132() -> None:
    """田家庵 (808.1万元, no 年初 figure) and every earlier corpus document: none was cut."""
    assert not found(corpus_report(TIANJIAAN), "R132")


def test_a_cut_told_or_small_is_left_alone() -> None:
    plan = one_row_plan("产出指标", "数量指标", "记账户数", "≥120户")
    plan.kind = "self_evaluation"
    project = plan.projects[0]
    project.budget_initial, project.budget_adjusted = Decimal("5.28"), Decimal("1.96")
    project.spent, project.execution_rate = Decimal("1.96"), Decimal(1)
    assert found(review_plan(plan), "R132")
    project.annual_goal_actual = "年中按上级通知收回统筹3.32万元。"
    assert not found(review_plan(plan), "R132")
    project.annual_goal_actual = None
    project.budget_adjusted = project.spent = Decimal("4.22")
    assert not found(review_plan(plan), "R132")


def test_a_numbered_list_of_indicators_is_read_row_by_row() -> None:
    rows = _imported(CANLIAN).projects[0].indicators
    assert len(rows) == 14
    assert (rows[0].level3, rows[0].value) == ("全国助残日活动次数", "1次")
    assert (rows[6].level3, rows[6].value) == ("开展残疾人文化活动", "1")
    assert (rows[13].level3, rows[13].value) == (
        "全省残联宣文干部培训班参训学员工作积极性",
        "稳步提高",
    )
    report = corpus_report(CANLIAN)
    (bare,) = found(report, "M105")
    assert bare.indicator_index == 7
    assert {f.indicator_index for f in found(report, "M102")} == {11, 12, 14}
    assert not found(report, "W103")


def test_a_title_ending_in_evaluation_table_is_a_self_evaluation() -> None:
    assert _imported(MINGSHAN).kind == "self_evaluation"


def test_a_list_with_no_levels_is_told_so_not_that_levels_are_missing() -> None:
    """残联's 表1 writes no 一级 / 二级 at all: S101 says the rows are not filed by level,
    not that 产出 and 效益 are missing (its 活动次数 and 覆盖面 rows are both)."""
    (levels,) = found(corpus_report(CANLIAN), "S101")
    assert "没有按一级、二级指标分列" in levels.message and "缺少" not in levels.message
    filed = review_plan(one_row_plan("产出指标", "数量指标", "全国助残日活动次数", "1次"))
    (missing,) = found(filed, "S101")
    assert "指标体系缺少一级指标" in missing.message and "效益指标" in missing.message
