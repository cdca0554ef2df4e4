"""Read a form back from Excel: the sheet as a text grid, looked up by printed labels.

Errors name the file, the sheet and the cell (:class:`FormError`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.importers.errors import ImportFailed
from jixiao.importers.xlsx_reader import cell_text


class FormError(ImportFailed):
    """A form cell could not be read: names the file, the sheet and the cell."""

    def __init__(self, file: str, sheet: str, cell: str | None, message: str) -> None:
        where = f"工作表“{sheet}”" + (f" {cell}单元格" if cell else "")
        super().__init__(file, f"{where}：{message}")
        self.sheet = sheet
        self.cell = cell


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
    """A worksheet's cell texts (merged areas hold their text at the top-left cell only)."""

    file: str
    title: str
    texts: list[list[str]]
    spans: dict[tuple[int, int], int] = field(default_factory=dict)  # merged widths

    @classmethod
    def of(cls, worksheet: Worksheet, file: str) -> SheetGrid:
        texts = [
            [cell_text(c.value, c.number_format) for c in row]
            for row in worksheet.iter_rows(min_row=1, max_row=worksheet.max_row)
        ]
        spans = {
            (m.min_row - 1, m.min_col - 1): m.max_col - m.min_col + 1
            for m in worksheet.merged_cells.ranges
        }
        return cls(file=file, title=worksheet.title, texts=texts, spans=spans)

    @staticmethod
    def ref(row: int, col: int) -> str:
        """The A1 reference of a 0-based (row, col)."""
        return f"{get_column_letter(col + 1)}{row + 1}"

    def error(self, row: int | None, col: int | None, message: str) -> FormError:
        ref = self.ref(row, col) if row is not None and col is not None else None
        return FormError(self.file, self.title, ref, message)

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
        return self.at(row, col + self.spans.get((row, col), 1))

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
        text = value.replace(",", "").strip()
        if not text or text in {"—", "-", "/"}:
            return None
        percent = text.endswith("%")
        try:
            number = Decimal(text.rstrip("%"))
        except InvalidOperation:
            raise self.error(row, col, f"“{value}”不是数字") from None
        return number / 100 if percent else number
