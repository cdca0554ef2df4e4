"""Read an HTML page (as saved from a government website) into paragraphs and rows.

* The page is parsed by lxml's HTML parser (forgiving, like a browser); the bytes are
  decoded by the page's own ``<meta charset>`` (GBK pages are common), else as text.
* Scripts, styles, forms and navigation are dropped; the ``<title>`` and the text
  around tables become :class:`Paragraph` blocks, one per line of text.
* 数据表 (data table): a ``<table>`` with no table inside it. Its cells are laid
  out on a grid — ``colspan`` gives ``span``, ``rowspan`` gives ``rowspan`` and an
  empty ``covered`` cell on each row below — so every row's cells carry their
  true grid column. Sources name the table, row and column (1-based).
* 布局表 (layout table): a table wrapping other tables; its own text is read as
  paragraphs around the tables inside it. A table whose rows hold one text each
  is a layout box too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.model.source import SourceRef
from jixiao.textnorm import decode_text

Element = Any  # an lxml element (lxml ships no type stubs)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w]+)""", re.I)
_DROPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "select",
        "iframe",
        "button",
        "svg",
        "object",
        "embed",
        "head",
        "textarea",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "form",
        "center",
        "body",
        "html",
        "fieldset",
        "figure",
        "figcaption",
        "address",
        "caption",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "hr",
    }
)
_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
MAX_SPAN = 1000  # browsers cap colspan at 1000


def decode_html(data: bytes) -> str:
    """The page's text, by its declared charset when it declares one."""
    declared = _META_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        if name in {"gb2312", "gbk", "gb_2312-80", "x-gbk"}:
            name = "gb18030"  # the superset: pages labelled GB2312 often hold GBK characters
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            pass
    return decode_text(data)


def read_html_blocks(path: Path) -> list[Block]:
    return read_html_text(decode_html(path.read_bytes()), path.name)


def read_html_text(text: str, file_name: str) -> list[Block]:
    """Blocks of an HTML document given as text."""
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with an XML declaration
    if not text.strip():
        return []
    try:
        root = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return []
    walker = _Walker(file_name)
    title = root.find(".//title")
    if title is not None and (title.text_content() or "").strip():
        walker.paragraph(title.text_content(), title.sourceline)
    walker.walk(root)
    walker.flush()
    return walker.blocks


def _is_element(node: Element) -> bool:
    return isinstance(node.tag, str)


def _tables_inside(table: Element) -> bool:
    return any(True for _ in table.iterdescendants("table"))


def _own_rows(table: Element) -> list[Element]:
    """The table's rows (directly or in its sections), not those of nested tables."""
    rows: list[Element] = []
    for child in table:
        if not _is_element(child):
            continue
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _SECTIONS:
            rows.extend(row for row in child if _is_element(row) and row.tag == "tr")
    return rows


def _span(element: Element, name: str) -> int:
    value = (element.get(name) or "").strip()
    digits = re.match(r"\d+", value)
    return min(max(int(digits.group()), 1), MAX_SPAN) if digits else 1


def cell_text(element: Element) -> str:
    """The text of an element, with line breaks where ``<br>`` and blocks break it."""
    parts: list[str] = []

    def visit(node: Element) -> None:
        if not _is_element(node) or node.tag in _DROPPED:
            return
        if node.tag == "br" or (node.tag in _BLOCK and parts and not parts[-1].endswith("\n")):
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            visit(child)
            if child.tail:
                parts.append(child.tail)
        if node.tag in _BLOCK and node.tag not in {"td", "th"}:
            parts.append("\n")

    visit(element)
    return "\n".join(line.strip() for line in "".join(parts).split("\n") if line.strip())


@dataclass
class _Walker:
    file: str
    blocks: list[Block] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    line: int | None = None
    tables: int = 0

    def paragraph(self, text: str, line: int | None) -> None:
        for part in text.split("\n"):
            if part.strip():
                source = SourceRef(file=self.file, line=line)
                self.blocks.append(Paragraph(raw=part.strip(), source=source))

    def flush(self) -> None:
        if self.buffer:
            self.paragraph("".join(self.buffer), self.line)
        self.buffer, self.line = [], None

    def text(self, text: str | None, line: int | None) -> None:
        if text and text.strip():
            if self.line is None:
                self.line = line
            self.buffer.append(text)
        elif text and self.buffer:
            self.buffer.append(" ")

    def walk(self, node: Element) -> None:
        if not _is_element(node) or node.tag in _DROPPED:
            return
        if node.tag == "table" and not _tables_inside(node):
            self.flush()
            self.data_table(node)
            return
        block = node.tag in _BLOCK
        if block or node.tag == "br":
            self.flush()
        self.text(node.text, node.sourceline)
        for child in node:
            self.walk(child)
            self.text(child.tail, getattr(child, "sourceline", None) or node.sourceline)
        if block:
            self.flush()

    def data_table(self, table: Element) -> None:
        rows = _own_rows(table)
        grid = _Grid(height=len(rows))
        for row in rows:
            grid.add_row(row, [c for c in row if _is_element(c) and c.tag in {"td", "th"}])
        texts = [[text for _, _, _, _, text in row if text] for row in grid.rows]
        if not any(texts):
            return
        caption = table.find("caption")
        if caption is not None:
            self.paragraph(cell_text(caption), caption.sourceline)
        if grid.width <= 1 or all(len(row) <= 1 for row in texts):
            for row_texts, line in zip(texts, grid.lines, strict=True):
                for text in row_texts:
                    self.paragraph(text, line)  # a layout box of text
            return
        self.tables += 1
        for number, row in enumerate(grid.rows, start=1):
            here = SourceRef(file=self.file, table=self.tables, row=number)
            cells = [
                Cell(
                    raw=text,
                    source=here.at(col=col + 1),
                    col=col,
                    span=span,
                    rowspan=rowspan,
                    covered=covered,
                )
                for col, span, rowspan, covered, text in row
            ]
            if cells:
                self.blocks.append(Row(cells=cells, source=here, table=self.tables))


GridCell = tuple[int, int, int, bool, str]  # col, span, rowspan, covered, text


@dataclass
class _Grid:
    """Lays cells out as a browser does: each cell takes the first free column."""

    height: int  # the table's number of rows: a rowspan never reaches beyond it
    rows: list[list[GridCell]] = field(default_factory=list)
    lines: list[int | None] = field(default_factory=list)
    # row -> {col taken by a rowspan from above: (span, origin col) of that cell}
    taken: dict[int, dict[int, tuple[int, int]]] = field(default_factory=dict)
    width: int = 0

    def add_row(self, row: Element, cells: list[Element]) -> None:
        number = len(self.rows)
        taken = self.taken.pop(number, {})
        placed: list[GridCell] = []
        col = 0
        for element in cells:
            while col in taken:
                col += 1
            span = _span(element, "colspan")
            rowspan = min(_span(element, "rowspan"), self.height - number)
            placed.append((col, span, rowspan, False, cell_text(element)))
            for below in range(number + 1, number + rowspan):
                marks = self.taken.setdefault(below, {})
                for offset in range(span):
                    marks[col + offset] = (span, col)
            col += span
        placed.extend(
            (origin, span, 1, True, "") for c, (span, origin) in taken.items() if c == origin
        )
        placed.sort(key=lambda cell: cell[0])
        self.width = max([self.width, *(c[0] + c[1] for c in placed)])
        self.rows.append(placed)
        self.lines.append(row.sourceline)
