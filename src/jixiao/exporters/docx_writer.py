"""Write a :class:`DepartmentPlan` as a Word document in the official layout.

The document is drawn from :func:`jixiao.exporters.publication.build_publication`:
a cover (封面) with the 编制单位 and a 审核单位 line, a table of contents (目录: "toc N"
entries whose page numbers are PAGEREF fields, filled in by LibreOffice when it lays
the document out and by Word when it updates fields on opening), 第一部分 部门整体
绩效目标, 第二部分 预算项目绩效目标 with one 绩效目标表 per project and, when the
plan has them, 第三部分 部门预算公开 with the disclosure tables (wide ones in landscape
sections) and the 情况说明. Every page but the cover carries its number in the footer.

This module lays the publication's parts out in order; the page set-up and fonts are in
:mod:`.docx_document`, the 目录 in :mod:`.docx_toc`, the tables in :mod:`.docx_tables`.
Importing the written file gives the plan back.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from jixiao.exporters.docx_document import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    add_paragraph,
    set_up_document,
)
from jixiao.exporters.docx_tables import render_data_table, render_goal_table
from jixiao.exporters.docx_toc import add_bookmark, write_toc
from jixiao.exporters.publication import (
    GoalTable,
    Heading,
    Publication,
    Text,
    TextKind,
    build_publication,
)
from jixiao.model.plan import DepartmentPlan

__all__ = ["write_plan_docx", "write_publication_docx"]

_HEADING_STYLES = {1: "Heading 1", 2: "Heading 2"}
_COVER_SIZES = {"department": Pt(26), "title": Pt(22), "field": Pt(16)}


def write_plan_docx(plan: DepartmentPlan, path: Path) -> None:
    """Write ``plan`` to ``path`` as a .docx in the layout of the published documents."""
    write_publication_docx(build_publication(plan), path)


def write_publication_docx(publication: Publication, path: Path) -> None:
    """Any :class:`Publication` (a plan, a report) as a .docx: cover, 目录, blocks."""
    document = Document()
    set_up_document(document)
    started = _write_cover(document, publication)
    if publication.toc:
        write_toc(document, publication, page_break=started)
        started = True
    _write_blocks(document, publication, started=started)
    document.save(str(path))


def _write_cover(document: DocxDocument, publication: Publication) -> bool:
    for index, line in enumerate(publication.cover):
        bold = line.role != "field"
        paragraph = add_paragraph(
            document,
            line.text,
            center=line.role != "field",
            bold=bold,
            size=_COVER_SIZES[line.role],
        )
        if line.role == "field":
            paragraph.paragraph_format.left_indent = Cm(4)
        first_field = line.role == "field" and publication.cover[index - 1].role != "field"
        paragraph.paragraph_format.space_before = Pt(
            150 if index == 0 else 160 if first_field else 24
        )
    return bool(publication.cover)


def _write_blocks(document: DocxDocument, publication: Publication, *, started: bool) -> None:
    """The blocks; each run of wide disclosure tables in a landscape section."""
    starts = {first: last for first, last in publication.landscape_runs()}
    ends = set(starts.values())
    bookmark = 0
    new_page = started
    landscape = False
    for index, block in enumerate(publication.blocks):
        if index in starts:
            _new_section(document, landscape=True)
            landscape, new_page = True, False  # the new section starts a page
        if isinstance(block, Heading):
            block_break = new_page if block.level == 1 else block.new_page
            paragraph = add_paragraph(
                document,
                block.text,
                style=_HEADING_STYLES[block.level],
                center=block.center,
                page_break=block_break,
            )
            bookmark += 1
            add_bookmark(paragraph, block.anchor, bookmark)
            new_page = True
        elif isinstance(block, Text):
            _write_text(document, block)
        elif isinstance(block, GoalTable):
            render_goal_table(document, block.rows)
        else:
            render_data_table(document, block, landscape=landscape)
        if index in ends and index + 1 < len(publication.blocks):
            _new_section(document, landscape=False)
            landscape = False


def _new_section(document: DocxDocument, *, landscape: bool) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
    section.page_width, section.page_height = width, height
    section.different_first_page_header_footer = False


def _write_text(document: DocxDocument, block: Text) -> None:
    paragraph = add_paragraph(
        document, block.text, size=Pt(10.5) if block.kind is TextKind.NOTE else None
    )
    if block.kind is TextKind.BODY:
        paragraph.paragraph_format.first_line_indent = Pt(24)  # 首行缩进两字
    elif block.kind is TextKind.UNIT:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
