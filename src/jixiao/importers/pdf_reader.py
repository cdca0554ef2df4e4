"""Read a published PDF into paragraphs and table rows, in reading order.

pdfplumber finds the ruled tables on each page (their cells' rectangles) and the
characters with their positions; everything else is layout work done here:

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

Scanned PDFs (pages without text) give nothing to read: the plan then warns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.importers.errors import ImportFailed
from jixiao.model.source import SourceRef
from jixiao.textnorm.enumeration import has_enumeration

Char = dict[str, Any]  # a pdfplumber character: text, x0, x1, top, bottom, size, upright

_PAGE_NUMBER = re.compile(
    r"^(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d{1,4}"
    r"|\d+\s*/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.IGNORECASE,
)
_MARGIN_BAND = 0.12  # top and bottom share of the page where page numbers live
_SNAP = 1.5  # points: edges closer than this are the same grid line
_LATIN = re.compile(r"[A-Za-z0-9]")
_NO_LINE_START = frozenset("，。、；：？！）》」』】”’%,.;:?!)")
_NO_BREAK_AFTER = frozenset("“”‘’")  # Unicode line breaking (UAX #14, LB19): no break
# after a quotation mark either, so “次”方” wraps as one unit.


@dataclass(slots=True)
class _Line:
    """Characters on one baseline, left to right."""

    chars: list[Char]
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    def first_unit_width(self) -> float:
        """Width of what a wrap would have carried over: a word, or a character
        together with punctuation that may not start a line."""
        chars = self.chars
        if not chars:
            return 0.0
        end = 1
        if _LATIN.match(chars[0]["text"]):
            while end < len(chars) and _LATIN.match(chars[end]["text"]):
                end += 1
        while end < len(chars) and (
            chars[end]["text"] in _NO_LINE_START or chars[end - 1]["text"] in _NO_BREAK_AFTER
        ):
            end += 1
        return float(chars[end - 1]["x1"] - chars[0]["x0"])


_PIECE_GAP = 3.0  # characters: a wider gap on a line separates two pieces of text


def _pieces(group: list[Char]) -> list[list[Char]]:
    """A line cut at wide gaps: "430001 某局本级" on the left and "单位：万元" on the
    right of the same line are two texts, not one."""
    pieces: list[list[Char]] = [[]]
    previous: Char | None = None
    for char in group:
        if char["text"].isspace():
            pieces[-1].append(char)
            continue
        if previous is not None and char["x0"] - previous["x1"] > _PIECE_GAP * char["size"]:
            pieces.append([])
        pieces[-1].append(char)
        previous = char
    return pieces


def _lines(chars: Iterable[Char], *, split_gaps: bool = False) -> list[_Line]:
    """Group characters into lines (by vertical overlap) and order each line; with
    ``split_gaps``, texts far apart on a line are separate lines."""
    ordered = sorted(
        (c for c in chars if c.get("upright", True)), key=lambda c: (c["top"], c["x0"])
    )
    groups: list[list[Char]] = []
    for char in ordered:
        if groups:
            last = groups[-1]
            middle = (char["top"] + char["bottom"]) / 2
            if last[0]["top"] - 0.5 <= middle <= last[0]["bottom"] + 0.5:
                last.append(char)
                continue
        groups.append([char])
    lines: list[_Line | None] = []
    for whole in groups:
        whole.sort(key=lambda c: c["x0"])
        lines.extend(_line(group) for group in (_pieces(whole) if split_gaps else [whole]))
    return [line for line in lines if line is not None]


def _line(group: list[Char]) -> _Line | None:
    text = _line_text(group)
    if not text.strip():
        return None
    visible = [c for c in group if c["text"].strip()]
    return _Line(
        chars=visible,
        text=text.strip(),
        x0=min(c["x0"] for c in visible),
        x1=max(c["x1"] for c in visible),
        top=min(c["top"] for c in group),
        bottom=max(c["bottom"] for c in group),
        size=max(c["size"] for c in visible),
    )


def _line_text(chars: Sequence[Char]) -> str:
    """The characters' text; a gap wider than a third of a character is a space."""
    parts: list[str] = []
    previous: Char | None = None
    for char in chars:
        if previous is not None and not char["text"].isspace() and not previous["text"].isspace():
            gap = char["x0"] - previous["x1"]
            if gap > 0.3 * max(char["size"], 1.0):
                parts.append(" ")
        parts.append(char["text"])
        previous = char
    return "".join(parts)


