"""Read an Excel workbook (.xlsx / .xlsm) into paragraphs and rows.

Sheets are read in order, rows top to bottom; the shared assembler then finds the
document's structure, exactly as for a text rendering or a Word file.

* 段落 (Paragraph): a row whose only non-empty cell is in the sheet's first used
  column (merged across the used width or not) — titles such as "XXX绩效目标表",
  "第一部分 部门整体绩效目标" and prose — or is a heading wherever it stands (a
  title typed in a middle cell). Not a label beside an empty merged box: that is a
  form field left blank ("绩效目标 | (empty)") and stays a row. A line break inside
  a paragraph cell (Alt+Enter) separates paragraphs, as in Word, unless the whole
  cell is one heading. A short name alone in the first, unmerged cell inside a table
  (table rows above, and below or only such names to its end) is a row whose figures
  are empty (a 科目 with no amount). The used area counts only cells with values.
* 表格行 (Row): every other non-empty row, one :class:`Cell` per cell that is not
  covered by a merge. A merged range gives one cell at its top-left with ``col``
  (0-based sheet column) and ``span`` (its width); the rows below the top of a
  vertical merge get an empty cell in its place, so columns stay aligned.
* Numbers are written as a person reads them, exactly (``Decimal``): 5.91 stays
  "5.91", 100.0 is "100", a percent-formatted 0.75 is "75%"; the places and grouping
  of the cell's number format are shown but never round (29 as "0.00" is "29.00",
  2449.61 as "#,##0.00" is "2,449.61", 5.125 as "0.00" stays "5.125"). Formulas give their
  value as last calculated by Excel (a workbook never opened in Excel has none), except
  a constant typed as ``=100%``: its text (:mod:`jixiao.importers.xlsx_formulas`).
* 一个项目一张表: a sheet that holds a 绩效目标表 (it has a 项目名称 label) but no
  "…绩效目标表" title gets a synthetic title "<sheet title>绩效目标表" at its top,
  so each such sheet still starts a new project (named after the sheet until its
  项目名称 cell says otherwise).
* Hidden sheets (dropdown lists), hidden rows and columns (:mod:`xlsx_hidden`) and
  instruction sheets named 填表说明 / 说明 are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.importers import labels
from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.importers.errors import ImportFailed
from jixiao.importers.headings import HeadingKind, classify
from jixiao.importers.xlsx_formulas import TypedCells, typed_constants
from jixiao.importers.xlsx_hidden import hidden_lines
from jixiao.model.source import SourceRef
from jixiao.textnorm import clean_cell

INSTRUCTION_SHEETS = frozenset({"填表说明", "填报说明", "说明", "使用说明"})
"""Sheets that explain how to fill the workbook: not part of the document."""


def read_xlsx_blocks(path: Path, name: str | None = None) -> list[Block]:
    """Every visible content sheet of the workbook, as paragraphs and rows."""
    return read_workbook_blocks(_open(path), name or path.name, typed_constants(path))


def read_workbook_blocks(
    workbook: Workbook, file_name: str, typed: TypedCells | None = None
) -> list[Block]:
    """The blocks of an open workbook (from a file, or built from an .xls); ``typed``
    holds the constant formulas of an .xlsx file, read as their text."""
    typed = typed or {}
    blocks: list[Block] = []
    for index, sheet in enumerate(workbook.worksheets, start=1):
        if _is_skipped(sheet):
            continue
        reader = _SheetReader(sheet, file_name, index, typed.get(sheet.title, {}))
        blocks.extend(reader.blocks())
    return blocks


def _open(path: Path) -> Workbook:
    try:
        # read_only=False: merged ranges are only known in the normal mode.
        return load_workbook(path, read_only=False, data_only=True)
    except Exception as error:  # a damaged workbook fails in many ways inside openpyxl
        raise ImportFailed(
            path.name, f"不是有效的 Excel 工作簿（{type(error).__name__}）"
        ) from None


def _is_skipped(sheet: Worksheet) -> bool:
    return sheet.sheet_state != "visible" or sheet.title.strip() in INSTRUCTION_SHEETS


# -- cell values as text ---------------------------------------------------------------


def _is_percent_format(number_format: str) -> bool:
    """Whether a number format shows percent (a quoted literal "%" does not count)."""
    outside_quotes = number_format.split('"')[::2]
    return any("%" in part.replace("\\%", "") for part in outside_quotes)


def number_text(value: Decimal, *, percent: bool = False) -> str:
    """A number as a person reads it, exactly: 100.0 -> "100", 0.75 (percent) -> "75%"."""
    if percent:
        value = value * 100
    text = format(value.normalize(), "f")
    if text == "-0":
        text = "0"
    return f"{text}%" if percent else text


_PLACES = re.compile(r"0\.(0+)")


def _as_formatted(text: str, number_format: str) -> str:
    """The places and grouping the number format shows, never rounding: with "0.00" 29
    is "29.00" and 5.125 stays "5.125"; with "#,##0.00" 2449.61 is "2,449.61"."""
    section = "".join(number_format.split(";")[0].split('"')[::2])
    if not any(ch.isdigit() for ch in text) or section in {"", "General", "@"}:
        return text
    suffix = "%" if text.endswith("%") else ""
    whole, _, places = text.removesuffix(suffix).partition(".")
    wanted = _PLACES.search(section)
    places = places.ljust(len(wanted.group(1)) if wanted else 0, "0")
    if "#,#" in section or "0,0" in section:
        sign = "-" if whole.startswith("-") else ""
        whole = sign + f"{int(whole.lstrip('-')):,}"
    return whole + ("." + places if places else "") + suffix


def _decimal(value: int | float | Decimal) -> Decimal | None:
    """The exact number; a float keeps the 15 significant digits Excel stores and shows."""
    if isinstance(value, float):
        value = Decimal(format(value, ".15g"))  # 0.1 + 0.2 -> 0.3, 5.91 -> 5.91
    try:
        exact = Decimal(value)
    except InvalidOperation:
        return None
    return exact if exact.is_finite() else None


def cell_text(value: object, number_format: str = "General") -> str:
    """The text of a cell value as Excel shows it, without rounding numbers."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        exact = _decimal(value)
        if exact is None:
            return str(value)
        return number_text(exact, percent=_is_percent_format(number_format))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


