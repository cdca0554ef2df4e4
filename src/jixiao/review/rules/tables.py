"""Reading the disclosure tables (公开表格) for the rules: labels, amounts, sides, codes.

A :class:`TableView` parses a table once — every amount, every row label, the two sides
of a 收支总表 — and is shared by all disclosure rules of a review (:func:`table_view`
keeps the views of the tables recently seen, by identity).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from decimal import Decimal
from typing import NamedTuple

from jixiao.content_caches import content_cache, content_table
from jixiao.model import Disclosure, DisclosureRow, DisclosureTable
from jixiao.model.disclosure import parse_amount
from jixiao.model.source import SourceRef

_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]|其中[:：]?)+")
_DROP = re.compile(r"[\s“”\"'‘’「」]")
_TITLE_NUMBER = re.compile(r"^[0-9]+[、.．]\s*")
_NOT_AMOUNT = ("序号", "编码", "名称", "项目", "行次", "单位", "类别", "数量", "单价")
ZERO = Decimal(0)


@content_cache(maxsize=1 << 14)
def _label_key(text: str) -> str:
    # (two replaces: `str.translate` raises and clears a KeyError per character it maps not)
    return _ENUM.sub("", _DROP.sub("", text).replace("（", "(").replace("）", ")"))


def label_key(text: str | None) -> str:
    """A row label for lookup: spaces, quotes, “一、” and “其中：” removed, ASCII brackets."""
    return _label_key(text) if text else ""


_amount = content_cache(maxsize=1 << 14, name=f"{__name__}._amount")(parse_amount)


def as_zero(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value


class SideEntry(NamedTuple):  # (a tuple: made per line of a summary, faster than a dataclass)
    """One line of a two-sided summary table (收支总表): label, amount and its row."""

    label: str
    key: str
    amount: Decimal | None
    row: int


class TableView:
    """A disclosure table parsed once: amounts by row and column, labels, sides."""

    def __init__(self, table: DisclosureTable) -> None:
        self.table = table
        self.kind = table.kind
        self.title = _TITLE_NUMBER.sub("", table.title)
        self.columns = table.columns
        self.rows = table.rows
        self.amount_columns = _amount_columns(tuple(table.columns))
        # One pass over the rows reads all the rules need: each row's amounts (by column),
        # its 科目 code and the first row of each label key (a row's name, then its first
        # three cells) — rows last to first, so an earlier row's key overwrites a later one's.
        columns = self.amount_columns
        rows = table.rows
        count = len(rows)
        filled: set[int] = set()
        amounts: list[list[Decimal | None]] = [[]] * count
        codes = [""] * count
        first: dict[str, int] = {}
        for index in range(count - 1, -1, -1):
            row = rows[index]
            cells = row.cells
            size = len(cells)
            values: list[Decimal | None] = [None] * size
            for c in columns:
                if c < size and (cell := cells[c]):
                    value = values[c] = _amount(cell)
                    if value is not None:
                        filled.add(c)
            amounts[index] = values
            if (code := row.code) and code.isdigit():
                codes[index] = code
            if name := row.name:
                first[_label_key(name)] = index
            for cell in cells[:3]:
                if cell != name and cell.strip():  # (the name's key is in already)
                    first[_label_key(cell)] = index
        self.amounts = amounts
        self.filled_columns = [c for c in columns if c in filled]
        self.codes = codes
        self.coded = any(codes)
        self._first = first
        self._sides: dict[str, list[SideEntry]] = {}

    def amount(self, row: int, column: int | None) -> Decimal | None:
        if column is None:
            return None
        cells = self.amounts[row]
        return cells[column] if column < len(cells) else None

    def placeholder(self, row: int, column: int) -> bool:
        """A cell holding text that is not an amount (“---”): the figure does not apply."""
        cells = self.rows[row].cells
        return (
            column < len(cells)
            and bool(cells[column].strip())
            and (self.amounts[row][column] is None)
        )

    def name(self, row: int) -> str:
        """The row's first label (its name, else its first cell with text), or ""."""
        labels = _row_label(self.rows[row])
        return labels[0] if labels else ""

    def row_sum(self, row: int, columns: list[int]) -> tuple[Decimal, bool]:
        """The sum of a row's amounts over ``columns`` (empty cells count 0), and whether
        any of them held an amount."""
        values = self.amounts[row]
        size = len(values)
        total = ZERO
        seen = False
        for column in columns:
            if column < size:
                value = values[column]
                if value is not None:
                    total += value
                    seen = True
        return total, seen

    def column_sum(self, rows: list[int], column: int) -> tuple[Decimal, bool]:
        """The sum of ``rows`` in one column (empty cells count 0), and whether any held one."""
        total = ZERO
        seen = False
        for row in rows:
            values = self.amounts[row]
            if column < len(values):
                value = values[column]
                if value is not None:
                    total += value
                    seen = True
        return total, seen

    def column_name(self, column: int) -> str:
        return self.columns[column].rsplit("/", 1)[-1]

    def column(self, *names: str) -> int | None:
        """:meth:`DisclosureTable.column_index`, run compiled with each suffix made once
        (the model's method stays interpreted: its module defines pydantic models)."""
        columns = self.columns
        for name in names:
            suffix = "/" + name
            for i, column in enumerate(columns):
                if column == name or column.endswith(suffix):
                    return i
        return None

    def find_row(self, *keys: str) -> int | None:
        """The first row labelled with one of ``keys`` (in the order of ``keys``)."""
        first = self._first
        for key in keys:
            index = first.get(key)
            if index is not None:
                return index
        return None

    def total_row(self) -> int | None:
        return self.find_row("合计", "总计")

    def has_amount(self, row: int) -> bool:
        return any(self.amount(row, c) is not None for c in self.amount_columns)

    def side(self, which: str) -> list[SideEntry]:
        """The 收入 (``which="收入"``) or 支出 side of a 收支总表, in order."""
        cached = self._sides.get(which)
        if cached is None:
            cached = self._sides[which] = self._side(which)
        return cached

    def _side(self, which: str) -> list[SideEntry]:
        label_col = self.column(f"{which}/项目")
        if label_col is None:
            return []
        entries = []
        for index, row in enumerate(self.rows):
            label = row.cells[label_col] if label_col < len(row.cells) else ""
            if label.strip():
                amount = self.amount(index, label_col + 1)
                entries.append(SideEntry(label, label_key(label), amount, index))
        return entries

    def source(self, row: int | None = None) -> SourceRef | None:
        if row is not None and self.rows[row].source is not None:
            return self.rows[row].source
        return self.table.source