def _separator(line: _Line, following: _Line, right: float) -> str | None:
    """What joins ``following`` to ``line``: None for a hard break (a new paragraph or
    cell line, written "\n"), else the text of a wrap — nothing, or a space.

    It is a wrap when the next line's first word (or character) did not fit after
    ``line``. Between two Latin letters a wrap is either a word cut where the line
    was full (a long code in a narrow cell: nothing) or a wrap at the space between
    two words, which is not drawn (a space).
    """
    if line.x1 + following.first_unit_width() <= right - 0.5:
        return None
    if has_enumeration(following.text):
        return None  # "3.…", "（三）…": a numbered item starts, even after a full line
    last, first = line.text[-1:], following.text[:1]
    if not (last.isascii() and last.isalpha() and first.isascii() and first.isalpha()):
        return ""
    char = following.chars[0]
    full = right - line.x1 < float(char["x1"] - char["x0"]) + 0.5
    return "" if full else " "


def _join(text: str, line: str, separator: str | None) -> str:
    if not text:
        return line
    return f"{text}{chr(10) if separator is None else separator}{line}"


# -- tables ------------------------------------------------------------------------------


def _snap(values: Iterable[float]) -> list[float]:
    """Distinct grid lines: values closer than :data:`_SNAP` are one."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _SNAP:
            out.append(value)
    return out


def _index(grid: list[float], value: float) -> int:
    return min(range(len(grid)), key=lambda i: abs(grid[i] - value))


def _inside(char: Char, box: Box) -> bool:
    x0, top, x1, bottom = box
    cx = (float(char["x0"]) + float(char["x1"])) / 2
    cy = (float(char["top"]) + float(char["bottom"])) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _cell_text(chars: list[Char], box: Box) -> str:
    lines = _lines(chars)
    if not lines:
        return ""
    # The cell's padding, seen at its left edge; centred or right-aligned text stands
    # farther in, but no cell is padded by more than a character.
    padding = max(0.0, min(line.x0 for line in lines) - box[0])
    padding = min(padding, max(line.size for line in lines))
    right = box[2] - padding
    text = lines[0].text
    for previous, line in pairwise(lines):
        text = _join(text, line.text, _separator(previous, line, right))
    return text


def _extent(bbox: Box, rules: list[dict[str, Any]]) -> Box:
    """The table's box grown along its vertical rules: a row cut by the page's foot
    (or head) has side rules but no rule closing it, so no cell is found there."""
    x0, top, x1, bottom = bbox
    for edge in rules:
        if not x0 - _SNAP <= edge["x0"] <= x1 + _SNAP:
            continue
        if edge["top"] <= bottom + _SNAP and edge["bottom"] >= top - _SNAP:
            top, bottom = min(top, float(edge["top"])), max(bottom, float(edge["bottom"]))
    return (x0, top, x1, bottom)


def _uncovered(
    cells: list[Box], columns: list[float], area: Box, rules: list[dict[str, Any]]
) -> list[Box]:
    """Boxes for the grid places no cell covers, one per run of rows in a column.

    A cell merged down over rows running onto the next page has no bottom rule on
    this page, so pdfplumber finds no cell there — yet its text (一级指标) is there.
    """
    # A rule under a row starts the next one, even when that row, cut by the page's
    # foot, has no rule of its own below it.
    _, top, _, bottom = area
    tops = _snap([top] + [c[1] for c in cells] + [c[3] for c in cells if c[3] < bottom - _SNAP])
    bottoms = [*tops[1:], bottom]
    covered: set[tuple[int, int]] = set()
    for x0, top, x1, low in cells:
        first, last = _index(columns, x0), _index(columns, x1)
        for row, row_top in enumerate(tops):
            if top - _SNAP <= row_top < low - _SNAP:
                covered.update((row, col) for col in range(first, last))
    boxes: list[Box] = []
    for col in range(len(columns) - 1):
        run: list[int] = []
        for row in [*range(len(tops)), -1]:
            if row >= 0 and (row, col) not in covered:
                run.append(row)
                continue
            if run:
                boxes.append((columns[col], tops[run[0]], columns[col + 1], bottoms[run[-1]]))
                run = []
    return _join_unruled(boxes, rules)


def _join_unruled(boxes: list[Box], rules: list[dict[str, Any]]) -> list[Box]:
    """Side-by-side boxes of the same rows with no vertical rule between them: one cell."""
    joined: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[3], b[0])):
        if joined:
            x0, top, x1, bottom = joined[-1]
            middle = (top + bottom) / 2
            ruled = any(
                abs(rule["x0"] - x1) < _SNAP and rule["top"] <= middle <= rule["bottom"]
                for rule in rules
            )
            if (top, bottom) == (box[1], box[3]) and abs(x1 - box[0]) < _SNAP and not ruled:
                joined[-1] = (x0, top, box[2], bottom)
                continue
        joined.append(box)
    return joined


@dataclass(slots=True)
class _Placed:
    """A block with its vertical position on the page, for ordering."""

    top: float
    block: Block


Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def _table_rows(
    cells: list[Box], columns: list[float], chars: list[Char], here: SourceRef
) -> list[_Placed]:
    tops = _snap([c[1] for c in cells])
    by_row: dict[int, list[tuple[int, int, Box]]] = {}
    for box in cells:
        col = _index(columns, box[0])
        span = max(1, _index(columns, box[2]) - col)
        by_row.setdefault(_index(tops, box[1]), []).append((col, span, box))
    placed: list[_Placed] = []
    texts = {box: _cell_text([c for c in chars if _inside(c, box)], box) for box in cells}
    for number, top in enumerate(tops, start=1):
        source = here.at(row=number)
        row_cells = [
            Cell(
                raw=texts[box],
                source=source.at(col=col + 1),
                col=col,
                span=span,
                rowspan=max(1, sum(1 for t in tops if box[1] - _SNAP <= t < box[3] - _SNAP)),
            )
            for col, span, box in sorted(by_row.get(number - 1, []), key=lambda t: t[0])
        ]
        # Parts of cells merged down from a row above: empty cells, as in Word.
        for box in cells:
            if box[1] < top - _SNAP and box[3] > top + _SNAP:
                col = _index(columns, box[0])
                span = max(1, _index(columns, box[2]) - col)
                here_col = source.at(col=col + 1)
                row_cells.append(Cell(raw="", source=here_col, col=col, span=span, covered=True))
        row_cells.sort(key=lambda c: c.col)
        if len(row_cells) == 1 and row_cells[0].span == len(columns) - 1:
            # One cell across the whole table: a framed paragraph, as in Excel forms.
            placed.extend(
                _Placed(top, Paragraph(raw=part, source=source))
                for part in row_cells[0].raw.split("\n")
                if part.strip()
            )
            continue
        placed.append(_Placed(top, Row(cells=row_cells, source=source, table=here.table)))
    return placed


def _boxed_paragraphs(cells: list[Box], chars: list[Char], here: SourceRef) -> list[_Placed]:
    """The text of a one-column "table" (prose in a frame): a paragraph per line it
    breaks, as the Excel reader reads a text cell."""
    placed: list[_Placed] = []
    for number, box in enumerate(sorted(cells, key=lambda b: b[1]), start=1):
        text = _cell_text([c for c in chars if _inside(c, box)], box)
        for part in text.split("\n"):
            if part.strip():
                placed.append(_Placed(box[1], Paragraph(raw=part, source=here.at(row=number))))
    return placed


# -- pages --------------------------------------------------------------------------------


def _is_page_number(line: _Line, height: float) -> bool:
    in_margin = line.bottom < height * _MARGIN_BAND or line.top > height * (1 - _MARGIN_BAND)
    return in_margin and _PAGE_NUMBER.match(line.text.replace(" ", "")) is not None


def _paragraphs(lines: list[_Line], right: float, here: SourceRef) -> list[_Placed]:
    """Lines outside tables grouped into paragraphs."""
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    pitches = sorted(b.top - a.top for a, b in pairwise(lines) if b.top > a.top)
    # The line pitch inside paragraphs: a low quantile, since the gaps between
    # paragraphs (one-line ones above all) are the larger pitches.
    usual = pitches[len(pitches) // 5] if pitches else 0.0
    placed: list[_Placed] = []
    text = ""
    start: _Line | None = None
    first = 0  # the line number (on the page, outside tables) the paragraph starts on
    previous: _Line | None = None
    for number, line in enumerate(lines, start=1):
        if previous is not None and start is not None:
            pitch = line.top - previous.top
            separator = _separator(previous, line, right)
            # A wrapped line starts at the left edge, or is the shorter, centred rest
            # of a centred line (a title over two lines).
            centred = (
                abs((line.x0 + line.x1) - (previous.x0 + previous.x1)) < line.size
                and line.x0 > previous.x0 + line.size
            )
            aligned = line.x0 <= left + 0.5 * line.size or centred
            same = (
                separator is not None
                and aligned
                and pitch <= max(1.8 * line.size, 1.2 * usual)
                and abs(line.size - previous.size) < 0.5
            )
            if same:
                text = _join(text, line.text, separator)
                previous = line
                continue
            placed.append(_Placed(start.top, Paragraph(raw=text, source=here.at(line=first))))
        text, start, previous, first = line.text, line, line, number
    if start is not None:
        placed.append(_Placed(start.top, Paragraph(raw=text, source=here.at(line=first))))
    return placed


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
            if abs(previous[0] - columns[0]) < _SNAP and abs(previous[-1] - columns[-1]) < _SNAP:
                columns = _snap(previous + columns)
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
        placed: list[_Placed] = []
        for index, table in enumerate(sorted(found, key=lambda t: t.bbox[1])):
            self.tables += 1
            cells: list[Box] = [
                (float(x0), float(t), float(x1), float(b)) for x0, t, x1, b in table.cells
            ]
            columns = _snap([c[0] for c in cells] + [c[2] for c in cells])
            columns = self._continued_columns(columns, number, first=index == 0)
            area = _extent(tuple(map(float, table.bbox)), rules)  # type: ignore[arg-type]
            cells += _uncovered(cells, columns, area, rules)
            boxes.append(area)
            inside = [c for c in chars if _inside(c, area)]
            if len(columns) == 2:  # one column: framed paragraphs, not a table
                placed.extend(_boxed_paragraphs(cells, inside, here.at(table=self.tables)))
            else:
                placed.extend(_table_rows(cells, columns, inside, here.at(table=self.tables)))
        outside = [c for c in chars if not any(_inside(c, box) for box in boxes)]
        lines = [
            line
            for line in _lines(outside, split_gaps=True)
            if not _is_page_number(line, page.height)
        ]
        page_right = max((line.x1 for line in lines), default=0.0)
        # The text's right edge: this page's widest line, or a wider one seen on an
        # earlier page of the same size (a page of short lines does not show it).
        width = round(float(page.width))
        if len(lines) >= 3:
            self.right_edges[width] = max(self.right_edges.get(width, 0.0), page_right)
        right = max(page_right, self.right_edges.get(width, 0.0))
        placed.extend(_paragraphs(lines, right, here))
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
