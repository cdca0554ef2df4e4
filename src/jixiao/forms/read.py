"""Read a form back: its grid of cell texts, looked up by printed labels.

The grid comes from an Excel sheet (:meth:`SheetGrid.of`) or from a plain matrix of texts
(:meth:`SheetGrid.from_rows`, which :mod:`jixiao.forms.tables` fills from Word and PDF
tables). Errors name the file, the sheet or table and the cell (:class:`FormError`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.importers.errors import ImportFailed
from jixiao.importers.xlsx_reader import cell_text
from jixiao.model.source import SourceRef
from jixiao.textnorm.digit_groups import AmbiguousDigits, typed_digits


class FormError(ImportFailed):
    """A form could not be read: names the file, the sheet or table, and the cell.

    ``place`` is worded for the reader (工作表“项目1”, 第2张表“…”（第3页起）); ``cell``
    likewise (C7单元格, 第3页表4第5行第2列).
    """

    def __init__(self, file: str, place: str | None, cell: str | None, message: str) -> None:
        where = " ".join(part for part in (place, cell) if part)
        super().__init__(file, f"{where}：{message}" if where else message)
        self.place = place
        self.cell = cell


def sheet_place(title: str) -> str:
    """How an error names an Excel worksheet."""
    return f"工作表“{title}”"


def open_workbook(path: Path) -> Workbook:
    try:
        return load_workbook(path, data_only=True)
    except Exception as error:  # damaged workbooks fail in many ways inside openpyxl
        raise ImportFailed(
            path.name, f"不是有效的 Excel 工作簿（{type(error).__name__}）"
        ) from None


def _normal(text: str) -> str:
    return "".join(text.split())


@dataclass
class SheetGrid:
    """A form's cell texts on its grid, from an Excel sheet, a Word table or a PDF table.

    A merged area holds its text at its top-left place; the other places it covers are
    "" and listed in ``covered``. ``title`` is the sheet's name, or for a Word or PDF form
    how errors name it; ``sources`` says where each of its rows was read (None for an
    Excel sheet, whose cells are named A1-style).
    """

    file: str
    title: str
    texts: list[list[str]]
    covered: set[tuple[int, int]] = field(default_factory=set)
    sources: list[SourceRef] | None = None

    @classmethod
    def of(cls, worksheet: Worksheet, file: str) -> SheetGrid:
        texts = [
            [cell_text(c.value, c.number_format) for c in row]
            for row in worksheet.iter_rows(min_row=1, max_row=worksheet.max_row)
        ]
        covered = {
            (row - 1, col - 1)
            for m in worksheet.merged_cells.ranges
            for row in range(m.min_row, m.max_row + 1)
            for col in range(m.min_col, m.max_col + 1)
            if (row, col) != (m.min_row, m.min_col)
        }
        return cls(file=file, title=worksheet.title, texts=texts, covered=covered)

    @classmethod
    def from_rows(
        cls,
        file: str,
        title: str,
        rows: Sequence[Sequence[str | None]],
        sources: list[SourceRef] | None = None,
    ) -> SheetGrid:
        """A grid from a plain matrix of cell texts, None where a merged cell covers the
        place (as pdfplumber's ``extract()`` gives a table)."""
        texts = [[text or "" for text in row] for row in rows]
        covered = {(r, c) for r, row in enumerate(rows) for c, t in enumerate(row) if t is None}
        return cls(file=file, title=title, texts=texts, covered=covered, sources=sources)

    @staticmethod
    def ref(row: int, col: int) -> str:
        """The A1 reference of a 0-based (row, col)."""
        return f"{get_column_letter(col + 1)}{row + 1}"

    def error(self, row: int | None, col: int | None, message: str) -> FormError:
        if self.sources is None:
            ref = f"{self.ref(row, col)}单元格" if row is not None and col is not None else None
            return FormError(self.file, sheet_place(self.title), ref, message)
        where = None
        if row is not None and row < len(self.sources):
            source = self.sources[row].at(col=None if col is None else col + 1)
            where = source.describe().removeprefix(source.file).strip()
        return FormError(self.file, self.title, where, message)

    def find(self, text: str, *, start: int = 0) -> tuple[int, int] | None:
        """The first cell (row, col) from row ``start`` whose text is ``text``."""
        wanted = _normal(text)
        for r in range(start, len(self.texts)):
            for c, value in enumerate(self.texts[r]):
                if value and _normal(value) == wanted:
                    return r, c
        return None

    def require(self, text: str, *, start: int = 0) -> tuple[int, int]:
        found = self.find(text, start=start)
        if found is None:
            raise self.error(None, None, f"找不到“{text}”，不是本系统的表格式")
        return found

    def at(self, row: int, col: int) -> str:
        if row < len(self.texts) and col < len(self.texts[row]):
            return self.texts[row][col].strip()
        return ""

    def after(self, text: str) -> str:
        """The text of the cell right after the label ``text`` (and its merged area)."""
        row, col = self.require(text)
        col += 1
        while (row, col) in self.covered:
            col += 1
        return self.at(row, col)

    def below(self, text: str) -> tuple[str, int, int]:
        """The text under the label ``text`` (same column, next row), and where it is."""
        row, col = self.require(text)
        return self.at(row + 1, col), row + 1, col

    def records(
        self, columns: dict[str, int], start: int, end: int | None = None
    ) -> Iterator[tuple[int, dict[str, str]]]:
        """(row, texts by column name) of the non-empty rows from ``start`` to ``end``."""
        for row in range(start, len(self.texts) if end is None else end):
            texts = {name: self.at(row, col) for name, col in columns.items()}
            if any(texts.values()):
                yield row, texts

    def number(self, value: str, row: int, col: int) -> Decimal | None:
        """A cell's number ("" → None); a percentage "50%" reads as 0.5."""
        text = value.strip()
        if not text or text in {"—", "-", "/"}:
            return None
        try:
            text = typed_digits(text)
        except AmbiguousDigits as ambiguous:
            raise self.error(row, col, str(ambiguous)) from None
        percent = text.endswith("%")
        try:
            number = Decimal(text.rstrip("%"))
        except InvalidOperation:
            raise self.error(row, col, f"“{value}”不是数字") from None
        return number / 100 if percent else number
