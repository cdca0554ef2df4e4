"""Writing an Excel sheet row by row in the 财政厅 look: cell looks, values as typed,
number formats, valid sheet names and rows tall enough for their wrapped text.

Shared by the plan workbook (:mod:`jixiao.exporters.plan_xlsx`), its blank template and the
monitoring and self-evaluation forms.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "宋体"
SHEET_TITLE_FORBIDDEN = str.maketrans({c: "" for c in "[]:*?/\\：＊？／＼"})
_MAX_ROW_HEIGHT = 409.0  # Excel's limit, in points
_LINE_HEIGHT = 15.0

# -- looks ------------------------------------------------------------------------------

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="F2F2F2")


@dataclass(frozen=True, slots=True)
class Look:
    """How a cell looks: font, alignment, border, fill and number format."""

    font: Font
    alignment: Alignment
    bordered: bool = True
    fill: PatternFill | None = None
    number_format: str | None = None

    def with_format(self, number_format: str) -> Look:
        return Look(self.font, self.alignment, self.bordered, self.fill, number_format)


def _font(size: float = 11, *, bold: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold)


def _align(horizontal: str, vertical: str = "center", *, wrap: bool = True) -> Alignment:
    return Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)


TITLE = Look(_font(16, bold=True), _align("center"), bordered=False)
HEADING = Look(_font(12, bold=True), _align("left"), bordered=False)
PLAIN = Look(_font(), _align("left"), bordered=False)
PLAIN_RIGHT = Look(_font(), _align("right"), bordered=False)
LABEL = Look(_font(bold=True), _align("center"), fill=_HEADER_FILL)
TEXT = Look(_font(), _align("left"))
PROSE = Look(_font(), _align("left", "top"))
CENTER = Look(_font(), _align("center"))
NUMBER = Look(_font(), _align("right", wrap=False))


# -- values ------------------------------------------------------------------------------


Value = str | int | float | Decimal | None
"""What the writer puts in a cell."""


def _set_value(cell: Cell, value: Value) -> None:
    """Write a value; text is always text, even when it starts with "=" (e.g. "=100%")."""
    if value is None or value == "":
        return
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def amount_format(value: Decimal) -> str:
    """The number format of an amount in 万元: two decimals, more when the value has them."""
    return "0." + "0" * max(2, _decimals(value))


def percent_format(percent: Decimal) -> str:
    """The percent format that shows ``percent`` (e.g. 33.33) without rounding it."""
    places = _decimals(percent)
    return "0%" if places == 0 else "0." + "0" * places + "%"


def sheet_title(index: int, name: str) -> str:
    """A valid, unique (numbered) sheet name of at most 31 characters: "3.办公设备购置"."""
    short = name.translate(SHEET_TITLE_FORBIDDEN).strip().strip("'")
    return (f"{index}.{short}" if short else f"项目{index}")[:31]


def _display_width(text: str) -> int:
    """Width in Excel column units: a Chinese character takes about two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _lines_needed(text: str, width: float) -> int:
    per_line = max(1.0, width - 1)
    return sum(max(1, math.ceil(_display_width(line) / per_line)) for line in text.split("\n"))


# -- a sheet being written ----------------------------------------------------------------


class Sheet:
    """Writes rows top to bottom on a sheet with fixed column widths."""

    def __init__(self, worksheet: Worksheet, widths: Sequence[float]) -> None:
        self.ws = worksheet
        self.widths = tuple(widths)
        self.row = 0
        for index, width in enumerate(self.widths, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = width
        worksheet.sheet_view.zoomScale = 100

    @property
    def last_col(self) -> int:
        return len(self.widths)

    def next_row(self) -> int:
        self.row += 1
        return self.row

    def put(
        self,
        row: int,
        col: int,
        value: Value,
        look: Look,
        *,
        to_row: int | None = None,
        to_col: int | None = None,
    ) -> None:
        """Write ``value`` at (row, col), merged down to (to_row, to_col) when given."""
        to_row, to_col = to_row or row, to_col or col
        if (to_row, to_col) != (row, col):
            self.ws.merge_cells(start_row=row, start_column=col, end_row=to_row, end_column=to_col)
        anchor = self.ws.cell(row=row, column=col)
        assert isinstance(anchor, Cell)
        _set_value(anchor, value)
        if look.number_format:
            anchor.number_format = look.number_format
        for r in range(row, to_row + 1):
            for c in range(col, to_col + 1):
                self._style(self.ws.cell(row=r, column=c), look)

    @staticmethod
    def _style(cell: Cell | MergedCell, look: Look) -> None:
        cell.font = look.font
        cell.alignment = look.alignment
        if look.bordered:
            cell.border = _BORDER
        if look.fill is not None:
            cell.fill = look.fill

    def paragraph(self, text: str, look: Look, height: float | None = None) -> int:
        """A full-width merged row: a title, a heading or prose."""
        row = self.next_row()
        self.put(row, 1, text, look, to_col=self.last_col)
        self.fit(row, [(text, sum(self.widths))], minimum=height)
        return row

    def fit(
        self, row: int, texts: Sequence[tuple[str, float]], minimum: float | None = None
    ) -> None:
        """Make ``row`` tall enough for its wrapped texts (Excel does not for merged cells)."""
        lines = max((_lines_needed(text, width) for text, width in texts if text), default=1)
        height = max(minimum or _LINE_HEIGHT + 5, lines * _LINE_HEIGHT + 5)
        self.ws.row_dimensions[row].height = min(_MAX_ROW_HEIGHT, height)

    def width_of(self, col: int, to_col: int | None = None) -> float:
        return sum(self.widths[col - 1 : (to_col or col)])

    def set_up_page(self, *, landscape: bool, header_rows: int) -> None:
        self.ws.page_setup.orientation = "landscape" if landscape else "portrait"
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        self.ws.freeze_panes = f"A{header_rows + 1}"
