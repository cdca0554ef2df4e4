"""What the disclosure rules share: table lookups, the money tolerance, example tables."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jixiao.review.context import PlanView
from jixiao.review.examples import plan, plan_example, project
from jixiao.review.rule import Example
from jixiao.review.rules.tables import (
    TableView,
    views,
)

FAMILY = "disclosure"
SUMMARIES = ("income_expenditure_summary", "fiscal_summary")
EXPENDITURE = (
    "expenditure_summary",
    "general_budget_expenditure",
    "government_fund_expenditure",
    "state_capital_expenditure",
)
FUND_TABLES = ("government_fund_expenditure", "state_capital_expenditure")


def tables_of(view: PlanView, *kinds: str) -> list[TableView]:
    return views(view.plan.disclosure, *kinds)


def differs(view: PlanView, a: Decimal, b: Decimal) -> bool:
    return abs(a - b) > view.profile.thresholds.money_tolerance_wan


# --------------------------------------------------------------------------- example tables


def summary_table(
    income: Sequence[tuple[str, str]], spend: Sequence[tuple[str, str]], kind: str = ""
) -> dict[str, object]:
    rows = []
    for i in range(max(len(income), len(spend))):
        left = income[i] if i < len(income) else ("", "")
        right = spend[i] if i < len(spend) else ("", "")
        rows.append({"cells": [str(i + 1), left[0], left[1], right[0], right[1]]})
    return {
        "kind": kind or "income_expenditure_summary",
        "title": "部门预算收支总表",
        "money_unit": "万元",
        "columns": ["序号", "收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
        "rows": rows,
    }


def coded_table(
    kind: str, title: str, columns: list[str], rows: Sequence[Sequence[str]]
) -> dict[str, object]:
    """Rows are (code, name, amounts…); the 合计 row has code ''."""
    out = []
    for number, (code, name, *amounts) in enumerate(rows, start=1):
        level = {3: 1, 5: 2, 7: 3}.get(len(code)) if code else None
        out.append(
            {
                "cells": [str(number), code, name, *amounts],
                "code": code or None,
                "name": name,
                "level": level,
            }
        )
    return {
        "kind": kind,
        "title": title,
        "money_unit": "万元",
        "columns": ["序号", "科目编码", "科目名称", *columns],
        "rows": out,
    }


def disclosure_example(
    label: str, *, fails: bool, tables: list[dict[str, object]], shows: str, origin: str = "构造"
) -> Example:
    return plan_example(
        label,
        fails=fails,
        plan=plan(project(name="示例项目"), disclosure={"tables": tables}),
        shows=shows,
        origin=origin,
    )


SEED_SUMMARY = summary_table(
    [
        ("一、一般公共预算拨款收入", "8900.03"),
        ("本年收入合计", "8900.03"),
        ("上年结转结余", ""),
        ("收入总计", "8900.03"),
    ],
    [
        ("一、一般公共服务支出", "8309.97"),
        ("八、社会保障和就业支出", "343.62"),
        ("十、卫生健康支出", "152.73"),
        ("二十、住房保障支出", "93.71"),
        ("本年支出合计", "8900.03"),
        ("年终结转结余", ""),
        ("支出总计", "8900.03"),
    ],
)
