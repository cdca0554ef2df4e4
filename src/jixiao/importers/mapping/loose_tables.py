"""Disclosure and 决算 tables of any layout, read as title, columns and labelled rows.

A table is the run of rows after a title; its header is the rows before the
first row holding a number; each data row is named by its first cell (with the
科目编码 before it, if any) and keeps its other filled cells as written. A
one-row horizontal table (三公: 合计 | 因公出国(境)费 | … over one line of
amounts) is turned so each column becomes a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.vocabulary import normalise
from jixiao.model.disclosure import DisclosureRow, DisclosureTable
from jixiao.model.source import SourceRef

_NUMBER = re.compile(r"^-?[\d,]+(?:\.\d+)?%?$")
_CODE = re.compile(r"^\d{3,9}$")
_FOOTER = re.compile(r"^第\d+页")


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(normalise(text)))


@dataclass(slots=True)
class LooseTable:
    title: str
    source: SourceRef | None
    rows: list[list[Cell]] = field(default_factory=list)

    def add(self, cells: list[Cell]) -> None:
        filled = [c for c in cells if c.text and not _FOOTER.match(normalise(c.text))]
        if filled:
            self.rows.append(filled)


def regroup_stream(cells: list[Cell]) -> list[list[Cell]]:
    """Rows out of a cell stream: the header is as wide as the cells before the
    label of the first amount."""
    first_number = next((i for i, c in enumerate(cells) if is_number(c.text)), None)
    if first_number is None or first_number < 2:
        return [cells]
    width = first_number - 1
    return [cells[i : i + width] for i in range(0, len(cells), width)]


def _row(cells: list[Cell]) -> DisclosureRow:
    texts = [c.text for c in cells]
    code: str | None = None
    if len(texts) > 1 and _CODE.match(normalise(texts[0])) and not is_number(texts[1]):
        code = normalise(texts[0])
        name = f"{code} {texts[1]}"
        rest = texts[2:]
    else:
        name, rest = texts[0], texts[1:]
    level = {3: 1, 5: 2, 7: 3}.get(len(code)) if code else None
    return DisclosureRow(cells=rest, code=code, name=name, level=level, source=cells[0].located())


def to_disclosure(table: LooseTable) -> DisclosureTable | None:
    rows = table.rows
    if len(rows) == 1 and len(rows[0]) > 2:
        rows = regroup_stream(rows[0])
    first_data = next(
        (i for i, r in enumerate(rows) if any(is_number(c.text) for c in r[1:] or r)), None
    )
    if first_data is None:
        return None
    header, data = rows[:first_data], rows[first_data:]
    columns = [c.text for c in header[-1]] if header else []
    if (
        len(data) == 1
        and columns
        and all(is_number(c.text) for c in data[0])
        and len(data[0]) == len(columns)
    ):
        # One line of amounts under a row of labels: each column is a row.
        turned = [
            DisclosureRow(cells=[value.text], name=label, source=value.located())
            for label, value in zip(columns, (c for c in data[0]), strict=True)
        ]
        return DisclosureTable(
            title=table.title, columns=["项目", "金额"], rows=turned, source=table.source
        )
    return DisclosureTable(
        title=table.title,
        columns=columns,
        rows=[_row(r) for r in data if r],
        source=table.source,
    )