# -- one sheet -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Bounds:
    """The used area of a sheet: cells with values and merged ranges."""

    first_row: int = 0
    last_row: int = 0
    first_col: int = 0
    last_col: int = 0

    def include(self, row: int, col: int) -> None:
        if not self.first_row:
            self.first_row, self.last_row, self.first_col, self.last_col = row, row, col, col
            return
        self.first_row = min(self.first_row, row)
        self.last_row = max(self.last_row, row)
        self.first_col = min(self.first_col, col)
        self.last_col = max(self.last_col, col)

    @property
    def empty(self) -> bool:
        return not self.first_row


@dataclass(slots=True)
class _Slot:
    """A cell position of a row after merges: a real cell or the trace of a merge above."""

    col: int  # 1-based sheet column
    span: int
    text: str
    covered: bool  # below the top row of a vertical merge
    rowspan: int = 1


@dataclass
class _SheetReader:
    sheet: Worksheet
    file_name: str
    index: int
    typed: dict[tuple[int, int], str] = field(default_factory=dict)  # "=100%" as typed
    bounds: _Bounds = field(default_factory=_Bounds)
    anchors: dict[tuple[int, int], CellRange] = field(default_factory=dict)
    covered: dict[tuple[int, int], CellRange] = field(default_factory=dict)
    hidden: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())

    def __post_init__(self) -> None:
        self.hidden = rows, cols = hidden_lines(self.sheet)
        for merged in self.sheet.merged_cells.ranges:
            self.anchors[(merged.min_row, merged.min_col)] = merged
            for row in range(merged.min_row, merged.max_row + 1):
                for col in range(merged.min_col, merged.max_col + 1):
                    if (row, col) != (merged.min_row, merged.min_col):
                        self.covered[(row, col)] = merged
        # Only the cells stored (a stray formatted cell far away: no million empty rows).
        for (row, col), cell in list(self.sheet._cells.items()):
            shown = row not in rows and col not in cols
            if shown and cell.value is not None and str(cell.value).strip():
                self.bounds.include(row, col)
        for (row, col), merged in self.anchors.items():
            # A merged title or prose cell sets the used width (a merged empty one does not).
            if self._text(row, col).strip():
                self.bounds.include(merged.max_row, merged.max_col)

    def blocks(self) -> list[Block]:
        if self.bounds.empty:
            return []
        blocks: list[Block] = []
        for row in range(self.bounds.first_row, self.bounds.last_row + 1):
            blocks.extend(self._row_blocks(row))
        return self._with_project_title(blocks)

    # -- rows ----------------------------------------------------------------------------

    def _slots(self, row: int) -> list[_Slot]:
        slots: list[_Slot] = []
        col = self.bounds.first_col
        while col <= self.bounds.last_col:
            merged = self.anchors.get((row, col))
            if merged is not None:
                width, height = merged.max_col - col + 1, merged.max_row - row + 1
                slots.append(_Slot(col, width, self._text(row, col), False, height))
                col = merged.max_col + 1
                continue
            merged = self.covered.get((row, col))
            if merged is not None:
                # Covered: the top-left holds the value; below it leave an empty cell.
                if merged.min_col == col:
                    slots.append(_Slot(col, merged.max_col - col + 1, "", True))
                col = merged.max_col + 1
                continue
            slots.append(_Slot(col, 1, self._text(row, col), False))
            col += 1
        return slots

    def _text(self, row: int, col: int) -> str:
        if row in self.hidden[0] or col in self.hidden[1]:
            return ""  # not shown: an empty cell
        if (row, col) in self.typed:
            return self.typed[(row, col)]
        cell = self.sheet.cell(row=row, column=col)
        text = cell_text(cell.value, cell.number_format or "General")
        if isinstance(cell.value, int | float | Decimal) and not isinstance(cell.value, bool):
            return _as_formatted(text, cell.number_format or "General")
        return text

    def _source(self, row: int, col: int) -> SourceRef:
        return SourceRef(
            file=self.file_name,
            sheet=self.sheet.title,
            cell=f"{get_column_letter(col)}{row}",
            row=row,
            col=col,
        )

    def _row_blocks(self, row: int) -> list[Block]:
        slots = self._slots(row)
        filled = [slot for slot in slots if slot.text.strip()]
        if not filled:
            return []
        if len(filled) == 1 and self._is_paragraph(filled[0], slots, row):
            return self._paragraphs(filled[0].text, self._source(row, filled[0].col))
        cells = [
            Cell(
                raw=slot.text,
                source=self._source(row, slot.col),
                col=slot.col - 1,
                span=slot.span,
                rowspan=slot.rowspan,
                covered=slot.covered,
            )
            for slot in slots
        ]
        return [Row(cells=cells, source=self._source(row, slots[0].col), table=self.index)]

    def _is_paragraph(self, slot: _Slot, slots: list[_Slot], row: int) -> bool:
        """Whether the only filled cell of a row is a paragraph.

        It is when it stands in the first used column (merged across the width or
        not) or is a heading wherever it stands (a title typed mid-row) — but not a
        label beside an empty merged box: that is a form field left blank
        ("绩效目标 | (empty)"), and not a name in an unmerged first cell with table
        rows right above and below: that is a table row whose figures are empty
        (a 科目 with no amount, "六、科学技术支出 | | ").
        """
        if any(other.span > 1 and not other.text and not other.covered for other in slots):
            return False
        text = clean_cell(slot.text)
        if classify(text, disclosure=False) is not None:
            return True
        if slot.col != self.bounds.first_col:
            return False
        if slot.span == 1 and "\n" not in slot.text and self._in_table(row, slot.text):
            return classify(text, disclosure=True) is not None
        return True

    def _in_table(self, row: int, text: str) -> bool:
        """Whether this name-only row belongs to the table around it: a table row (two
        filled cells or more) above, with only rows like this one (a name in the first
        cell, the rest empty) between, and a table row below — or, at the table's end (a
        blank row or the sheet's last), every such row a short name, not a note or a
        signature line ("注：…", "填报人：…")."""
        if not self._beyond(row, -1)[0]:
            return False
        below, names = self._beyond(row, 1)
        return below or (names is not None and all(map(_is_name, [text, *names])))

    def _beyond(self, row: int, step: int) -> tuple[bool, list[str] | None]:
        """Whether a table row follows past name-only rows; if not, those rows' names
        when the run ends at a blank row or the sheet's edge (None when it ends otherwise)."""
        near, names = row + step, list[str]()
        while self.bounds.first_row <= near <= self.bounds.last_row:
            filled = [slot for slot in self._slots(near) if slot.text.strip()]
            if len(filled) >= 2:
                return True, names
            if not filled:
                return False, names
            only = filled[0]
            if only.col != self.bounds.first_col or only.span > 1:
                return False, None
            names.append(only.text)
            near += step
        return False, names

    @staticmethod
    def _paragraphs(raw: str, source: SourceRef) -> list[Block]:
        """One paragraph per line of the cell, unless the whole cell is one heading."""
        lines = [line for line in raw.split("\n") if line.strip()]
        if len(lines) > 1 and classify(clean_cell(raw), disclosure=False) is None:
            return [Paragraph(raw=line, source=source) for line in lines]
        return [Paragraph(raw=raw, source=source)]

    # -- a sheet per project -----------------------------------------------------------

    def _with_project_title(self, blocks: list[Block]) -> list[Block]:
        if not self._has_name_label(blocks) or self._has_project_title(blocks):
            return blocks
        if self._has_disclosure_title(blocks):
            return blocks  # a 项目名称 column of a disclosure table (政府采购预算)
        title = f"{self.sheet.title.strip()}绩效目标表"
        if not _is_project_title(title):
            title = f"项目{self.index}绩效目标表"
        source = SourceRef(file=self.file_name, sheet=self.sheet.title)
        return [Paragraph(raw=title, source=source), *blocks]

    @staticmethod
    def _has_name_label(blocks: list[Block]) -> bool:
        rows = (block for block in blocks if isinstance(block, Row))
        return any(labels.matches(c.text, labels.PROJECT_NAME) for r in rows for c in r.cells)

    @staticmethod
    def _has_disclosure_title(blocks: list[Block]) -> bool:
        return any(
            isinstance(b, Paragraph)
            and (heading := classify(b.text, disclosure=True)) is not None
            and heading.kind is HeadingKind.DISCLOSURE_TABLE
            for b in blocks
        )

    @staticmethod
    def _has_project_title(blocks: list[Block]) -> bool:
        return any(isinstance(b, Paragraph) and _is_project_title(b.text) for b in blocks)


_NOT_NAME = re.compile(r"[：:。；;，,]|^(?:注|说明|备注)")


def _is_name(text: str) -> bool:
    """A short row name (a 科目, an item), not a sentence, note or signature line."""
    clean = clean_cell(text)
    return len(clean) <= 24 and "\n" not in text and _NOT_NAME.search(clean) is None


def _is_project_title(text: str) -> bool:
    heading = classify(clean_cell(text), disclosure=False)
    return heading is not None and heading.kind is HeadingKind.PROJECT
