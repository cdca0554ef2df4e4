"""A narrative report (报告: headings, paragraphs, tables) in the published layout, as Word
and PDF, and read back from Word.

The report is laid out as a :class:`~jixiao.exporters.publication.Publication`, so the
same writers that draw the published plan draw it (:mod:`.docx_writer`, :mod:`.html_page`
printed by :mod:`.pdf_writer`): the title centred, 一、二、… sections, prose indented two
characters, tables with a shaded header row. Reading a written .docx gives the same
blocks back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph

from jixiao.exporters.docx_writer import write_publication_docx
from jixiao.exporters.html_page import publication_html
from jixiao.exporters.pdf_writer import html_pdf
from jixiao.exporters.publication import DataTable, Heading, Publication, Text
from jixiao.importers.errors import ImportFailed


@dataclass(frozen=True, slots=True)
class ReportHeading:
    """Level 1: the report's title; level 2: a section (一、基本情况)."""

    text: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str


@dataclass(frozen=True, slots=True)
class ReportTable:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


ReportBlock = ReportHeading | Paragraph | ReportTable


@dataclass(frozen=True, slots=True)
class ReportDocument:
    title: str
    blocks: tuple[ReportBlock, ...]


def _publication(report: ReportDocument) -> Publication:
    publication = Publication(title=report.title)
    for index, block in enumerate(report.blocks, start=1):
        if isinstance(block, ReportHeading):
            publication.blocks.append(
                Heading(block.level, block.text, f"r{index}", center=block.level == 1)
            )
        elif isinstance(block, Paragraph):
            publication.blocks.append(Text(block.text))
        else:
            publication.blocks.append(DataTable((block.header,), None, block.rows))
    return publication


def write_report_docx(report: ReportDocument, path: Path) -> None:
    write_publication_docx(_publication(report), path)


def report_pdf(report: ReportDocument) -> bytes:
    return html_pdf(publication_html(_publication(report)))


def write_report(report: ReportDocument, path: Path) -> None:
    """``report`` into ``path``: .docx or .pdf by its suffix."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        write_report_docx(report, path)
    elif suffix == ".pdf":
        path.write_bytes(report_pdf(report))
    else:
        raise ValueError(f"报告只能写成 .docx 或 .pdf，不能写成“{path.suffix}”")


_HEADING_LEVELS = {"Heading 1": 1, "Heading 2": 2}


def _table(table: Table) -> ReportTable:
    texts = [tuple(cell.text.strip() for cell in row.cells) for row in table.rows]
    return ReportTable(header=texts[0] if texts else (), rows=tuple(texts[1:]))


def read_report_docx(path: Path) -> ReportDocument:
    """The blocks of a report written by :func:`write_report_docx`; its title is the first
    level-1 heading."""
    try:
        document = Document(str(path))
    except Exception as error:  # python-docx fails in many ways on a damaged file
        raise ImportFailed(path.name, f"不是有效的 Word 文档（{type(error).__name__}）") from None
    blocks: list[ReportBlock] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}tbl"):
            blocks.append(_table(Table(child, document)))
        elif child.tag.endswith("}p"):
            paragraph = DocxParagraph(child, document)
            text = paragraph.text.strip()
            if not text:
                continue
            level = _HEADING_LEVELS.get(paragraph.style.name if paragraph.style else "")
            blocks.append(ReportHeading(text, level) if level else Paragraph(text))
    title = next((b.text for b in blocks if isinstance(b, ReportHeading) and b.level == 1), "")
    if not title:
        raise ImportFailed(path.name, "找不到报告标题（一级标题），不是本系统导出的报告")
    return ReportDocument(title=title, blocks=tuple(blocks))
