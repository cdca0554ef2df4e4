"""Tables rendered with ``|`` bars, in the three shapes web-page flattening produces.

The shape is recognised per table (a run of lines with bars), from the lines themselves:

* **pipe rows** — one row per line, cells separated by `` | `` (leading and trailing
  bars optional). Renderings of web tables drop merged or empty cells and pad the
  row at its end (``购买发放李子苗 | 株 | = | 15000 | |||``): such rows are marked
  ``packed``. A line starting with a bar right under a row continues that row (a
  row broken over two lines); a line of bars only (``|`` or ``| |||``) ends a row.
  Where rows are padded to the table's width, a row may also be broken after a
  cell's bar (``序号 | 一级 指标 |`` / ``二级 指标 |`` / …): consecutive short lines whose
  bars add up to exactly the width are one row.
* **cell per line, ``|`` after each cell** — ``申报单位 |``, a ``|`` line alone starts a
  row; the last cell of a row may carry the row's padding (``区林业局 | |||``), or the
  padding stands on a line of its own (``||||``). A bare ``|`` inside a row is an empty
  cell, so the table's width (the commonest row length) decides where a row ends.
* **bar on its own line** — cell text on lines of its own (one or more), each cell
  closed by a ``|`` line; a ``|`` right after a closed cell starts the next row.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.importers.text_lead_bars import is_lead_bar_table, read_lead_bars
from jixiao.importers.text_pipe_shapes import (
    NumberedLine,
    blank_first_cells,
    broken_rows,
    empty_cell_bars,
    padded_rows,
)
from jixiao.model.source import SourceRef

_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
CUT_EVIDENCE = 3  # rows closed by their bar before an unclosed last one is taken as cut
_WHOLE_FIGURE = re.compile(r"^[≥≤<>=]?\d+(?:\.\d+)?[^\x00-\x7f\d]{1,4}$")  # '1座', '3550平方米'
_BULLET = re.compile(r"^\s*[-*] \S")  # a markdown list item below the table
_ATTACHMENT = re.compile(r"^\s*附\s*件\s*[\d一二三四五六七八九十]+(?:-\d+)?\s*[:：]?\s*$")


def is_bar_line(line: str) -> bool:
    """Whether a line takes part in a bar-rendered table."""
    return "|" in line and "\\|" not in line


def is_markdown_rule(line: str) -> bool:
    return _MD_RULE.match(line) is not None


def bars_only(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.replace("|", "").strip()


def split_pipes(line: str) -> list[str]:
    """The cells of a pipe row, leading and trailing bars dropped (each at most once)."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return text.split("|")


@dataclass
class _Table:
    """Numbers tables and collects the rows of the current one."""

    file: str
    number: int
    blocks: list[Block] = field(default_factory=list)

    def cell(self, raw: str, line: int, col: int) -> Cell:
        return Cell(raw=raw, source=SourceRef(file=self.file, line=line, col=col + 1), col=col)

    def row(self, cells: list[Cell], line: int, *, packed: bool) -> Row | None:
        if not cells:
            return None
        filled = [cell for cell in cells if cell.text]
        if len(filled) == 1 and _ATTACHMENT.match(filled[0].raw) and self.blocks:
            self.number += 1  # "附件2" opens the next table of the page
        row = Row(
            cells=cells,
            source=SourceRef(file=self.file, line=line),
            table=self.number,
            packed=packed,
        )
        self.blocks.append(row)
        return row


def _style(lines: list[NumberedLine]) -> str:
    multi = single = plain = 0
    for _, line in lines:
        if is_markdown_rule(line) or not line.strip():
            continue
        if not is_bar_line(line):
            plain += 1
        elif bars_only(line):
            continue
        elif sum(1 for part in split_pipes(line) if part.strip()) >= 2:
            multi += 1
        else:
            single += 1
    if (multi >= single and multi >= plain) or padded_rows(lines):
        return "rows"
    return "cells" if single >= plain else "bars"


def read_pipe_table(lines: list[NumberedLine], file: str, number: int) -> tuple[list[Block], int]:
    """Blocks of one run of bar-rendered lines; returns them and the last table number used."""
    if is_lead_bar_table(lines):
        return read_lead_bars(lines, file, number)
    table = _Table(file, number)
    style = _style(lines)
    if style == "rows":
        _read_rows(lines, table)
    elif style == "cells":
        _read_cells_with_bars(lines, table)
    elif empty_cell_bars(lines):
        _stream_of_cells(lines, table)  # each bar closes a cell: the mapper cuts the rows
    else:
        _read_bars_on_own_lines(lines, table)
    return table.blocks, table.number


