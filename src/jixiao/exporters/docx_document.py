"""The Word document set-up every .docx we write shares: A4 page, fonts, styles, runs.

:func:`set_up_document` gives a new document the published documents' look (宋体 and
Times New Roman, 小四 body, bold black headings, "toc N" styles, a page number in the
footer of every page but the first); :func:`add_paragraph` and :func:`add_run` write
text in those fonts; :func:`add_field` writes a Word field (PAGE, PAGEREF).
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.shared import Cm, Length, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

BODY_FONT = "宋体"  # SimSun: Word, WPS and LibreOffice all show Chinese with it
LATIN_FONT = "Times New Roman"
BODY_FONT_SIZE = Pt(12)  # 小四
HEADING_SIZES = {"Heading 1": Pt(16), "Heading 2": Pt(14), "Heading 3": Pt(12)}
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Cm(21), Cm(29.7), Cm(2.5)


def set_up_document(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.different_first_page_header_footer = True  # no page number on the cover
    _page_number_footer(section.footer.paragraphs[0])
    normal = document.styles["Normal"]
    normal.font.size = BODY_FONT_SIZE
    _set_fonts(normal.element.get_or_add_rPr())
    for name, size in HEADING_SIZES.items():
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
            PAGE_WIDTH - 2 * MARGIN, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
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


# -- fields: the page number here, the 目录's page references in docx_toc ---------------


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


def add_field(paragraph: DocxParagraph, code: str, shown: str) -> None:
    """A complete field (begin, code, separate, cached result, end) in ``paragraph``."""
    _field_char(paragraph, "begin")
    _instruction(paragraph, code)
    _field_char(paragraph, "separate")
    add_run(paragraph, shown)
    _field_char(paragraph, "end")


def _page_number_footer(paragraph: DocxParagraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(paragraph, "第 ", size=Pt(10.5))
    add_field(paragraph, "PAGE", "1")
    add_run(paragraph, " 页", size=Pt(10.5))