@content_cache(maxsize=1024)
def _amount_columns(columns: tuple[str, ...]) -> list[int]:
    """Columns holding amounts: all but 序号, 编码, 名称, 项目, 数量, 单价 and the like."""
    # (a name equal to one of them also ends with it: one `endswith` of the tuple, in C)
    return [i for i, name in enumerate(columns) if not name.endswith(_NOT_AMOUNT)]


def _row_label(row: DisclosureRow) -> list[str]:
    """A row's labels: its name, then its first three cells."""
    name = row.name
    labels = [name] if name else []
    labels += filter(str.strip, row.cells[:3])  # (those with text, picked out in C)
    return labels


def find(entries: list[SideEntry], *keys: str) -> SideEntry | None:
    for key in keys:
        for entry in entries:
            if entry.key == key:
                return entry
    return None


_VIEWS: OrderedDict[int, tuple[DisclosureTable, TableView]] = content_table(
    f"{__name__}._VIEWS", OrderedDict()
)
_MAX_VIEWS = 256


def table_view(table: DisclosureTable) -> TableView:
    """The parsed view of ``table``, built once and reused while the table is in use.

    Views are kept by identity with a reference to their table (so an id is never
    reused while its entry lives), at most the last 256 tables.
    """
    entry = _VIEWS.get(id(table))
    if entry is not None and entry[0] is table:
        _VIEWS.move_to_end(id(table))
        return entry[1]
    view = TableView(table)
    _VIEWS[id(table)] = (table, view)
    if len(_VIEWS) > _MAX_VIEWS:
        _VIEWS.popitem(last=False)
    return view


def views(disclosure: Disclosure | None, *kinds: str) -> list[TableView]:
    """Views of the tables of ``kinds`` (all tables when none given)."""
    if disclosure is None:
        return []
    return [table_view(t) for t in disclosure.tables if not kinds or t.kind in kinds]


def view_of(disclosure: Disclosure, kind: str) -> TableView | None:
    table = disclosure.table(kind)
    return table_view(table) if table is not None else None


def column_total(disclosure: Disclosure, kind: str, *names: str) -> Decimal | None:
    """The 合计 row's amount in the first column called one of ``names`` of a table kind."""
    tv = view_of(disclosure, kind)
    if tv is None:
        return None
    row = tv.total_row()
    column = tv.column(*names)
    if row is None or column is None or not tv.has_amount(row):
        return None
    return as_zero(tv.amount(row, column))


def project_expenditure(disclosure: Disclosure) -> tuple[Decimal, TableView] | None:
    """The disclosed 项目支出 (支出总表 or 一般公共预算支出表), with the table it came from."""
    for kind in ("expenditure_summary", "general_budget_expenditure"):
        value = column_total(disclosure, kind, "项目支出")
        tv = view_of(disclosure, kind)
        if value is not None and tv is not None:
            return value, tv
    return None
