"""Build 部门预算公开 tables: multi-row headers, repeated page headers, code hierarchy."""

from __future__ import annotations

import re

from jixiao.importers.blocks import Row
from jixiao.model.disclosure import DisclosureRow, DisclosureTable, parse_amount
from jixiao.model.source import SourceRef

_COLUMN_NUMBERS = {"栏次", "档次"}
_SEQUENCE = re.compile(r"^\d{1,4}$")
_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_MONEY_UNIT = re.compile(r"单位[：:]\s*(万元|元|千元|亿元)")
_CODE_LEVEL = {3: 1, 5: 2, 7: 3}


def money_unit_in(text: str) -> str | None:
    match = _MONEY_UNIT.search(text)
    return match.group(1) if match else None


def _has_number(row: Row) -> bool:
    return any(parse_amount(t) is not None for t in row.texts[1:])


class DisclosureTableBuilder:
    """Collects the rows of one disclosure table, across the pages it spans."""

    def __init__(self, kind: str | None, title: str, source: SourceRef) -> None:
        self.kind = kind
        self.title = title
        self.source = source
        self.money_unit: str | None = None
        self.note: str | None = None
        self._header: list[Row] = []
        self._header_closed = False
        self._data: list[Row] = []

    def add_paragraph(self, text: str) -> None:
        """Page headers (unit, 预算年度, 单位：万元) and the table's note."""
        unit = money_unit_in(text)
        if unit and self.money_unit is None:
            self.money_unit = unit
        if text.startswith("注：") or text.startswith("注:"):
            self.note = text

    def add_row(self, row: Row) -> None:
        if row.is_empty():
            return
        if not self._header_closed:
            self._header.append(row)
            if row.texts[0].replace(" ", "") in _COLUMN_NUMBERS:
                self._header_closed = True
            return
        if self._is_repeated_header(row):
            return
        self._data.append(row)

    def _is_repeated_header(self, row: Row) -> bool:
        first = row.texts[0]
        if first in _COLUMN_NUMBERS:
            return True
        keys = {tuple(h.texts) for h in self._header}
        if tuple(row.texts) in keys:
            return True
        if self._header and self._header[0].texts[0] == "序号":
            # Data rows of a table with 序号 start with their number.
            return not _SEQUENCE.match(first) and not _has_number(row)
        return False

    def _close_header(self) -> None:
        """Without a 栏次 row, the header ends where the numbers begin."""
        if self._header_closed or not self._header:
            return
        rows = self._header
        split = next(
            (i for i, r in enumerate(rows) if _has_number(r) or r.texts[0] == "合计"), None
        )
        if split is None:
            split = 1  # a table of words: its first row is the header
        header = rows[:split]
        keys = {tuple(h.texts) for h in header}
        # The header repeated on a later page came in before the header was known.
        repeated = [r for r in rows[split:] if tuple(r.texts) in keys]
        self._header = header
        self._data = [r for r in rows[split:] if r not in repeated] + self._data
        self._header_closed = True

    def _columns(self) -> list[str]:
        header = [r for r in self._header if r.texts[0] not in _COLUMN_NUMBERS]
        width = max((len(r.cells) for r in self._header + self._data), default=0)
        columns = [""] * width
        for row in header:
            carry = ""
            for index in range(width):
                text = row.texts[index] if index < len(row.texts) else ""
                if row is header[0]:
                    # A parent heading spans the empty cells to its right.
                    carry = text or (carry if index > 0 else "")
                    part = text or (carry if index > 0 and header[1:] else "")
                else:
                    part = text
                if part and not columns[index].endswith(part):
                    columns[index] = f"{columns[index]}/{part}" if columns[index] else part
        return columns

    def finish(self) -> DisclosureTable:
        self._close_header()
        columns = self._columns()
        code_col = next((i for i, c in enumerate(columns) if c.endswith("科目编码")), None)
        name_col = next(
            (i for i, c in enumerate(columns) if c.endswith(("科目名称", "项目", "项目名称"))),
            None,
        )
        rows: list[DisclosureRow] = []
        for row in self._data:
            texts = row.texts + [""] * (len(columns) - len(row.texts))
            code = texts[code_col] if code_col is not None else None
            code = code if code and _CODE.match(code) else None
            name = texts[name_col] if name_col is not None else None
            if name_col is None:
                name = next((t for t in texts if t and not _SEQUENCE.match(t)), None)
            rows.append(
                DisclosureRow(
                    cells=texts,
                    code=code,
                    name=name or None,
                    level=_CODE_LEVEL.get(len(code)) if code else None,
                    source=row.source,
                )
            )
        return DisclosureTable(
            kind=self.kind,
            title=self.title,
            money_unit=self.money_unit,
            columns=columns,
            rows=rows,
            note=self.note,
            source=self.source,
        )
