"""Write a :class:`DepartmentPlan` as a Word document in the official layout.

The document is drawn from :func:`jixiao.exporters.publication.build_publication`:
a cover (封面) with the 编制单位 and a 审核单位 line, a table of contents (目录: "toc N"
entries whose page numbers are PAGEREF fields, filled in by LibreOffice when it lays
the document out and by Word when it updates fields on opening), 第一部分 部门整体
绩效目标, 第二部分 预算项目绩效目标 with one 绩效目标表 per project and, when the
plan has them, 第三部分 部门预算公开 with the disclosure tables (wide ones in landscape
sections) and the 情况说明. Every page but the cover carries its number in the footer.

Each 绩效目标表 is ONE table on the 7-column grid of :mod:`jixiao.exporters.layout`;
rows never break across pages. Importing the written file gives the plan back.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from functools import lru_cache
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tc
from docx.oxml.text.font import CT_RPr
from docx.shared import Cm, Length, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph

from jixiao.exporters.layout import (
    GRID_COLUMNS,
    TableRow,
    chinese_number,
    merged_runs,
    plain_number,
)
from jixiao.exporters.publication import (
    DataTable,
    GoalTable,
    Heading,
    Publication,
    Text,
    TextKind,
    build_publication,
    is_amount,
)
from jixiao.model.plan import DepartmentPlan

__all__ = ["chinese_number", "plain_number", "write_plan_docx"]

BODY_FONT = "宋体"  # SimSun: Word, WPS and LibreOffice all show Chinese with it
LATIN_FONT = "Times New Roman"
COLUMN_WIDTHS_CM = (2.3, 2.3, 2.8, 2.4, 1.9, 1.9, 2.4)
TABLE_FONT_SIZE = Pt(10.5)  # 五号
DATA_FONT_SIZE = Pt(9)  # 小五 and a little: the disclosure tables are wide
WIDE_DATA_FONT_SIZE = Pt(7.5)
BODY_FONT_SIZE = Pt(12)  # 小四
_HEADING_STYLES = {1: "Heading 1", 2: "Heading 2"}
_HEADING_SIZES = {"Heading 1": Pt(16), "Heading 2": Pt(14), "Heading 3": Pt(12)}
_COVER_SIZES = {"department": Pt(26), "title": Pt(22), "field": Pt(16)}
_PAGE_WIDTH, _PAGE_HEIGHT, _MARGIN = Cm(21), Cm(29.7), Cm(2.5)
_HEADER_FILL = "F2F2F2"
Element = Any  # an lxml element (lxml ships no type stubs)


def write_plan_docx(plan: DepartmentPlan, path: Path) -> None:
    """Write ``plan`` to ``path`` as a .docx in the layout of the published documents."""
    write_publication_docx(build_publication(plan), path)


def write_publication_docx(publication: Publication, path: Path) -> None:
    """Any :class:`Publication` (a plan, a report) as a .docx: cover, 目录, blocks."""
    document = Document()
    set_up_document(document)
    started = _write_cover(document, publication)
    if publication.toc:
        _write_toc(document, publication, page_break=started)
        started = True
    _write_blocks(document, publication, started=started)
    document.save(str(path))


def set_up_document(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = _PAGE_WIDTH, _PAGE_HEIGHT
    section.left_margin = section.right_margin = _MARGIN
    section.top_margin = section.bottom_margin = _MARGIN
    section.different_first_page_header_footer = True  # no page number on the cover
    _page_number_footer(section.footer.paragraphs[0])
    normal = document.styles["Normal"]
    normal.font.size = BODY_FONT_SIZE
    _set_fonts(normal.element.get_or_add_rPr())
    for name, size in _HEADING_SIZES.items():
        style = document.styles[name]
        style.font.size = size
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(style.element.get_or_add_rPr())
    for level in (1, 2):
        # Word's own names: readers (ours included) skip "toc N" paragraphs as 目录 entries.
        toc = document.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        toc.paragraph_format.left_indent = Pt(24 * (level - 1))
        toc.paragraph_format.tab_stops.add_tab_stop(
            _PAGE_WIDTH - 2 * _MARGIN, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )


def _set_fonts(rpr: CT_RPr) -> None:
    """rPr rFonts with an East Asian font, replacing theme fonts that would override it."""
    fonts = rpr.get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), BODY_FONT)
    fonts.set(qn("w:hint"), "eastAsia")


def add_run(
    paragraph: DocxParagraph, text: str, *, bold: bool = False, size: Length | None = None
) -> None:
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size is not None:
        run.font.size = size
    _set_fonts(run._r.get_or_add_rPr())


def add_paragraph(
    document: DocxDocument,
    text: str,
    *,
    style: str | None = None,
    center: bool = False,
    bold: bool = False,
    size: Length | None = None,
    page_break: bool = False,
) -> DocxParagraph:
    paragraph = document.add_paragraph(style=style)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_break:
        paragraph.paragraph_format.page_break_before = True
    add_run(paragraph, text, bold=bold, size=size)
    return paragraph


# -- fields: page numbers and the table of contents -----------------------------------


def _field_char(paragraph: DocxParagraph, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _instruction(paragraph: DocxParagraph, code: str) -> None:
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run._r.append(instr)


def _field(paragraph: DocxParagraph, code: str, shown: str) -> None:
    """A complete field (begin, code, separate, cached result, end) in ``paragraph``."""
    _field_char(paragraph, "begin")
    _instruction(paragraph, code)
    _field_char(paragraph, "separate")
    add_run(paragraph, shown)
    _field_char(paragraph, "end")


def _page_number_footer(paragraph: DocxParagraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(paragraph, "第 ", size=Pt(10.5))
    _field(paragraph, "PAGE", "1")
    add_run(paragraph, " 页", size=Pt(10.5))


def _bookmark_name(anchor: str) -> str:
    return f"_Toc_{anchor.replace('-', '_')}"[:40]


def _bookmark(paragraph: DocxParagraph, anchor: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), _bookmark_name(anchor))
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def _write_toc(document: DocxDocument, publication: Publication, *, page_break: bool) -> None:
    """目录: one "toc N" paragraph per entry, its page number a PAGEREF to the heading.

    PAGEREF fields, not one TOC field: LibreOffice computes them when it lays the
    document out (a TOC field keeps its cached, here empty, entries), and Word
    updates them on opening (``updateFields`` in the settings).
    """
    add_paragraph(document, "目录", center=True, bold=True, size=Pt(16), page_break=page_break)
    for heading in publication.toc:
        paragraph = document.add_paragraph(style=f"toc {heading.level}")
        add_run(paragraph, heading.text)
        add_run(paragraph, "\t")
        _field(paragraph, f"PAGEREF {_bookmark_name(heading.anchor)} \\h", "")
    _ask_to_update_fields(document)


# Settings that must follow w:updateFields (the schema fixes the order; Word checks it).
_AFTER_UPDATE_FIELDS = frozenset(
    qn(f"w:{name}")
    for name in (
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    )
) | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}


def _ask_to_update_fields(document: DocxDocument) -> None:
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    following = next((child for child in settings if child.tag in _AFTER_UPDATE_FIELDS), None)
    if following is None:
        settings.append(update)
    else:
        following.addprevious(update)


# -- cover and blocks -------------------------------------------------------------------


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
            _bookmark(paragraph, block.anchor, bookmark)
            new_page = True
        elif isinstance(block, Text):
            _write_text(document, block)
        elif isinstance(block, GoalTable):
            _render_goal_table(document, block.rows)
        else:
            _render_data_table(document, block, landscape=landscape)
        if index in ends and index + 1 < len(publication.blocks):
            _new_section(document, landscape=False)
            landscape = False


def _new_section(document: DocxDocument, *, landscape: bool) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = (_PAGE_HEIGHT, _PAGE_WIDTH) if landscape else (_PAGE_WIDTH, _PAGE_HEIGHT)
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


# -- tables ---------------------------------------------------------------------------


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


def _render_goal_table(document: DocxDocument, rows: Sequence[TableRow]) -> None:
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


def _render_data_table(document: DocxDocument, block: DataTable, *, landscape: bool) -> None:
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
    for tcs, texts in zip(grid, heads, strict=False):
        for tc, text in zip(tcs, texts, strict=True):
            _fill_cell(tc, text, label=True, size=size)
    for tcs, texts in zip(grid[len(heads) :], block.rows, strict=True):
        for tc, text in zip(tcs, texts, strict=True):
            _fill_cell(tc, text, size=size, right=is_amount(text))
    _repeat_header(table, len(heads))
    cant_split(table)
