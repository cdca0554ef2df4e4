"""Disclosure and 决算 tables of any layout, read as title, columns and labelled rows.

A table is the run of rows after a title; its header is the rows before the
first row holding a number; each data row is named by its first cell (with the
科目编码 before it, if any) and keeps its other filled cells as written. A
one-row horizontal table (三公: 合计 | 因公出国(境)费 | … over one line of
amounts) is turned so each column becomes a row.
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.stream_rows import is_number, regroup_with_empties
from jixiao.importers.mapping.vocabulary import normalise
from jixiao.model.disclosure import DisclosureRow, DisclosureTable
from jixiao.model.source import SourceRef

_CODE = re.compile(r"^\d{3,9}$")
# a 序号 / 行次 before the row's label: '3', or an enumerator alone in its cell ('一、', '(二)')
_ORDINAL = re.compile(
    r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])$"
)
_FOOTER = re.compile(r"^第\d+页")
_COLUMN_NUMBERS = ("栏次", "行次")  # the row numbering the columns: a header row


def _filled(cells: list[Cell]) -> list[Cell]:
    return [c for c in cells if c.text and not _FOOTER.match(normalise(c.text))]


@dataclass(slots=True)
class LooseTable:
    title: str
    source: SourceRef | None
    rows: list[list[Cell]] = field(default_factory=list)
    reader_table: int | None = None  # the reader's number of the table its last row is in

    def add(self, cells: list[Cell], reader_table: int | None = None) -> None:
        filled = _filled(cells)
        if filled:
            self.rows.append(filled)
            self.reader_table = reader_table

    def add_stream(self, cells: list[Cell]) -> None:
        """A table flattened to one cell per line, its empty cells kept."""
        grouped = regroup_with_empties(cells)
        if grouped is None:
            self.add(cells)
            return
        for row in grouped:
            self.rows.append(_filled(row) or [])


def _fit(rows: list[list[Cell]]) -> float:
    """How well rows read as 'label, amounts…': the share of rows that do."""
    good = sum(
        1 for row in rows if not is_number(row[0].text) and all(is_number(c.text) for c in row[1:])
    )
    return good / len(rows)


def regroup_stream(cells: list[Cell]) -> list[list[Cell]]:
    """Rows out of a cell stream: data rows start at the label of the first amount and
    are as wide as reads best as 'label, amounts…'; the header is as wide, just above
    (cells further up are titles and notes)."""
    first_number = next((i for i, c in enumerate(cells) if is_number(c.text)), None)
    if first_number is None or first_number < 2:
        return [cells]
    start = first_number - 1
    data = cells[start:]
    width = max(
        range(2, 8),
        key=lambda w: (_fit([data[i : i + w] for i in range(0, len(data), w)]), -w),
    )
    header = cells[max(0, start - width) : start]
    return [header] + [data[i : i + width] for i in range(0, len(data), width)]


def _without_ordinal(cells: list[Cell]) -> list[Cell]:
    """The row from its label on: a 序号 / 行次 number before it is not part of it."""
    label = next(
        (i for i, c in enumerate(cells) if not is_number(c.text) and not _is_ordinal(c.text)),
        None,
    )
    if label is None or not all(_is_ordinal(c.text) for c in cells[:label]):
        return cells
    return cells[label:]


def _is_ordinal(text: str) -> bool:
    # (a row's label is longer: it is not normalised to be looked at)
    return len(text) <= 6 and _ORDINAL.match(normalise(text)) is not None


def _is_header_row(cells: list[Cell]) -> bool:
    return bool(cells) and normalise(cells[0].text).replace(" ", "") in _COLUMN_NUMBERS


def _row(cells: list[Cell]) -> DisclosureRow:
    cells = _without_ordinal(cells)
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


_SUBTOTAL = ("小计", "合计")


def _shared_prefix(a: str, b: str) -> int:
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return size


def horizontal_labels(top: list[str], sub: list[str], amounts: int) -> list[str] | None:
    """The column names of a one-row table with a two-level header: one top column
    splits into the sub-columns (小计 / 购置费 / 运行费), named after its parent where
    the sub-column is its 小计. None when the counts do not fit that shape."""
    if not top or not sub or len(top) - 1 + len(sub) != amounts:
        return None
    named = [s for s in sub if normalise(s) not in _SUBTOTAL] or sub
    parent = max(
        range(len(top)),
        key=lambda i: sum(_shared_prefix(normalise(top[i]), normalise(s)) for s in named),
    )
    children = [top[parent] if normalise(s) in _SUBTOTAL else s for s in sub]
    return [*top[:parent], *children, *top[parent + 1 :]]


def _joined_fragments(labels: list[Cell]) -> list[Cell]:
    """'公务' + '接待费' on two lines: a two-character fragment joins the next label."""
    out: list[Cell] = []
    for cell in labels:
        if out and len(normalise(out[-1].text)) <= 2 and normalise(out[-1].text) not in _SUBTOTAL:
            joined = copy(out[-1])
            joined.text = normalise(out[-1].text + cell.text)
            out[-1] = joined
        else:
            out.append(cell)
    return out


def _horizontal_stream(table: LooseTable, cells: list[Cell]) -> DisclosureTable | None:
    """Column labels one per line, then one line of amounts: each column is a row."""
    first = next((i for i, c in enumerate(cells) if is_number(c.text)), len(cells))
    amounts = cells[first:]
    if len(amounts) < 2 or not all(is_number(c.text) for c in amounts):
        return None
    labels = _joined_fragments(cells[:first])
    texts = [c.text for c in labels]
    split = next((i for i, t in enumerate(texts) if normalise(t) in _SUBTOTAL[:1]), None)
    if split is None:
        names = texts[-len(amounts) :] if len(texts) >= len(amounts) else None
    else:
        sub = texts[split:]
        top = texts[max(0, split - (len(amounts) + 1 - len(sub))) : split]
        names = horizontal_labels(top, sub, len(amounts))
    if not names or len(names) != len(amounts):
        return None
    return _turned(table, names, amounts)


def _turned(table: LooseTable, names: list[str], amounts: list[Cell]) -> DisclosureTable:
    """A one-row table turned: each column (its name, its amount) becomes a row."""
    rows = [
        DisclosureRow(cells=[value.text], name=name, source=value.located())
        for name, value in zip(names, amounts, strict=True)
    ]
    return DisclosureTable(
        title=table.title, columns=["项目", "金额"], rows=rows, source=table.source
    )


def to_disclosure(table: LooseTable) -> DisclosureTable | None:
    rows = table.rows
    if len(rows) == 1 and len(rows[0]) > 2:
        horizontal = _horizontal_stream(table, rows[0])
        if horizontal is not None:
            return horizontal
        rows = regroup_stream(rows[0])
    first_data = next(
        (
            i
            for i, r in enumerate(rows)
            if any(is_number(c.text) for c in r[1:] or r) and not _is_header_row(r)
        ),
        None,
    )
    if first_data is None:
        return None
    header, data = rows[:first_data], rows[first_data:]
    columns = [c.text for c in header[-1]] if header else []
    if len(data) == 1 and len(header) >= 2 and all(is_number(c.text) for c in data[0]):
        labels = horizontal_labels([c.text for c in header[-2]], columns, len(data[0]))
        columns = labels or columns
    if (
        len(data) == 1
        and columns
        and all(is_number(c.text) for c in data[0])
        and len(data[0]) == len(columns)
    ):
        return _turned(table, columns, data[0])  # one line of amounts under its labels
    read = [_row(r) for r in data if r and not _is_header_row(r)]
    return DisclosureTable(
        title=table.title,
        columns=columns,
        # a row named by an amount is amounts that lost their labels (a table one cell a
        # line whose heads stood apart: '2908 | 1540 | … | 附件…'), no row
        rows=[row for row in read if not is_number(row.name or "")],
        source=table.source,
    )
