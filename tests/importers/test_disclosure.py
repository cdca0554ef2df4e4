"""The 部门预算公开 tables of seed 004: structure, hierarchy, page breaks, notes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from tests.conftest import seed_path


@pytest.fixture(scope="module")
def plan() -> DepartmentPlan:
    return import_file(seed_path("004_c52ee38ce6c6c3d2"))


def test_all_disclosure_tables_are_found(plan: DepartmentPlan) -> None:
    assert plan.disclosure is not None
    kinds = [t.kind for t in plan.disclosure.tables]
    assert kinds == [
        "income_expenditure_summary",
        "income_summary",
        "expenditure_summary",
        "fiscal_summary",
        "general_budget_expenditure",
        "basic_expenditure",
        "government_fund_expenditure",
        "state_capital_expenditure",
        "three_public",
        "organisation",
        "procurement",
        "assets",
    ]


def test_tables_split_over_pages_are_whole(plan: DepartmentPlan) -> None:
    assert plan.disclosure is not None
    summary = plan.disclosure.table("income_expenditure_summary")
    assert summary is not None
    assert [r.cells[0] for r in summary.rows] == [str(n) for n in range(1, 35)]
    total = summary.row_named("收入总计")
    assert total is not None
    assert total.amount(2) == Decimal("8900.03") == total.amount(4)
    fiscal = plan.disclosure.table("fiscal_summary")
    assert fiscal is not None and len(fiscal.rows) == 37


def test_multi_row_header_is_flattened(plan: DepartmentPlan) -> None:
    assert plan.disclosure is not None
    basic = plan.disclosure.table("basic_expenditure")
    assert basic is not None
    assert basic.columns[3:] == [
        "一般公共预算基本支出/合计",
        "一般公共预算基本支出/人员经费",
        "一般公共预算基本支出/公用经费",
    ]
    total = basic.row_named("合计")
    assert total is not None
    assert total.amount(3) == total.amount(4) + total.amount(5)  # type: ignore[operator]


def test_subject_codes_keep_their_hierarchy(plan: DepartmentPlan) -> None:
    assert plan.disclosure is not None
    expenditure = plan.disclosure.table("expenditure_summary")
    assert expenditure is not None
    coded = [(r.code, r.level) for r in expenditure.rows if r.code]
    assert coded[:3] == [("201", 1), ("20103", 2), ("2010350", 3)]
    assert expenditure.rows[-1].name == "住房公积金"  # the row alone on the next page


def test_empty_fund_tables_keep_their_note(plan: DepartmentPlan) -> None:
    assert plan.disclosure is not None
    fund = plan.disclosure.table("government_fund_expenditure")
    assert fund is not None and fund.rows == []
    assert fund.note == "注：无政府性基金预算财政拨款预算，空表列示。"


def test_narrative_sections(plan: DepartmentPlan) -> None:
    assert plan.disclosure is not None
    titles = [s.title for s in plan.disclosure.sections]
    assert "机关运行经费安排情况" in titles and "名词解释" in titles
    spending = next(s for s in plan.disclosure.sections if s.title == "部门预算安排的总体情况")
    assert "2023年部门支出预算为8320.77万元" in spending.text
