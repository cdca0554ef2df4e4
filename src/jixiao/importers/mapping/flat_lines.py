"""Tables that lost their rows: streams of cells and whole tables flattened into one line.

A stream (one cell per line, or one line with single spaces between cells) is read
by finding its grid header run (:func:`header_run`) and regrouping the cells after
it by the header's width. When a line holds no usable header run — its header
scrambled, or its cells glued without separators — a self-evaluation's rows are read
by their cells' shapes (:mod:`jixiao.importers.mapping.shaped_rows`).
"""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.importers.blocks import Cell, Paragraph, Row
from jixiao.importers.mapping.glued import glued_header_run, labelled_within, next_project
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.paired_runs import paired_runs
from jixiao.importers.mapping.shaped_rows import (
    column_order,
    compact,
    glued_rows,
    header_start,
    spaced_rows,
)
from jixiao.importers.mapping.stream_rows import header_run
from jixiao.importers.mapping.vocabulary import normalise
from jixiao.importers.text_spaces import spaced_words
from jixiao.model.source import SourceRef

SHAPED_MIN_ROWS = 2  # rows read by their shapes alone: fewer is no table
SPACED_TABLE_MIN_CELLS = 12  # a flattened table's line: its header words and rows


@dataclass(slots=True)
class FlatTable:
    """Rows read by shape: the header-block cells before them, the columns' order
    (roles after the 三级指标 name) and the rows (a lone 一级 / 二级 label, or a name
    followed by one cell per column)."""

    head: list[Cell]
    order: list[str]
    rows: list[list[str]]
    # whether the line also holds a header run naming every column of ``order`` (then
    # the run, regrouping the cells by its width, reads the rows whatever their shapes)
    has_header_run: bool = False
    following: str = ""  # a second table glued after the rows: the next project's


def cells_of(texts: list[str], where: SourceRef) -> list[Cell]:
    return [Cell(raw=text, source=where, col=index) for index, text in enumerate(texts)]


def spaced_cells(para: Paragraph) -> list[Cell]:
    """A long line's words as cells (none when the line is too short to be a table)."""
    words = spaced_words(para.raw)
    if len(words) < SPACED_TABLE_MIN_CELLS:
        return []
    return [
        Cell(raw=word, source=para.source.at(col=index + 1), col=index)
        for index, word in enumerate(words)
    ]


def spaced_table(cells: list[Cell]) -> FlatTable | None:
    """Self-evaluation rows of a spaced line whose header is scrambled."""
    words = [cell.raw for cell in cells]
    order = column_order(words, scoring=True)
    start = header_start(words)  # (rows of figures above the header are budget lines)
    rows = [r for r in spaced_rows(words, order) if r[0] >= start] if order else []
    paired = order is not None and sum(1 for _, row in rows if len(row) > 1) < SHAPED_MIN_ROWS
    if paired and order is not None:
        rows = paired_runs(words, order, start)  # the PDF text gave column after column
    if order is None or sum(1 for _, row in rows if len(row) > 1) < SHAPED_MIN_ROWS:
        return None
    found = header_run(cells)
    header = parse_header(Row(cells=found[0], source=cells[0].source)) if found else None
    # (a scoring grid's 评价标准 prose breaks over many words, and columns given one
    # after the other have no rows to regroup: their rows go by shape)
    complete = header is not None and "value" in order and all(header.has(r) for r in order)
    complete = complete and not paired
    return FlatTable(cells[: rows[0][0]], order, [row for _, row in rows], complete)


def glued_table(para: Paragraph) -> FlatTable | None:
    """A self-evaluation table glued into one line: header block, header words, rows."""
    # the text as written (names keep their characters), else as compared
    bare = compact(para.text)
    found = glued_header_run(bare)
    if found is None:
        bare = normalise(para.text)
        found = glued_header_run(bare)
    order = column_order(found[0]) if found else None
    if found is None or order is None or found[2] == len(bare):
        return None
    rest = bare[found[2] :]
    cut = next_project(rest, para.source)
    rows = glued_rows(rest[:cut], order)
    if sum(1 for row in rows if len(row) > 1) < SHAPED_MIN_ROWS:
        return None
    head = labelled_within(bare[: found[1]], para.source) or []
    following = rest[cut:] if cut is not None else ""
    return FlatTable(head=head, order=order, rows=rows, following=following)
