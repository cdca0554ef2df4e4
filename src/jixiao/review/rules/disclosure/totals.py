"""D106 D107: a parent row is the sum of its children; a 合计 row the sum of its top rows."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.review.context import PlanView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount
from jixiao.review.rules.disclosure.common import (
    SUMMARIES,
    differs,
    has_tables,
    tables_of,
)
from jixiao.review.rules.tables import (
    ZERO,
    SideEntry,
    TableView,
    as_zero,
    find,
    label_key,
)

TABLE = rule_table(__name__)

# --------------------------------------------------------------------------- D106 D107


def _children_sums(view: PlanView) -> Iterator[Hit]:
    tolerance = view.profile.thresholds.money_tolerance_wan
    for table in tables_of(view):
        if not table.coded:
            continue  # no 科目 codes: no parent rows
        children: dict[str, list[int]] = {}
        for row, code in enumerate(table.codes):
            if len(code) in (5, 7):
                children.setdefault(code[:-2], []).append(row)
        if not children:
            continue
        for parent, code in enumerate(table.codes):
            kids = children.get(code) if len(code) in (3, 5) else None
            if not kids:
                continue
            for column in table.filled_columns:
                whole = table.amount(parent, column)
                summed, seen = table.column_sum(kids, column)
                if whole is None and not seen:
                    continue
                if abs(as_zero(whole) - summed) > tolerance:
                    yield hit(
                        f"{table.title}中科目{code}“{table.name(parent)}”的"
                        f"{table.column_name(column)}为{amount(as_zero(whole))}万元，"
                        f"而其下{len(kids)}个科目之和为{amount(summed)}万元。",
                        field="disclosure",
                        location=table.source(parent),
                    )
                    break


D106 = TABLE.rule("D106", _children_sums, applies_to=has_tables)


def _top_rows(table: TableView) -> list[int]:
    if table.coded:
        coded = [(row, code) for row, code in enumerate(table.codes) if code]
        shortest = min(len(code) for _, code in coded)
        return [row for row, code in coded if len(code) == shortest]
    if table.kind == "procurement":
        return [r for r in range(len(table.rows)) if label_key(table.name(r)).endswith("小计")]
    if table.kind == "assets":
        return [
            r
            for r, row in enumerate(table.rows)
            if row.cells and row.cells[0].strip()[:2].rstrip("、") in _NUMERALS
        ]
    return []


_NUMERALS = frozenset("一二三四五六七八九十")


def _side_total(
    view: PlanView, table: TableView, entries: list[SideEntry], total_key: str
) -> Iterator[Hit]:
    total = find(entries, total_key)
    if total is None or total.amount is None:
        return
    before = entries[: entries.index(total)]
    items = [e for e in before if not e.label.strip().startswith("其中")]
    summed = sum((as_zero(e.amount) for e in items), ZERO)
    if differs(view, total.amount, summed):
        yield hit(
            f"{table.title}中{total_key}{amount(total.amount)}万元，而上方各项之和为"
            f"{amount(summed)}万元。",
            field="disclosure",
            location=table.source(total.row),
        )


def _table_totals(view: PlanView) -> Iterator[Hit]:
    for table in tables_of(view):
        if table.kind in SUMMARIES:
            yield from _side_total(view, table, table.side("收入"), "本年收入合计")
            yield from _side_total(view, table, table.side("支出"), "本年支出合计")
            continue
        if table.kind == "three_public":
            continue  # D105
        total = table.total_row()
        tops = _top_rows(table)
        if total is None or not tops:
            continue
        columns = table.filled_columns
        if table.kind == "procurement":
            columns = [c for c in columns if table.columns[c].endswith("合计")][:1]
        for column in columns:
            if table.placeholder(total, column):
                continue
            whole = table.amount(total, column)
            summed, seen = table.column_sum(tops, column)
            if whole is None and not seen:
                continue
            if differs(view, as_zero(whole), summed):
                yield hit(
                    f"{table.title}的合计行{table.column_name(column)}为"
                    f"{amount(as_zero(whole))}万元，而{len(tops)}个一级项目之和为"
                    f"{amount(summed)}万元。",
                    field="disclosure",
                    location=table.source(total),
                )
                break


D107 = TABLE.rule("D107", _table_totals, applies_to=has_tables)
