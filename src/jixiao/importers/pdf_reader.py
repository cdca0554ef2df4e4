"""Read a published PDF into paragraphs and table rows, in reading order.

pdfplumber finds the ruled tables on each page (their cells' rectangles) and the
characters with their positions; everything else is layout work done in jixiao:

* table cells are placed on the table's column grid (from the cells' left and right
  edges), so a cell spanning columns has ``span`` > 1 and the part of a vertically
  merged cell lying in a lower row is an empty cell — as the Word reader gives them;
* the text of a cell or of the page is rebuilt line by line, and a line ends its
  paragraph (a hard break, "\\n") unless the next line's first character or word
  would not have fitted after it — then it is the same paragraph wrapped (soft);
  outside tables, a larger gap or an indented line also starts a paragraph;
* page numbers in the top and bottom margins ("第 3 页", "- 3 -") are left out;
* a table continuing on the next page is simply more rows: the assembler already
  skips repeated header rows and joins a row that a page break cut in two.

The work is shared out: :mod:`.pdf_lines` groups characters into lines and decides
where a line wraps, :mod:`.pdf_tables` reads the ruled tables, :mod:`.pdf_page_text`
the text around them; this module walks the pages and keeps what carries over from
one page to the next.

Scanned PDFs (pages without text) give nothing to read: the plan then warns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jixiao.importers.blocks import Block
from jixiao.importers.errors import ImportFailed
from jixiao.importers.pdf_lines import Char, PlacedBlock, group_lines
from jixiao.importers.pdf_page_text import is_page_number, page_paragraphs
from jixiao.importers.pdf_tables import (
    SNAP,
    Box,
    boxed_paragraphs,
    is_inside,
    snap,
    table_extent,
    table_rows,
    uncovered_cells,
)
from jixiao.model.source import SourceRef

_WHITE = ((1,), (1, 1, 1), (0, 0, 0, 0))


def _is_blank_fill(obj: dict[str, Any]) -> bool:
    if obj.get("object_type") != "rect" or obj.get("stroke"):
        return False
    color = obj.get("non_stroking_color")
    return color is not None and tuple(float(v) for v in color) in _WHITE


class _Reader:
    """Reads the pages in order, remembering what carries over from page to page:
    the table count, the text's right edge and the last table's column grid."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.tables = 0
        self.right_edges: dict[int, float] = {}
        self._last_grid: tuple[int, list[float]] | None = None  # page, column edges

    def _continued_columns(self, columns: list[float], page: int, *, first: bool) -> list[float]:
        """A table continuing from the page before keeps that page's column grid.

        The rows on the new page may not show every column edge (a cell spanning two
        columns everywhere), yet their cells must line up with the header above.
        """
        last = self._last_grid
        if first and last is not None and last[0] == page - 1:
            previous = last[1]
            if abs(previous[0] - columns[0]) < SNAP and abs(previous[-1] - columns[-1]) < SNAP:
                columns = snap(previous + columns)
        self._last_grid = (page, columns)
        return columns

    def page_blocks(self, page: Any, number: int) -> list[Block]:
        """One page's table rows and paragraphs, top to bottom."""
        # A white area without an outline (a page or cell background) draws no rule:
        # its edges must not become table borders.
        page = page.filter(lambda obj: not _is_blank_fill(obj))
        page = page.dedupe_chars()  # fake bold: the same character drawn twice
        here = SourceRef(file=self.name, page=number)
        found = page.find_tables()
        rules = [e for e in page.edges if e.get("orientation") == "v"]
        boxes: list[Box] = []
        chars: list[Char] = page.chars
        placed: list[PlacedBlock] = []
        for index, table in enumerate(sorted(found, key=lambda t: t.bbox[1])):
            self.tables += 1
            cells: list[Box] = [
                (float(x0), float(t), float(x1), float(b)) for x0, t, x1, b in table.cells
            ]
            columns = snap([c[0] for c in cells] + [c[2] for c in cells])
            columns = self._continued_columns(columns, number, first=index == 0)
            area = table_extent(tuple(map(float, table.bbox)), rules)  # type: ignore[arg-type]
            cells += uncovered_cells(cells, columns, area, rules)
            boxes.append(area)
            inside = [c for c in chars if is_inside(c, area)]
            if len(columns) == 2:  # one column: framed paragraphs, not a table
                placed.extend(boxed_paragraphs(cells, inside, here.at(table=self.tables)))
            else:
                placed.extend(table_rows(cells, columns, inside, here.at(table=self.tables)))
        outside = [c for c in chars if not any(is_inside(c, box) for box in boxes)]
        lines = [
            line
            for line in group_lines(outside, split_gaps=True)
            if not is_page_number(line, page.height)
        ]
        page_right = max((line.x1 for line in lines), default=0.0)
        # The text's right edge: this page's widest line, or a wider one seen on an
        # earlier page of the same size (a page of short lines does not show it).
        width = round(float(page.width))
        if len(lines) >= 3:
            self.right_edges[width] = max(self.right_edges.get(width, 0.0), page_right)
        right = max(page_right, self.right_edges.get(width, 0.0))
        placed.extend(page_paragraphs(lines, right, here))
        placed.sort(key=lambda p: p.top)
        return [p.block for p in placed]


def read_pdf_blocks(path: Path) -> list[Block]:
    """Read a .pdf file into blocks; raise :class:`ImportFailed` if it is not one."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    reader = _Reader(path.name)
    blocks: list[Block] = []
    try:
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                blocks.extend(reader.page_blocks(page, number))
    except (PDFSyntaxError, PSException, PdfminerException) as error:
        raise ImportFailed(path.name, f"不是有效的 PDF 文件或文件已损坏（{error}）") from error
    return blocks
