"""Read a Word document (.docx) into paragraphs and table rows, in document order.

The body is walked once, paragraphs and tables interleaved as they appear. Every
table row becomes one :class:`Row` whose cells carry their grid column, so merged
cells line up with the header row above them:

* a horizontally merged cell (``gridSpan``) is one cell with ``span`` > 1;
* a vertically merged cell's continuation (``vMerge``) is an empty cell — the
  assembler fills down 一级指标 itself, so the text is never repeated;
* a cell's paragraphs are joined with "\\n" (a 绩效目标 cell "1.…\\n2.…" stays
  splittable); a table nested in a cell is flattened into the cell's text.

Text in text boxes, headers, footers, footnotes, deleted or hidden runs and
table-of-contents entries (目录) is not document content and is left out.

A document without any Word table whose paragraphs hold bar-separated text
(``项目名称 | 路灯维修``, what LibreOffice makes of a .txt page saved as .docx) is the
text rendering of a table: its paragraphs are read as lines by the text reader, one
line per body paragraph, so the bars become cells and the line numbers stay the
paragraph numbers.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn

from jixiao.importers.blocks import Block, Cell, Paragraph, Row, link_rowspans
from jixiao.importers.errors import ImportFailed
from jixiao.importers.text_pipes import split_pipes
from jixiao.importers.text_reader import read_text_blocks
from jixiao.model.source import SourceRef

Element = Any  # an lxml element of the document part (lxml ships no type stubs)

_P = qn("w:p")
_TBL = qn("w:tbl")
_TR = qn("w:tr")
_TC = qn("w:tc")
_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")
_CUSTOM_XML = qn("w:customXml")
_R = qn("w:r")
_T = qn("w:t")
_TAB = qn("w:tab")
_PTAB = qn("w:ptab")
_BR = qn("w:br")
_CR = qn("w:cr")
_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")
_MATH_T = qn("m:t")  # text of an equation (公式), e.g. "≥90%"
_VAL = qn("w:val")
_TYPE = qn("w:type")

# Containers whose text is not part of the running document text.
_SKIPPED_CONTAINERS = frozenset(
    {
        qn("w:txbxContent"),  # text boxes (文本框)
        qn("w:del"),  # tracked deletions
        qn("w:moveFrom"),  # tracked moves, old place
        qn("w:instrText"),  # field codes such as TOC / TC
        qn("w:footnoteReference"),
        qn("w:endnoteReference"),
        qn("w:drawing"),
        qn("w:pict"),
        qn("w:object"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
    }
)
# Wrappers that only group content: look through them.
_TRANSPARENT = frozenset({_SDT, _SDT_CONTENT, _CUSTOM_XML})

# Word's table-of-contents entry styles ("toc 1" … "toc 9"), not "TOC Heading" (目录).
_TOC_STYLE = re.compile(r"^toc \d$", re.IGNORECASE)

_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    OpcError,
    SyntaxError,
    OSError,
)


@dataclass(slots=True)
class _Counters:
    """Running numbers for source locations: body paragraphs and top-level tables."""

    file: str
    paragraph: int = 0
    table: int = 0
    toc_styles: set[str] = field(default_factory=set)


def read_docx_blocks(path: Path, name: str | None = None) -> list[Block]:
    """Read a .docx file into blocks; raise :class:`ImportFailed` if it is not one."""
    body, toc_styles = _open_body(path)
    counters = _Counters(file=name or path.name, toc_styles=toc_styles)
    children = list(_body_children(body))
    piped = _piped_text(children, toc_styles)
    if piped is not None:
        return read_text_blocks(piped, counters.file)
    blocks: list[Block] = []
    for element in children:
        if element.tag == _P:
            blocks.extend(_paragraph_blocks(element, counters))
        elif element.tag == _TBL:
            counters.table += 1
            blocks.extend(_table_rows(element, counters))
    return blocks


def _open_body(path: Path) -> tuple[Element, set[str]]:
    if not zipfile.is_zipfile(path):
        raise ImportFailed(path.name, "文件已损坏或不是有效的 Word 文档（.docx）")
    try:
        document = Document(str(path))
        body = document.element.body
        toc_styles = {
            style.style_id for style in document.styles if _TOC_STYLE.match(style.name or "")
        }
    except _READ_ERRORS as error:
        raise ImportFailed(path.name, f"不是有效的 Word 文档或文件已损坏（{error}）") from error
    return body, toc_styles


def _body_children(parent: Element) -> Iterator[Element]:
    """Paragraphs and tables directly in ``parent``, looking through content controls."""
    for child in parent:
        if child.tag in _TRANSPARENT:
            yield from _body_children(child)
        elif child.tag in (_P, _TBL):
            yield child


# -- paragraphs -----------------------------------------------------------------------

PIPED_ROWS = 2  # bar-separated paragraphs that make a table-less document a text table


def _piped_text(children: list[Element], toc_styles: set[str]) -> str | None:
    """The body as text lines when it is a bar-rendered table typed into paragraphs."""
    if any(child.tag == _TBL for child in children):
        return None
    lines = [
        "" if _is_toc_entry(p, toc_styles) else paragraph_text(p).replace("\n", " ")
        for p in children
    ]
    rows = sum(1 for line in lines if len([c for c in split_pipes(line) if c.strip()]) >= 2)
    return "\n".join(lines) if rows >= PIPED_ROWS else None


def _paragraph_blocks(p: Element, counters: _Counters) -> list[Block]:
    """One body paragraph; a soft line break (换行符) starts a new block on the same line."""
    counters.paragraph += 1
    if _is_toc_entry(p, counters.toc_styles):
        return []  # a 目录 entry repeats a heading with its page number
    here = SourceRef(file=counters.file, line=counters.paragraph)
    text = paragraph_text(p)
    return [Paragraph(raw=part, source=here) for part in text.split("\n") if part.strip()]


def _is_toc_entry(p: Element, toc_styles: set[str]) -> bool:
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style is not None and style.get(_VAL) in toc_styles


def paragraph_text(p: Element) -> str:
    """The visible text of a ``w:p``: runs in hyperlinks, fields and insertions included."""
    return "".join(_texts(p))


def _texts(element: Element) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED_CONTAINERS:
            continue
        if tag == _R:
            if not _is_hidden(child):
                yield from _run_texts(child)
        elif tag == _MATH_T:
            yield child.text or ""
        elif tag in (_P, _TBL):
            continue  # nested blocks are handled by their own walkers
        else:
            yield from _texts(child)


def _is_hidden(run: Element) -> bool:
    vanish = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
    return vanish is not None and vanish.get(_VAL) not in ("0", "false", "off")


def _run_texts(run: Element) -> Iterator[str]:
    for child in run:
        tag = child.tag
        if tag == _T:
            yield child.text or ""
        elif tag in (_TAB, _PTAB):
            yield "\t"
        elif tag == _CR or (tag == _BR and child.get(_TYPE) in (None, "textWrapping")):
            yield "\n"
        elif tag == _NO_BREAK_HYPHEN:
            yield "-"


# -- tables ---------------------------------------------------------------------------


def _table_rows(tbl: Element, counters: _Counters) -> list[Row]:
    rows: list[Row] = []
    for number, tr in enumerate(_children(tbl, _TR), start=1):
        here = SourceRef(file=counters.file, table=counters.table, row=number)
        rows.append(Row(cells=_row_cells(tr, here), source=here, table=counters.table))
    link_rowspans(rows)
    return rows


def _children(parent: Element, tag: str) -> Iterator[Element]:
    """Children with ``tag``, looking through content controls and custom XML."""
    for child in parent:
        if child.tag in _TRANSPARENT:
            yield from _children(child, tag)
        elif child.tag == tag:
            yield child


def _row_cells(tr: Element, here: SourceRef) -> list[Cell]:
    cells: list[Cell] = []
    col = _int_property(tr, "w:trPr", "w:gridBefore", 0)
    for tc in _children(tr, _TC):
        span = max(_int_property(tc, "w:tcPr", "w:gridSpan", 1), 1)
        if _continues_horizontally(tc) and cells:
            cells[-1].span += span  # legacy hMerge: part of the cell on its left
            col += span
            continue
        covered = _continues_vertically(tc)
        raw = "" if covered else cell_text(tc)
        source = here.at(col=col + 1)
        cells.append(Cell(raw=raw, source=source, col=col, span=span, covered=covered))
        col += span
    return cells


def _int_property(element: Element, container: str, name: str, default: int) -> int:
    prop = element.find(f"{qn(container)}/{qn(name)}")
    if prop is None:
        return default
    try:
        return int(prop.get(_VAL, default))
    except ValueError:
        return default


def _merge_value(tc: Element, name: str) -> str | None:
    """``"restart"``/``"continue"`` of a merge mark, None when the cell has none."""
    mark = tc.find(f"{qn('w:tcPr')}/{qn(name)}")
    if mark is None:
        return None
    value: str = mark.get(_VAL, "continue")
    return value


def _continues_vertically(tc: Element) -> bool:
    return _merge_value(tc, "w:vMerge") == "continue"


def _continues_horizontally(tc: Element) -> bool:
    return _merge_value(tc, "w:hMerge") == "continue"


def cell_text(tc: Element) -> str:
    """A cell's paragraphs joined with "\\n"; nested tables flattened row by row."""
    lines: list[str] = []
    for child in _body_children(tc):
        if child.tag == _P:
            lines.append(paragraph_text(child))
        else:
            lines.extend(_nested_table_lines(child))
    return "\n".join(lines).strip("\n")


def _nested_table_lines(tbl: Element) -> list[str]:
    """A nested table as text: one line per row, its cells separated by tabs."""
    lines: list[str] = []
    for tr in _children(tbl, _TR):
        texts = [cell_text(tc) for tc in _children(tr, _TC) if not _continues_vertically(tc)]
        line = "\t".join(text for text in texts if text)
        if line:
            lines.append(line)
    return lines
