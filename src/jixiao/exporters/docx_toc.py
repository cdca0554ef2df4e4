"""The 目录 of a Word publication: headings carry bookmarks, entries PAGEREF them.

Each heading of the body gets a bookmark (:func:`add_bookmark`); :func:`write_toc` writes one
"toc N" paragraph per entry whose page number is a PAGEREF field to that bookmark, and
asks Word to update the fields when it opens the file.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from jixiao.exporters.docx_document import add_field, add_paragraph, add_run
from jixiao.exporters.publication import Publication


def _bookmark_name(anchor: str) -> str:
    return f"_Toc_{anchor.replace('-', '_')}"[:40]


def add_bookmark(paragraph: DocxParagraph, anchor: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), _bookmark_name(anchor))
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def write_toc(document: DocxDocument, publication: Publication, *, page_break: bool) -> None:
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
        add_field(paragraph, f"PAGEREF {_bookmark_name(heading.anchor)} \\h", "")
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
