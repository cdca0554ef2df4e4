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

from collections.abc import Callable
from dataclasses import dataclass, field

from jixiao.model.source import SourceRef
from jixiao.model.source_map import SourceMap, Texts, cell_of_line, cell_of_text_line
from jixiao.textnorm import clean_cell


class Cell:
    """One table cell: its raw text, clean text, grid position and where it came from.

    A plain slotted class, not a dataclass: a text import creates one per cell, ten per
    indicator, and the generated ``__init__`` plus ``__post_init__`` cost twice this one.
    A cell of a text line (:class:`LineCell`) keeps the line's :class:`SourceRef` and builds
    its own (the line and its column) only when asked for: most cells of a document
    (labels, empty cells) never are. Equal as a dataclass would be: field by field.
    """

    __slots__ = ("_line", "_source", "as_read", "col", "covered", "raw", "rowspan", "span", "text")

    def __init__(
        self,
        raw: str,
        source: SourceRef,
        col: int,
        span: int = 1,
        rowspan: int = 1,
        covered: bool = False,  # the trace of a vertical merge from a row above
    ) -> None:
        self.raw = raw
        self.text = clean_cell(raw)
        self.col = col
        self.span = span
        self.rowspan = rowspan
        self.covered = covered
        # (raw, text) as read, kept by a mapper's first extend: a second reading of the same
        # blocks starts from the cells as the reader gave them (see :func:`undo_extensions`)
        self.as_read: tuple[str, str] | None = None
        self._source: SourceRef | None = source
        self._line: SourceRef | None = None

    @property
    def source(self) -> SourceRef:
        source = self._source
        if source is None:
            line = self._line
            assert line is not None
            # positional: the cell's column on its line, every other part of the line's place
            source = self._source = SourceRef(
                line.file, line.page, line.line, line.table, line.row, self.col + 1, line.sheet,
                line.cell, line.raw,
            )  # fmt: skip
        return source

    @source.setter
    def source(self, source: SourceRef) -> None:
        self._source, self._line = source, None

    def _fields(self) -> tuple[object, ...]:
        return (
            self.raw, self.source, self.col, self.span, self.rowspan, self.covered, self.text,
            self.as_read,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cell):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, equal by value: as a dataclass

    def __repr__(self) -> str:
        return f"Cell(raw={self.raw!r}, source={self.source!r}, col={self.col!r})"

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


class LineCell(Cell):
    """The cell in 0-based column ``col`` of a text line read from ``line``: its source is
    that line at the 1-based column, made when first asked for."""

    __slots__ = ()

    def __init__(self, raw: str, line: SourceRef, col: int, text: str | None = None) -> None:
        # every slot set here, not through Cell.__init__: one call per cell, not two
        self.raw = raw
        self.text = clean_cell(raw) if text is None else text
        self.col = col
        self.span = self.rowspan = 1
        self.covered = False
        self.as_read = None
        self._source = None
        self._line = line


@dataclass(slots=True)
class Paragraph:
    """A line or paragraph outside tables."""

    raw: str
    source: SourceRef
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = clean_cell(self.raw)


