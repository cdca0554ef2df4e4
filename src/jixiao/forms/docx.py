"""Render a :class:`Form` as a Word table, with the fonts of the plan document."""

from __future__ import annotations

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import _Cell

# The plan document's page set-up and runs: one look for every document we write.
from jixiao.exporters.docx_document import add_paragraph, add_run, set_up_document
from jixiao.exporters.docx_tables import cant_split
from jixiao.forms.grid import Form, FormCell

TABLE_FONT_SIZE = Pt(9)  # 小五: the forms are wide
TITLE_SIZE = Pt(16)


def new_form_document(*, landscape: bool = True) -> DocxDocument:
    """An A4 document with the plan document's styles, landscape for the wide forms."""
    document = Document()
    set_up_document(document)
    # Forms have no cover: every page is numbered.
    document.sections[0].different_first_page_header_footer = False
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.left_margin = section.right_margin = Cm(2)
    return document


def _usable_width_cm(document: DocxDocument) -> float:
    section = document.sections[-1]
    width, left, right = section.page_width, section.left_margin, section.right_margin
    assert width is not None and left is not None and right is not None  # set by set_up
    return float(width - left - right) / 360000  # EMU per cm


def _fill(target: _Cell, item: FormCell) -> None:
    target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for index, line in enumerate(item.text.split("\n")):
        para = target.paragraphs[0] if index == 0 else target.add_paragraph()
        if item.label or item.center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(para, line, bold=item.label, size=TABLE_FONT_SIZE)


def add_form_table(document: DocxDocument, form: Form, *, page_break: bool = False) -> None:
    """The form's title, subtitle and table, appended to ``document``."""
    add_paragraph(
        document, form.title, center=True, bold=True, size=TITLE_SIZE, page_break=page_break
    )
    sub = add_paragraph(document, form.subtitle)
    sub.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table = document.add_table(rows=len(form.rows), cols=len(form.widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    scale = _usable_width_cm(document) / sum(form.widths)
    for column, width in zip(table.columns, form.widths, strict=True):
        column.width = Cm(width * scale)  # the grid LibreOffice lays out by
    grid = [list(tr.tc_lst) for tr in table._tbl.tr_lst]  # table.cell() is quadratic
    for tcs in grid:
        for tc, width in zip(tcs, form.widths, strict=True):
            tc.width = Cm(width * scale)
    for r, c, item in form.placed():
        target = _Cell(grid[r][c], table)
        if item.span > 1 or item.down > 1:
            corner = _Cell(grid[r + item.down - 1][c + item.span - 1], table)
            target = target.merge(corner)
        _fill(target, item)
    cant_split(table)