def _pipe_cells(parts: list[str], line: int, table: _Table, start: int = 0) -> list[Cell]:
    return [table.cell(part, line, start + index) for index, part in enumerate(parts)]


def _has_inner_gap(parts: list[str]) -> bool:
    seen_empty = False
    for part in parts:
        if not part.strip():
            seen_empty = True
        elif seen_empty:
            return True
    return False


def _read_rows(lines: list[NumberedLine], table: _Table) -> None:
    content = [
        (n, line)
        for n, line in lines
        if is_bar_line(line) and not bars_only(line) and not is_markdown_rule(line)
    ]
    leading = sum(1 for _, line in content if line.lstrip().startswith("|"))
    lead_style = leading * 2 > len(content) and not blank_first_cells(content)
    # Renderings that pack cells leave empty cells only at a row's end.
    packed = not any(_has_inner_gap(split_pipes(line)) for _, line in content)
    joined = broken_rows(content)
    row: Row | None = None
    closed = False  # the row's line ended with a bar: a plain line after it is not its text
    whole = 0  # the bars of a row that opened with its first cell and closed with a bar,
    widest = 0  # as many as the widest such row so far (narrower ones may go on below)
    rows_closed = 0
    for number, line in lines:
        if not line.strip() or is_markdown_rule(line):
            continue
        if bars_only(line):
            row = None
            continue
        if not is_bar_line(line):
            if row is not None and not closed and not _BULLET.match(line):
                row.cells[-1].extend(line.strip())  # a cell broken onto the next line
            else:
                row = None  # after a row closed by its bar: text below the table
                table.blocks.append(Paragraph(raw=line, source=SourceRef(table.file, line=number)))
            continue
        parts = split_pipes(line)
        if row is not None and number in joined:
            row.cells.extend(_pipe_cells(parts, number, table, len(row.cells)))
            closed, whole = line.rstrip().endswith("|"), 0
            continue
        leads = line.lstrip().startswith("|")
        if whole and leads and closed and line.count("|") == whole and not lead_style:
            # '| 满意度 | 参培学员满意度 | 95% | 88% |' after a whole row as wide: a row of its
            # own whose first cell (a merged 一级 printed above) is empty, not the row's rest
            row = table.row(_pipe_cells(["", *parts], number, table), number, packed=packed)
            rows_closed += 1
            closed = line.rstrip().endswith("|")
            whole = whole if closed else 0
            continue
        if row is not None and not lead_style and leads:
            kept = parts
            while len(kept) > 1 and not kept[-1].strip():
                kept = kept[:-1]
            row.cells.extend(_pipe_cells(kept, number, table, len(row.cells)))
            closed, whole = line.rstrip().endswith("|"), 0
            continue
        if row is not None:
            rows_closed += closed
        row = table.row(_pipe_cells(parts, number, table), number, packed=packed)
        closed = line.rstrip().endswith("|")
        bars = line.count("|") if closed and not leads else 0
        widest = max(widest, bars)
        whole = bars if bars == widest else 0
    cut = row is not None and not closed and rows_closed >= CUT_EVIDENCE
    if cut and row is table.blocks[-1] and not _WHOLE_FIGURE.match(row.cells[-1].text):
        # every row closed by its bar but the last, at the end of the text: the page was
        # cut inside the row's last cell, which may be incomplete (the cells before it
        # hold); a figure with its unit ('1座') is whole as it stands
        del row.cells[-1]
        if not row.cells:
            table.blocks.pop()  # '| 开州区城乡福利院、…' cut: the row was that one cell


def _cell_and_padding(line: str) -> tuple[str, int]:
    """``区林业局 | |||`` → ("区林业局", 3): the cell and the empty cells padding its row."""
    text, _, rest = line.rstrip().partition("|")
    return text, rest.count("|")


def _holds_cells(line: str) -> bool:
    """``索引号: | 0112/2022 | 发文日期: | … |``: cells after the first bar, a row of its own
    (a page's header above the table), whose bars do not pad a cell to the table's width."""
    return bool(line.partition("|")[2].replace("|", "").strip())


def _read_cells_with_bars(lines: list[NumberedLine], table: _Table) -> None:
    # A bare "|" is a row marker or an empty cell: the table's width decides. Learn the
    # width from the rows that padding ends, in a first reading.
    probe = _Table(table.file, table.number)
    ends = _cells_with_bars(lines, probe, None, probing=True)
    # A padded stretch may hold full rows before it (and their markers): the shortest
    # length seen twice is one row.
    lengths = Counter(ends)
    repeated = [length for length, count in lengths.items() if count > 1]
    width = min(repeated or ends) if ends else None
    if width is None and not _regular_markers(lines):
        _stream_of_cells(lines, table)  # nothing tells where rows end: the mapper regroups
        return
    _cells_with_bars(lines, table, width, probing=False)


