"""Rows of a one-cell-per-line stream cut at its header's width, proved by its section rows.

A grid flattened one cell per line with every cell kept (each closed by a ``|`` of its
own, an empty cell a bare ``|``) needs no row marks: the header's width cuts it. Where
its columns mix figures and words (an old framework's 目标值 '6475' above '专账核算'),
the check that each column holds one kind cannot tell the width is right; its section
rows can: '一、投入目标' or '1.数量目标' followed by as many empty cells as the header
has columns but one. The stream reads this way when every slice of the header's width
opens with a filled cell, one slice at least is such a section row and two at least are
rows (two cells filled or more); the rows end at the first slice that opens empty, and a
last slice the end of the text cut short is left out.
"""

from __future__ import annotations

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.stream_rows import renumbered

LEAST_ROWS = 2
LEAST_EMPTIES = 2  # a section row's empty cells: a narrower grid proves nothing


def rows_by_sections(cells: list[Cell], width: int) -> tuple[list[list[Cell]], int] | None:
    """The slices of ``cells`` at ``width`` (section rows among them) and how many cells
    they took; None when the stream does not read that way."""
    if width - 1 < LEAST_EMPTIES:
        return None
    rows: list[list[Cell]] = []
    taken = sections = filled_rows = 0
    while taken + width <= len(cells):
        chunk = cells[taken : taken + width]
        if not chunk[0].text:
            break
        filled = sum(1 for cell in chunk if cell.text)
        sections += filled == 1
        filled_rows += filled >= 2
        rows.append(renumbered(chunk))
        taken += width
    if not sections or filled_rows < LEAST_ROWS:
        return None
    return rows, taken
