"""A bar-rendered table whose bar stands *before* each cell, one cell per line.

A page flattened this way prints a row's first cell at the start of a line and every
further cell on an indented line of its own, opening with a bar; a cell's text that
wraps goes on an indented line without a bar, and a row may end with a line of bars::

    项目决策
            | 数量指标
            | 宣传次数
            | 至少全年完成2次宣传
            | 已完成100%
            | |
    质量指标
            | 创建质量
    ...
    项目效益
            | 社会效益
           指标

So a line at the margin opens a row, a ``| cell`` line adds a cell (``| `` alone an
empty one), an indented line without a bar continues the last cell and a line of bars
only is the row's padding. Recognised when most bar lines open with their bar and hold
one cell, and the lines without a bar are at the margin or indented continuations.
"""

from __future__ import annotations

from jixiao.importers.blocks import Block, Cell, Row
from jixiao.model.source import SourceRef

NumberedLine = tuple[int, str]


def _bar_cell(line: str) -> str | None:
    """The cell of a line opening with its bar ('    | 数量指标' -> '数量指标', '    | ' an
    empty cell), or None (no bar first, or more bars: padding or several cells)."""
    text = line.strip()
    if not text.startswith("|"):
        return None
    rest = text[1:].strip()
    return None if "|" in rest else rest


def is_lead_bar_table(lines: list[NumberedLine]) -> bool:
    """Whether the lines read as cells each led by a bar (see the module's note)."""
    bar_lines = [line for _, line in lines if "|" in line and line.strip().strip("|").strip()]
    if len(bar_lines) < 3:
        return False
    led = sum(1 for line in bar_lines if _bar_cell(line) is not None)
    margin = sum(1 for _, line in lines if "|" not in line and line.strip() and line[0] != " ")
    return led * 10 >= len(bar_lines) * 9 and margin >= 2


def read_lead_bars(lines: list[NumberedLine], file: str, number: int) -> tuple[list[Block], int]:
    """The rows of one such table; returns them and the table number used."""
    number += 1
    blocks: list[Block] = []
    row: Row | None = None
    for line_number, line in lines:
        if not line.strip():
            continue
        cell = _bar_cell(line)
        if cell is None and "|" in line:
            cells = [part.strip() for part in line.strip().strip("|").split("|")]
            if not any(cells):
                continue  # a line of bars: the row's padding
        elif cell is None and line[0] == " " and row is not None:
            row.cells[-1].extend(line.strip())  # a cell's text wrapped onto this line
            continue
        elif cell is None:
            cells, row = [line.strip()], None  # a line at the margin opens the next row
        else:
            cells = [cell]
        if row is None:
            here = SourceRef(file=file, line=line_number)
            row = Row(cells=[], source=here, table=number, packed=True)
            blocks.append(row)
        for text in cells:  # (a line with several cells gives them all)
            source = SourceRef(file=file, line=line_number, col=len(row.cells) + 1)
            row.cells.append(Cell(raw=text, source=source, col=len(row.cells)))
    return blocks, number
