"""D103 D104: a 合计 column is the sum of its parts; 基本支出 = 人员经费 + 公用经费."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount
from jixiao.review.rules.disclosure.common import (
    EXPENDITURE,
    has_tables,
    tables_of,
)
from jixiao.review.rules.tables import (
    TableView,
    as_zero,
)

TABLE = rule_table(__name__)

# --------------------------------------------------------------------------- D103 D104


def _row_sums(view: PlanView, table: TableView, total_col: int, parts: list[int]) -> Iterator[Hit]:
    tolerance = view.profile.thresholds.money_tolerance_wan
    filled = set(table.filled_columns)
    live = [c for c in parts if c in filled]  # an empty column adds nothing
    reported = 0
    for row in range(len(table.rows)):
        total = table.amount(row, total_col)
        summed, seen = table.row_sum(row, live)
        if total is None and not seen:
            continue
        if abs(as_zero(total) - summed) > tolerance:
            names = "＋".join(table.column_name(c) for c in parts)
            yield hit(
                f"{table.title}“{table.name(row)}”行：{table.column_name(total_col)}"
                f"{amount(as_zero(total))}万元，而{names}＝{amount(summed)}万元。",
                field="disclosure",
                location=table.source(row),
            )
            reported += 1
            if reported >= 3:
                return


def _expenditure_columns(table: TableView) -> tuple[int, list[int]] | None:
    total = table.column("合计")
    if total is None:
        return None
    parts = [c for c in table.amount_columns if c > total]
    return (total, parts) if parts else None


def _income_columns(table: TableView) -> list[tuple[int, list[int]]]:
    checks = []
    total = table.column("合计")
    subtotal = table.column("本年收入/小计", "小计")
    carry = table.column("上年结转")
    if total is not None and subtotal is not None:
        checks.append((total, [subtotal] + ([carry] if carry is not None else [])))
    if subtotal is not None:
        parts = [
            c
            for c in table.amount_columns
            if c != subtotal and table.columns[c].startswith("本年收入/")
        ]
        if parts:
            checks.append((subtotal, parts))
    return checks


def _column_sums(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view, *EXPENDITURE):
        spec = _expenditure_columns(table)
        if spec is not None:
            yield from _row_sums(view, table, *spec)
    for table in tables_of(view, "income_summary"):
        for total, parts in _income_columns(table):
            yield from _row_sums(view, table, total, parts)


D103 = TABLE.rule("D103", _column_sums, applies_to=has_tables)


def _basic_split(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view, "basic_expenditure"):
        total = table.column("合计")
        people = table.column("人员经费")
        public = table.column("公用经费")
        if total is not None and people is not None and public is not None:
            yield from _row_sums(view, table, total, [people, public])


D104 = TABLE.rule("D104", _basic_split, applies_to=has_tables)
