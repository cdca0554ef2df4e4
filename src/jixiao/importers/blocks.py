"""The intermediate form every reader produces: paragraphs and table rows, in order.

Readers (text, HTML, Word, Excel, PDF) only turn a file into this stream — the
"grid" — and the mappers (:mod:`jixiao.importers.assemble` and the header-driven
mapper) recognise the document's structure in it, so every format shares the same
understanding of a 绩效目标表.

The grid contract, the same whatever the format:

* ``Row.table`` numbers the tables of a file (1-based, in reading order) when the
  format shows where a table starts; rows of one table share it.
* ``Cell.col`` is the 0-based grid column, ``Cell.span`` its width (colspan) and
  ``Cell.rowspan`` its height: a vertically merged cell is one cell on its top
  row with ``rowspan`` > 1; the rows it covers hold an empty cell with
  ``covered=True`` at the same ``col``, so columns stay aligned.
* ``Row.packed``: the rendering dropped cells (merged or empty) and moved the
  rest to the left, padding the row at its end — as text renderings of web
  tables do (``购买发放李子苗 | 株 | = | 15000 | |||``). ``col`` is then the
  cell's ordinal in the row, not its grid column; a mapper re-aligns such rows
  from the right or by their headers.
* ``Row.stream``: a table flattened to one cell per line with nothing marking
  where rows end. Each such Row holds exactly one cell (``col`` 0) and
  consecutive stream rows of the same ``table`` are the table's cells in
  reading order, for the mapper to regroup into rows (by the header width).
* Every cell has a :class:`SourceRef` (line, or table/row/col, or sheet/cell).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.model.source import SourceRef
from jixiao.textnorm import clean_cell


@dataclass(slots=True)
class Cell:
    """One table cell: its raw text, clean text, grid position and where it came from."""

    raw: str
    source: SourceRef
    col: int
    span: int = 1
    rowspan: int = 1
    covered: bool = False  # the trace of a vertical merge from a row above
    text: str = field(init=False)
    # (raw, text) as read, kept by a mapper's first extend: a second reading of the same blocks
    # starts from the cells as the reader gave them (see :func:`undo_extensions`)
    as_read: tuple[str, str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.text = clean_cell(self.raw)

    def extend(self, more: str, separator: str = "\n", *, undoable: bool = False) -> None:
        """Append text that wrapped onto a following line or page; a mapper's extension
        (``undoable``) can be taken back by :func:`undo_extensions`, a reader's stays."""
        if undoable and self.as_read is None:
            self.as_read = (self.raw, self.text)
        self.raw = f"{self.raw}{separator}{more}" if self.raw else more
        self.text = clean_cell(self.raw)

    def located(self) -> SourceRef:
        """The source, remembering the raw text when cleaning changed it."""
        raw = self.raw.strip()
        return self.source.with_raw(raw) if raw != self.text else self.source


@dataclass(slots=True)
class Paragraph:
    """A line or paragraph outside tables."""

    raw: str
    source: SourceRef
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = clean_cell(self.raw)


@dataclass(slots=True)
class Row:
    """A table row; ``table`` numbers the table it belongs to when the format knows.

    ``packed`` and ``stream`` are explained in the module's grid contract.
    """

    cells: list[Cell]
    source: SourceRef
    table: int | None = None
    packed: bool = False
    stream: bool = False

    @property
    def texts(self) -> list[str]:
        return [cell.text for cell in self.cells]

    def filled(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.text]

    def is_empty(self) -> bool:
        return not any(cell.text for cell in self.cells)


Block = Paragraph | Row


def undo_extensions(blocks: list[Block]) -> None:
    """Give every cell a mapper extended (:meth:`Cell.extend`) its text as read back."""
    for block in blocks:
        if isinstance(block, Row):
            for cell in block.cells:
                if cell.as_read is not None:
                    cell.raw, cell.text = cell.as_read
                    cell.as_read = None


def link_rowspans(rows: list[Row]) -> None:
    """Give each vertically merged cell its ``rowspan`` from the covered cells below it."""
    origins: dict[int, Cell] = {}
    for row in rows:
        for cell in row.cells:
            if not cell.covered:
                origins[cell.col] = cell
            elif (origin := origins.get(cell.col)) is not None:
                origin.rowspan += 1
