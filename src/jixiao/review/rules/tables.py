"""Reading the disclosure tables (公开表格) for the rules: labels, amounts, sides, codes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.model import Disclosure, DisclosureRow, DisclosureTable
from jixiao.model.disclosure import parse_amount

_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]|其中[:：]?)+")
_DROP = re.compile(r"[\s“”\"'‘’「」]")
_PARENS = str.maketrans({"（": "(", "）": ")"})
ZERO = Decimal(0)


def label_key(text: str | None) -> str:
    """A row label for lookup: spaces, quotes, “一、” and “其中：” removed, ASCII brackets."""
    if not text:
        return ""
    text = _DROP.sub("", text).translate(_PARENS)
    return _ENUM.sub("", text)


_TITLE_NUMBER = re.compile(r"^[0-9]+[、.．]\s*")


def title_of(table: DisclosureTable) -> str:
    """The table's title without its list number (“1、部门预算收支总表” → “部门预算收支总表”)."""
    return _TITLE_NUMBER.sub("", table.title)


def is_placeholder(row: DisclosureRow, column: int) -> bool:
    """A cell holding text that is not an amount (“---”): the figure does not apply."""
    if column >= len(row.cells):
        return False
    text = row.cells[column].strip()
    return bool(text) and parse_amount(text) is None


def cell_amount(row: DisclosureRow, column: int | None) -> Decimal | None:
    if column is None or column >= len(row.cells):
        return None
    return parse_amount(row.cells[column])


def as_zero(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value


@dataclass(frozen=True, slots=True)
class SideEntry:
    """One line of a two-sided summary table (收支总表): label, amount and its row."""

    label: str
    key: str
    amount: Decimal | None
    row: DisclosureRow


def side(table: DisclosureTable, which: str) -> list[SideEntry]:
    """The 收入 (``which="收入"``) or 支出 side of a 收支总表, in order."""
    label_col = table.column_index(f"{which}/项目")
    if label_col is None:
        return []
    amount_col = label_col + 1
    entries = []
    for row in table.rows:
        label = row.cells[label_col] if label_col < len(row.cells) else ""
        if label.strip():
            entries.append(SideEntry(label, label_key(label), cell_amount(row, amount_col), row))
    return entries


def find(entries: list[SideEntry], *keys: str) -> SideEntry | None:
    for key in keys:
        for entry in entries:
            if entry.key == key:
                return entry
    return None


def row_by_label(table: DisclosureTable, *keys: str) -> DisclosureRow | None:
    """The first row whose name (or one of its first three cells) has one of ``keys``."""
    for key in keys:
        for row in table.rows:
            if label_key(row.name) == key or any(label_key(c) == key for c in row.cells[:3]):
                return row
    return None


def amount_columns(table: DisclosureTable) -> list[int]:
    """Columns holding amounts: all but 序号, 科目编码, 科目名称/项目 and label columns."""
    skip = ("序号", "编码", "名称", "项目", "行次", "单位", "类别", "数量", "单价")
    return [
        i
        for i, name in enumerate(table.columns)
        if not any(name.endswith(s) or name == s for s in skip)
    ]


def coded_rows(table: DisclosureTable) -> list[DisclosureRow]:
    return [r for r in table.rows if r.code and r.code.isdigit()]


def data_rows(table: DisclosureTable) -> Iterator[DisclosureRow]:
    """Rows with at least one amount."""
    columns = amount_columns(table)
    for row in table.rows:
        if any(cell_amount(row, c) is not None for c in columns):
            yield row


def total_row(table: DisclosureTable) -> DisclosureRow | None:
    return row_by_label(table, "合计", "总计")


def column_total(disclosure: Disclosure, kind: str, *names: str) -> Decimal | None:
    """The 合计 row's amount in the first column called one of ``names`` of a table kind."""
    table = disclosure.table(kind)
    if table is None:
        return None
    row = total_row(table)
    column = table.column_index(*names)
    if row is None or column is None:
        return None
    return as_zero(cell_amount(row, column)) if _has_any(table, row) else None


def _has_any(table: DisclosureTable, row: DisclosureRow) -> bool:
    return any(cell_amount(row, c) is not None for c in amount_columns(table))


def project_expenditure(disclosure: Disclosure) -> tuple[Decimal, DisclosureTable] | None:
    """The disclosed 项目支出 (支出总表 or 一般公共预算支出表), with the table it came from."""
    for kind in ("expenditure_summary", "general_budget_expenditure"):
        value = column_total(disclosure, kind, "项目支出")
        table = disclosure.table(kind)
        if value is not None and table is not None:
            return value, table
    return None
