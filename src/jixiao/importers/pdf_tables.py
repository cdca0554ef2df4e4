"""The ruled tables of a PDF page, read into rows of cells as the Word reader gives them.

pdfplumber finds each table's cells (their rectangles); here they are placed on the
table's column grid (from the cells' left and right edges), so a cell spanning columns
has ``span`` > 1 and the part of a vertically merged cell lying in a lower row is an
empty cell. Rows a page's foot cut (no closing rule) and cells merged down onto the
next page are found from the vertical rules. A one-column "table" is prose in a frame:
its lines are paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from jixiao.importers.blocks import Cell, Paragraph, Row
from jixiao.importers.pdf_lines import Char, PlacedBlock, group_lines, join_line, separator
from jixiao.model.source import SourceRef

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
SNAP = 1.5  # points: edges closer than this are the same grid line


def snap(values: Iterable[float]) -> list[float]:
    """Distinct grid lines: values closer than :data:`SNAP` are one."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > SNAP:
            out.append(value)
    return out


def _grid_index(grid: list[float], value: float) -> int:
    return min(range(len(grid)), key=lambda i: abs(grid[i] - value))


def is_inside(char: Char, box: Box) -> bool:
    x0, top, x1, bottom = box
    cx = (float(char["x0"]) + float(char["x1"])) / 2
    cy = (float(char["top"]) + float(char["bottom"])) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _cell_text(chars: list[Char], box: Box) -> str:
    lines = group_lines(chars)
    if not lines:
        return ""
    # The cell's padding, seen at its left edge; centred or right-aligned text stands
    # farther in, but no cell is padded by more than a character.
    padding = max(0.0, min(line.x0 for line in lines) - box[0])
    padding = min(padding, max(line.size for line in lines))
    right = box[2] - padding
    text = lines[0].text
    for previous, line in pairwise(lines):
        text = join_line(text, line.text, separator(previous, line, right))
    return text


def table_extent(bbox: Box, rules: list[dict[str, Any]]) -> Box:
    """The table's box grown along its vertical rules: a row cut by the page's foot
    (or head) has side rules but no rule closing it, so no cell is found there."""
    x0, top, x1, bottom = bbox
    for edge in rules:
        if not x0 - SNAP <= edge["x0"] <= x1 + SNAP:
            continue
        if edge["top"] <= bottom + SNAP and edge["bottom"] >= top - SNAP:
            top, bottom = min(top, float(edge["top"])), max(bottom, float(edge["bottom"]))
    return (x0, top, x1, bottom)


def uncovered_cells(
    cells: list[Box], columns: list[float], area: Box, rules: list[dict[str, Any]]
) -> list[Box]:
    """Boxes for the grid places no cell covers, one per run of rows in a column.

    A cell merged down over rows running onto the next page has no bottom rule on
    this page, so pdfplumber finds no cell there — yet its text (一级指标) is there.
    """
    # A rule under a row starts the next one, even when that row, cut by the page's
    # foot, has no rule of its own below it.
    _, top, _, bottom = area
    tops = snap([top] + [c[1] for c in cells] + [c[3] for c in cells if c[3] < bottom - SNAP])
    bottoms = [*tops[1:], bottom]
    covered: set[tuple[int, int]] = set()
    for x0, top, x1, low in cells:
        first, last = _grid_index(columns, x0), _grid_index(columns, x1)
        for row, row_top in enumerate(tops):
            if top - SNAP <= row_top < low - SNAP:
                covered.update((row, col) for col in range(first, last))
    boxes: list[Box] = []
    for col in range(len(columns) - 1):
        run: list[int] = []
        for row in [*range(len(tops)), -1]:
            if row >= 0 and (row, col) not in covered:
                run.append(row)
                continue
            if run:
                boxes.append((columns[col], tops[run[0]], columns[col + 1], bottoms[run[-1]]))
                run = []
    return _join_unruled(boxes, rules)


def _join_unruled(boxes: list[Box], rules: list[dict[str, Any]]) -> list[Box]:
    """Side-by-side boxes of the same rows with no vertical rule between them: one cell."""
    joined: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[3], b[0])):
        if joined:
            x0, top, x1, bottom = joined[-1]
            middle = (top + bottom) / 2
            ruled = any(
                abs(rule["x0"] - x1) < SNAP and rule["top"] <= middle <= rule["bottom"]
                for rule in rules
            )
            if (top, bottom) == (box[1], box[3]) and abs(x1 - box[0]) < SNAP and not ruled:
                joined[-1] = (x0, top, box[2], bottom)
                continue
        joined.append(box)
    return joined


def table_rows(
    cells: list[Box], columns: list[float], chars: list[Char], here: SourceRef
) -> list[PlacedBlock]:
    tops = snap([c[1] for c in cells])
    by_row: dict[int, list[tuple[int, int, Box]]] = {}
    for box in cells:
        col = _grid_index(columns, box[0])
        span = max(1, _grid_index(columns, box[2]) - col)
        by_row.setdefault(_grid_index(tops, box[1]), []).append((col, span, box))
    placed: list[PlacedBlock] = []
    texts = {box: _cell_text([c for c in chars if is_inside(c, box)], box) for box in cells}
    for number, top in enumerate(tops, start=1):
        source = here.at(row=number)
        row_cells = [
            Cell(
                raw=texts[box],
                source=source.at(col=col + 1),
                col=col,
                span=span,
                rowspan=max(1, sum(1 for t in tops if box[1] - SNAP <= t < box[3] - SNAP)),
            )
            for col, span, box in sorted(by_row.get(number - 1, []), key=lambda t: t[0])
        ]
        # Parts of cells merged down from a row above: empty cells, as in Word.
        for box in cells:
            if box[1] < top - SNAP and box[3] > top + SNAP:
                col = _grid_index(columns, box[0])
                span = max(1, _grid_index(columns, box[2]) - col)
                here_col = source.at(col=col + 1)
                row_cells.append(Cell(raw="", source=here_col, col=col, span=span, covered=True))
        row_cells.sort(key=lambda c: c.col)
        if len(row_cells) == 1 and row_cells[0].span == len(columns) - 1:
            # One cell across the whole table: a framed paragraph, as in Excel forms.
            placed.extend(
                PlacedBlock(top, Paragraph(raw=part, source=source))
                for part in row_cells[0].raw.split("\n")
                if part.strip()
            )
            continue
        placed.append(PlacedBlock(top, Row(cells=row_cells, source=source, table=here.table)))
    return placed


def boxed_paragraphs(cells: list[Box], chars: list[Char], here: SourceRef) -> list[PlacedBlock]:
    """The text of a one-column "table" (prose in a frame): a paragraph per line it
    breaks, as the Excel reader reads a text cell."""
    placed: list[PlacedBlock] = []
    for number, box in enumerate(sorted(cells, key=lambda b: b[1]), start=1):
        text = _cell_text([c for c in chars if is_inside(c, box)], box)
        for part in text.split("\n"):
            if part.strip():
                placed.append(PlacedBlock(box[1], Paragraph(raw=part, source=here.at(row=number))))
    return placed
