"""D109 D110: an empty table says why; the same figure agrees across tables."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.model import Disclosure
from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount
from jixiao.review.rules.disclosure.common import (
    FUND_TABLES,
    differs,
    has_tables,
    tables_of,
)
from jixiao.review.rules.tables import (
    TableView,
    find,
    view_of,
)

TABLE = rule_table(__name__)

# --------------------------------------------------------------------------- D109 D110


def _empty_without_note(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view, *FUND_TABLES):
        empty = not any(table.has_amount(r) for r in range(len(table.rows)))
        if empty and not (table.table.note or "").strip():
            yield hit(
                f"{table.title}没有数据，也没有注明“无此项预算，空表列示”。",
                field="disclosure",
                location=table.source(),
            )


D109 = TABLE.rule("D109", _empty_without_note, applies_to=has_tables)


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
            yield hit(
                f"{label}在{table_a.title}中为{amount(a)}万元，在{table_b.title}中为"
                f"{amount(b)}万元，两表不一致。",
                field="disclosure",
                location=table_b.source(),
            )


D110 = TABLE.rule("D110", _cross_tables, applies_to=has_tables)
