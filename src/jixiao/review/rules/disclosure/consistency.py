"""D109 D110: an empty table says why; the same figure agrees across tables."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks import Criterion, Severity
from jixiao.model import Disclosure
from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, PlanRule
from jixiao.review.rules.common import amount
from jixiao.review.rules.disclosure.common import (
    FAMILY,
    FUND_TABLES,
    SEED_SUMMARY,
    coded_table,
    differs,
    disclosure_example,
    tables_of,
)
from jixiao.review.rules.tables import (
    TableView,
    find,
    view_of,
)

# --------------------------------------------------------------------------- D109 D110


def _empty_without_note(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view, *FUND_TABLES):
        empty = not any(table.has_amount(r) for r in range(len(table.rows)))
        if empty and not (table.table.note or "").strip():
            yield Hit(
                f"{table.title}没有数据，也没有注明“无此项预算，空表列示”。",
                field="disclosure",
                location=table.source(),
            )


D109 = PlanRule(
    id="D109",
    title="空表未作说明",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.INFO,
    confidence=0.9,
    check=_empty_without_note,
    explanation="部门没有政府性基金或国有资本经营预算拨款时，相应的表仍应公开，并注明空表原因。",
    suggestion="在表下注明“本部门无××预算财政拨款，空表列示”。",
    examples=(
        disclosure_example(
            "空表无注释",
            fails=True,
            tables=[
                coded_table(
                    "government_fund_expenditure",
                    "部门预算政府性基金预算财政拨款支出表",
                    ["合计", "基本支出", "项目支出"],
                    [],
                )
            ],
            shows="部门预算政府性基金预算财政拨款支出表：（无数据，无注释）",
        ),
        disclosure_example(
            "空表有注释",
            fails=False,
            tables=[
                {
                    **coded_table(
                        "government_fund_expenditure",
                        "部门预算政府性基金预算财政拨款支出表",
                        ["合计", "基本支出", "项目支出"],
                        [],
                    ),
                    "note": "注：无政府性基金预算财政拨款预算，空表列示。",
                }
            ],
            shows="注：无政府性基金预算财政拨款预算，空表列示。",
        ),
    ),
)


def _lookup_total(
    disclosure: Disclosure, kind: str, column: str
) -> tuple[Decimal, TableView] | None:
    table = view_of(disclosure, kind)
    if table is None:
        return None
    row = table.total_row()
    if row is None:
        return None
    value = table.amount(row, table.column(column))
    return (value, table) if value is not None else None


def _lookup_side(
    disclosure: Disclosure, kind: str, which: str, key: str, column: str | None = None
) -> tuple[Decimal, TableView] | None:
    table = view_of(disclosure, kind)
    if table is None:
        return None
    entry = find(table.side(which), key)
    if entry is None:
        return None
    value = entry.amount
    if column is not None:
        value = table.amount(entry.row, table.column(column))
    return (value, table) if value is not None else None


_CROSS = (
    (
        "收入总计",
        ("income_expenditure_summary", "收入", "收入总计", None),
        ("income_summary", "合计"),
    ),
    (
        "支出总计",
        ("income_expenditure_summary", "支出", "本年支出合计", None),
        ("expenditure_summary", "合计"),
    ),
    (
        "一般公共预算财政拨款支出",
        ("fiscal_summary", "支出", "本年支出合计", "一般公共预算财政拨款"),
        ("general_budget_expenditure", "合计"),
    ),
    ("一般公共预算基本支出", None, ("basic_expenditure", "合计")),
)


def _cross_tables(view: PlanView) -> Iterator[Hit]:
    disclosure = view.plan.disclosure
    if disclosure is None:
        return
    for label, left_spec, (kind, column) in _CROSS:
        right = _lookup_total(disclosure, kind, column)
        if left_spec is None:
            left = _lookup_total(disclosure, "general_budget_expenditure", "基本支出")
        else:
            left = _lookup_side(disclosure, *left_spec)
        if left is None or right is None:
            continue
        (a, table_a), (b, table_b) = left, right
        if differs(view, a, b):
            yield Hit(
                f"{label}在{table_a.title}中为{amount(a)}万元，在{table_b.title}中为"
                f"{amount(b)}万元，两表不一致。",
                field="disclosure",
                location=table_b.source(),
            )


D110 = PlanRule(
    id="D110",
    title="同一数字在不同表中不一致",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.85,
    check=_cross_tables,
    explanation=(
        "公开表格之间有勾稽关系：收支总表的收入总计等于收入总表合计，本年支出合计等于支出"
        "总表合计；财政拨款收支总表的一般公共预算支出等于一般公共预算支出表合计；"
        "一般公共预算支出表的基本支出等于基本支出表合计。"
    ),
    suggestion="核对两张表，改正其中填错的数字。",
    examples=(
        disclosure_example(
            "收支总表8900.03，收入总表8800.03",
            fails=True,
            tables=[
                SEED_SUMMARY,
                coded_table(
                    "income_summary", "部门预算收入总表", ["合计"], [("", "合计", "8800.03")]
                ),
            ],
            shows="收支总表 收入总计8900.03｜收入总表 合计8800.03",
        ),
        disclosure_example(
            "两表均为8900.03",
            fails=False,
            tables=[
                SEED_SUMMARY,
                coded_table(
                    "income_summary", "部门预算收入总表", ["合计"], [("", "合计", "8900.03")]
                ),
            ],
            shows="收支总表 收入总计8900.03｜收入总表 合计8900.03",
        ),
    ),
)
