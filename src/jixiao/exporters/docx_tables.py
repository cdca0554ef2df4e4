"""Tables in a Word publication: the 绩效目标表 and the disclosure tables.

Each 绩效目标表 is ONE table on the 7-column grid of :mod:`jixiao.exporters.layout`;
a disclosure table (部门预算公开) repeats its header rows on every page and merges no
cell. Rows never break across pages. Cells are written as XML for speed.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from functools import lru_cache
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row, CT_Tc
from docx.shared import Cm, Length, Pt
from docx.table import Table

from jixiao.exporters.docx_document import BODY_FONT, LATIN_FONT
from jixiao.exporters.layout import GRID_COLUMNS, TableRow, merged_runs
from jixiao.exporters.publication import DataTable, is_amount

COLUMN_WIDTHS_CM = (2.3, 2.3, 2.8, 2.4, 1.9, 1.9, 2.4)
TABLE_FONT_SIZE = Pt(10.5)  # 五号
DATA_FONT_SIZE = Pt(9)  # 小五 and a little: the disclosure tables are wide
WIDE_DATA_FONT_SIZE = Pt(7.5)
_HEADER_FILL = "F2F2F2"
Element = Any  # an lxml element (lxml ships no type stubs)


def cant_split(table: Table) -> None:
    """Rows never break across pages (行不跨页断行)."""
    for tr in table._tbl.tr_lst:
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))


def _repeat_header(table: Table, rows: int) -> None:
    """The first ``rows`` rows repeat at the top of every page the table runs onto."""
    for tr in table._tbl.tr_lst[:rows]:
        mark = OxmlElement("w:tblHeader")
        tr.get_or_add_trPr().append(mark)


def _new_table(document: DocxDocument, rows: int, widths: Sequence[float]) -> Table:
    table: Table = document.add_table(rows=rows, cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for index, width in enumerate(widths):
        table.columns[index].width = Cm(width)
    for tr in table._tbl.tr_lst:
        for tc, width in zip(tr.tc_lst, widths, strict=True):
            tc.width = Cm(width)
    _cell_margins(table)
    return table


def _cell_margins(table: Table) -> None:
    """A little air above and below the text, and narrower sides than Word's default."""
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 30), ("left", 70), ("bottom", 30), ("right", 70)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)


def render_goal_table(document: DocxDocument, rows: Sequence[TableRow]) -> None:
    table = _new_table(document, len(rows), COLUMN_WIDTHS_CM)
    assert len(COLUMN_WIDTHS_CM) == GRID_COLUMNS
    # The cells are written as XML, merges included: python-docx's cell.merge() and
    # run API rebuild the cell grid and look up elements on every call (10× slower).
    first_column: list[CT_Tc] = []
    for tr, row in zip(table._tbl.tr_lst, rows, strict=True):
        tcs = list(tr.tc_lst)
        first_column.append(tcs[0])
        for segment in row.segments:
            tc = tcs[segment.start]
            if segment.span > 1:
                tc.get_or_add_tcPr().grid_span = segment.span
                tc.width = Cm(sum(COLUMN_WIDTHS_CM[segment.start : segment.start + segment.span]))
                for covered in tcs[segment.start + 1 : segment.start + segment.span]:
                    tr.remove(covered)
            _fill_cell(tc, segment.text, label=segment.label)
    _merge_first_column(first_column, rows)
    cant_split(table)


@lru_cache(maxsize=16)
def _run_properties(bold: bool, half_points: int) -> Element:
    """The w:rPr every table run carries (fonts, bold, size), built once and copied."""
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    for name, value in (
        ("w:ascii", LATIN_FONT),
        ("w:hAnsi", LATIN_FONT),
        ("w:eastAsia", BODY_FONT),
        ("w:hint", "eastAsia"),
    ):
        fonts.set(qn(name), value)
    rpr.append(fonts)
    if bold:
        rpr.append(OxmlElement("w:b"))
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(half_points))
    rpr.append(size)
    return rpr


def _fill_cell(
    tc: CT_Tc,
    text: str,
    *,
    label: bool = False,
    size: Length = TABLE_FONT_SIZE,
    right: bool = False,
) -> None:
    """The cell's text, one Word paragraph per line (a 绩效目标 cell holds several)."""
    tc_pr = tc.get_or_add_tcPr()
    if label:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), _HEADER_FILL)
        tc_pr.append(shading)
    tc_pr.vAlign_val = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    properties = _run_properties(label, round(size.pt * 2))
    align = "center" if label else "right" if right else None
    paragraph = tc.p_lst[0]
    for index, line in enumerate(text.split("\n") if text else []):
        if index:
            paragraph = OxmlElement("w:p")
            tc.append(paragraph)
        if align is not None:
            ppr = OxmlElement("w:pPr")
            jc = OxmlElement("w:jc")
            jc.set(qn("w:val"), align)
            ppr.append(jc)
            paragraph.insert(0, ppr)
        run = OxmlElement("w:r")
        run.append(deepcopy(properties))
        text_element = OxmlElement("w:t")
        text_element.set(qn("xml:space"), "preserve")
        text_element.text = line
        run.append(text_element)
        paragraph.append(run)


def _merge_first_column(first_column: list[CT_Tc], rows: Sequence[TableRow]) -> None:
    """Merge column 0 vertically over each run of rows that join the row above."""
    for start, length in merged_runs(rows):
        if length > 1:
            first_column[start].get_or_add_tcPr().vMerge_val = "restart"
            for tc in first_column[start + 1 : start + length]:
                tc.get_or_add_tcPr().vMerge_val = "continue"


def _spanned(
    tr: CT_Row, tcs: list[CT_Tc], spans: list[tuple[str, int]], widths: Sequence[float]
) -> list[tuple[CT_Tc, str]]:
    """Each drawn cell with its text; a cell spanning columns absorbs the cells it covers."""
    drawn: list[tuple[CT_Tc, str]] = []
    col = 0
    for text, span in spans:
        tc = tcs[col]
        if span > 1:
            tc.get_or_add_tcPr().grid_span = span
            tc.width = Cm(sum(widths[col : col + span]))
            for covered in tcs[col + 1 : col + span]:
                tr.remove(covered)
        drawn.append((tc, text))
        col += span
    return drawn


def render_data_table(document: DocxDocument, block: DataTable, *, landscape: bool) -> None:
    """A disclosure table: header rows (repeated on each page), 栏次, data rows.

    Cells are never merged: the importer reads a parent heading over the empty cells
    to its right, so the flattened column names come back exactly.
    """
    usable_cm = (29.7 if landscape else 21.0) - 2 * 2.5
    weights = block.weights()
    total = sum(weights)
    widths = [usable_cm * w / total for w in weights]
    heads = [*block.header, *([block.column_numbers] if block.column_numbers else [])]
    size = WIDE_DATA_FONT_SIZE if block.wide else DATA_FONT_SIZE
    table = _new_table(document, len(heads) + len(block.rows), widths)
    grid = [list(tr.tc_lst) for tr in table._tbl.tr_lst]
    for tr, tcs, texts in zip(table._tbl.tr_lst, grid, heads, strict=False):
        for tc, text in _spanned(tr, tcs, block.spans(texts), widths):
            _fill_cell(tc, text, label=True, size=size)
    rows = zip(table._tbl.tr_lst[len(heads) :], grid[len(heads) :], block.rows, strict=True)
    for tr, tcs, texts in rows:
        for tc, text in _spanned(tr, tcs, block.spans(texts), widths):
            _fill_cell(tc, text, size=size, right=is_amount(text))
    _repeat_header(table, len(heads))
    cant_split(table)