class Row:
    """A table row; ``table`` numbers the table it belongs to when the format knows.

    ``packed`` and ``stream`` are explained in the module's grid contract.

    A row of a text line (:meth:`of_line`) keeps the line's strings and their clean texts
    and makes its :class:`Cell` objects only when ``cells`` is first asked for: the Hebei
    assembler reads most rows by their ``texts`` and :meth:`located` alone, so most rows
    of a 文本 never make any (a cell per value was a fifth of the import's cost). A plain
    slotted class, equal field by field as the dataclass it replaced.
    """

    __slots__ = ("_cells", "_file", "_line", "_number", "_parts", "_retexted", "_source", "_texts",
                 "packed", "stream", "table")  # fmt: skip

    def __init__(
        self,
        cells: list[Cell],
        source: SourceRef,
        table: int | None = None,
        packed: bool = False,
        stream: bool = False,
    ) -> None:
        self._cells: list[Cell] | None = cells
        self._parts: list[str] | None = None
        self._texts: list[str] | None = None
        self._line = ""
        self._retexted = False
        self._source: SourceRef | None = source
        self._file = ""
        self._number = 0
        self.table = table
        self.packed = packed
        self.stream = stream

    @classmethod
    def of_line(cls, parts: list[str], source: SourceRef, line: str | None = None) -> Row:
        """The row whose cells are ``parts`` (from column 0) of the text ``line`` at
        ``source``: ``line.split("\\t")`` (the parts joined by tabs when not given)."""
        row = cls.__new__(cls)
        row._cells = None
        row._parts = parts
        row._texts = list(map(clean_cell, parts))
        row._line = "\t".join(parts) if line is None else line
        row._retexted = False
        row._source = source
        row.table = None
        row.packed = row.stream = False
        return row

    @classmethod
    def at_line(cls, parts: list[str], file: str, number: int, line: str) -> Row:
        """:meth:`of_line` for the line ``number`` of a text ``file``, whose place
        ``SourceRef(file, line=number)`` is made only when asked for (an indicator's row
        never asks: its sources hold the file and the number)."""
        row = cls.__new__(cls)  # (of_line written out: one call per line of a document)
        row._cells = None
        row._parts = parts
        row._texts = list(map(clean_cell, parts))
        row._line = line
        row._retexted = False
        row._source = None
        row._file, row._number = file, number
        row.table = None
        row.packed = row.stream = False
        return row

    @property
    def source(self) -> SourceRef:
        source = self._source
        if source is None:
            source = self._source = SourceRef(self._file, None, self._number)
        return source

    @source.setter
    def source(self, source: SourceRef) -> None:
        self._source = source

    @property
    def cells(self) -> list[Cell]:
        cells = self._cells
        if cells is None:
            parts, texts, line = self._parts, self._texts, self.source
            assert parts is not None and texts is not None
            cells = self._cells = [
                LineCell(part, line, col, text)
                for col, (part, text) in enumerate(zip(parts, texts, strict=True))
            ]
            self._parts = self._texts = None
        return cells

    @property
    def texts(self) -> list[str]:
        """The clean text of every cell (a list to read, not to change)."""
        texts = self._texts
        if texts is None:
            return [cell.text for cell in self.cells]
        return texts

    def raws(self) -> list[str]:
        """The raw text of every cell (a list to read, not to change)."""
        parts = self._parts
        return [cell.raw for cell in self.cells] if parts is None else parts

    @property
    def lazy(self) -> bool:
        """Whether the row still holds its line's strings, with no cell made yet."""
        return self._cells is None

    def located(self, col: int) -> SourceRef:
        """``self.cells[col].located()``, without making the cells of a lazy row."""
        parts, texts = self._parts, self._texts
        if parts is None or texts is None:
            return self.cells[col].located()
        if self._source is None:  # (a tab line's place is not made for its cell's either)
            return cell_of_text_line(self._file, self._number, parts[col], texts[col], col)
        return cell_of_line(self._source, parts, texts, col)

    def located_all(self, indices: dict[str, int]) -> dict[str, SourceRef]:
        """Each key's :meth:`located` of the cell at its index, in one pass."""
        parts, texts = self._parts, self._texts
        if parts is None or texts is None:
            cells = self.cells
            return {key: cells[index].located() for key, index in indices.items()}
        line = self.source
        return {key: cell_of_line(line, parts, texts, index) for key, index in indices.items()}

    def line_located(
        self, indices: dict[str, int]
    ) -> tuple[SourceRef, str, Texts, dict[str, int]] | None:
        """What :meth:`located_all` reads, for :meth:`SourceMap.set_line` to locate later;
        None once the row made its cells (whose sources may have been changed)."""
        texts = self._texts
        if texts is None:
            return None
        # the clean texts are clean_cell's of the parts unless a mapper changed them
        return self.source, self._line, texts if self._retexted else clean_cell, indices

    def line_sources(
        self, indices: dict[str, int], later: dict[str, SourceRef] | None = None
    ) -> SourceMap:
        """A :class:`SourceMap` locating each key of ``indices`` at its cell of this text
        line, then ``later``'s fields (:meth:`SourceMap.of_line`); only on a lazy row."""
        texts = self._texts
        assert texts is not None
        clean = texts if self._retexted else clean_cell
        if self._source is None:  # (the line's place is not made for its sources either)
            return SourceMap.of_text_line(
                self._file, self._number, self._line, clean, indices, later
            )
        return SourceMap.of_line(self._source, self._line, clean, indices, later)

    def retext(self, fix: Callable[[str], str]) -> None:
        """Replace every cell's clean text by ``fix`` of it (the raw text stays)."""
        if self._texts is not None:
            self._texts = list(map(fix, self._texts))
            self._retexted = True
            return
        for cell in self.cells:
            cell.text = fix(cell.text)

    def filled(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.text]

    def is_empty(self) -> bool:
        return not any(self.texts)

    def _fields(self) -> tuple[object, ...]:
        return (self.cells, self.source, self.table, self.packed, self.stream)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Row):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, equal by value: as a dataclass

    def __repr__(self) -> str:
        return (
            f"Row(cells={self.cells!r}, source={self.source!r}, table={self.table!r}, "
            f"packed={self.packed!r}, stream={self.stream!r})"
        )


Block = Paragraph | Row


def undo_extensions(blocks: list[Block]) -> None:
    """Give every cell a mapper extended (:meth:`Cell.extend`) its text as read back."""
    for block in blocks:
        if isinstance(block, Row) and not block.lazy:  # (a lazy row was never extended)
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
