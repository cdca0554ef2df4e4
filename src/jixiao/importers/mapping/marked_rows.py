"""Rows of a one-cell-per-line stream in which a bare ``|`` line opens every row.

A sheet saved as HTML and flattened one cell per line (``投入指标 |`` … and a ``|`` alone
before each row) keeps no empty cell inside a row: the bare bar is the row's marker, and a
row whose 一级 label is merged with the row above simply has fewer cells. Such a row is
the grid's row with its leading label cells left out, so its cells are put under the
header's last columns. The stream reads this way only when every row between two markers
is at most the header's width, the cells it leaves out are label columns, and each
column holds one kind (labels or figures) wherever it is filled; a row that would leave
out more than its label cells (a last row the stream's end cut short: '资金使用合规性 | 10')
ends the rows.
"""

from __future__ import annotations

from copy import copy

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.sectioned_rows import rows_by_sections
from jixiao.importers.mapping.stream_rows import kind_of, labelled_span, rows_by_width

LABEL_ROLES = frozenset({"level1", "level2", None})
LEAST_ROWS = 2


def rows_below(cells: list[Cell], roles: list[str | None]) -> tuple[list[list[Cell]], int] | None:
    """The grid rows of ``cells``, the stream under a header of ``roles`` with its empty
    cells kept: cut at the header's width (:func:`rows_by_width`; a grid with label
    columns only where each row restates its labels, since merged ones differ in width),
    else opened by row markers (:func:`rows_by_markers`), else cut at the header's width
    where section rows prove it (:func:`rows_by_sections`)."""
    below, labelled = cells, "level1" in roles or "level2" in roles
    if labelled:
        below = below[: labelled_span(below, roles)]
    found = rows_by_width(below, len(roles), 1 if labelled else 2)
    found = found if found is not None else rows_by_markers(cells, roles)
    return found if found is not None else rows_by_sections(cells, len(roles))


def rows_by_markers(
    cells: list[Cell], roles: list[str | None]
) -> tuple[list[list[Cell]], int] | None:
    """The grid rows of ``cells`` (the stream under a header of ``roles``, empty cells
    kept), each as wide as the header, and how many cells they took; None when the
    stream does not read that way."""
    width = len(roles)
    rows: list[list[Cell]] = []
    at = taken = 0
    while at < len(cells) and not cells[at].text:
        end = at + 1
        while end < len(cells) and cells[end].text:
            end += 1
        run = cells[at + 1 : end]
        missing = width - len(run)
        if len(run) < 2 or missing < 0:
            break
        if any(role not in LABEL_ROLES for role in roles[:missing]):
            break
        rows.append(_placed(run, missing, cells[at]))
        at = taken = end
    if len(rows) < LEAST_ROWS or not any(len([c for c in row if c.text]) == width for row in rows):
        return None
    for col in range(width):
        if len({kind_of(row[col].text) for row in rows} - {"e"}) > 1:
            return None
    return rows, taken


def _placed(run: list[Cell], missing: int, marker: Cell) -> list[Cell]:
    """``run`` under the header's last columns, empty cells before it."""
    out: list[Cell] = []
    for col in range(missing):
        empty = copy(marker)
        empty.col = col
        out.append(empty)
    for col, cell in enumerate(run, start=missing):
        placed = copy(cell)
        placed.col = col
        out.append(placed)
    return out