def _regular_markers(lines: list[NumberedLine]) -> bool:
    """Whether bare "|" lines come after the same number of cells each time (row markers)."""
    counts: list[int] = []
    run = 0
    for _, line in lines:
        if not is_bar_line(line):
            continue
        if line.strip() == "|":
            counts.append(run)
            run = 0
        else:
            run += 1
    counts = [count for count in counts[1:] if count]  # before the first marker: no row yet
    return bool(counts) and len(set(counts)) == 1


def _stream_of_cells(lines: list[NumberedLine], table: _Table) -> None:
    """Each cell a one-cell ``stream`` row; a bare "|" is an empty cell."""
    pending: list[NumberedLine] = []
    for number, line in lines:
        if not line.strip() or is_markdown_rule(line):
            continue
        if not is_bar_line(line):
            pending.append((number, line.strip()))
            continue
        text, padding = _cell_and_padding(line)
        texts = [*(t for _, t in pending), text]
        first = pending[0][0] if pending else number
        pending = []
        for raw in ["\n".join(t for t in texts if t.strip())] + [""] * padding:
            row = Row(
                cells=[table.cell(raw, first, 0)],
                source=SourceRef(file=table.file, line=first),
                table=table.number,
                stream=True,
            )
            table.blocks.append(row)


def _cells_with_bars(
    lines: list[NumberedLine], table: _Table, width: int | None, *, probing: bool
) -> list[int]:
    """Read the rows; return the lengths of the rows that padding ended."""
    cells: list[Cell] = []
    row_line = 0
    is_open = False
    pending: list[NumberedLine] = []
    padded: list[int] = []

    def close() -> None:
        nonlocal cells, is_open
        table.row(cells, row_line, packed=True)
        cells, is_open = [], False

    for number, line in lines:
        if not line.strip() or is_markdown_rule(line):
            continue
        if not is_bar_line(line):
            pending.append((number, line.strip()))  # a cell's first lines, its bar comes later
            continue
        stripped = line.strip()
        if len(stripped) > 1 and not stripped.strip("|"):
            # "||||" alone: the padding that ends the row (a cell still waiting for its bar
            # comes first).
            if pending:
                cells.append(
                    table.cell("\n".join(t for _, t in pending), pending[0][0], len(cells))
                )
                pending = []
            if cells:
                cells.extend(table.cell("", number, len(cells)) for _ in range(len(stripped)))
                padded.append(len(cells))
                close()
            is_open = False
            continue
        text, padding = _cell_and_padding(line)
        if width is not None and padding and 1 + padding >= width and (cells or pending):
            # A row of one cell across the table (a title): the row before it has ended,
            # and lines waiting for a bar are text between the two.
            if cells:
                close()
            for at, waiting in pending:
                table.blocks.append(Paragraph(raw=waiting, source=SourceRef(table.file, line=at)))
            if pending and table.blocks:
                table.number += 1  # text between two tables
            pending, is_open = [], False
        if width is None and not probing and not text.strip() and not pending and cells:
            close()  # no padding anywhere: a bare "|" always starts a row
        if not text.strip() and not pending and not is_open:
            row_line, is_open = number, True  # "|" alone: a new row starts
            if padding == 0:
                continue
        if not is_open:
            row_line, is_open = number, True
        raw = "\n".join([*(t for _, t in pending), text]) if pending else text
        pending = []
        cells.append(table.cell(raw, number, len(cells)))
        cells.extend(table.cell("", number, len(cells)) for _ in range(padding))
        if padding and not _holds_cells(line):
            padded.append(len(cells))
        if padding or (width is not None and len(cells) >= width):
            close()
    if cells:
        close()
    return padded


def _read_bars_on_own_lines(lines: list[NumberedLine], table: _Table) -> None:
    cells: list[Cell] = []
    pending: list[NumberedLine] = []
    row_line = 0
    for number, line in lines:
        if not line.strip():
            continue
        if not bars_only(line):
            pending.append((number, line.strip()))
            continue
        if pending:
            first = pending[0][0]
            if not cells:
                row_line = first
            cells.append(table.cell("\n".join(text for _, text in pending), first, len(cells)))
            pending = []
        else:
            table.row(cells, row_line or number, packed=False)
            cells = []
    if pending:
        cells.append(table.cell("\n".join(t for _, t in pending), pending[0][0], len(cells)))
    table.row(cells, row_line, packed=False)
