"""Text without bars or tabs: space-separated rows, cell streams and paragraphs.

Lines are grouped by blank lines; each run is recognised from its own structure:

* **cell stream** — six or more single lines, each alone between blank lines, mostly
  short and with figures among them (a web table flattened to one cell per line).
  Nothing marks where its rows end, so each cell is a one-cell :class:`Row` flagged
  ``stream`` (see :mod:`jixiao.importers.blocks`); a line holding only a
  non-breaking or ideographic space is an empty cell. Year titles (``(2021年度)``)
  stay paragraphs.
* **space rows** — a group of lines of which several split into three or more
  cells. When cells are separated by runs of two or more spaces (or ideographic /
  non-breaking spaces) the columns are found from where the cells start
  (display width, a Chinese character counting two), so an indented sub-row lands
  in its column and a wide cell gets a ``span``. When single spaces separate
  cells (a page whose non-breaking spaces were flattened), cells are split at
  every space outside brackets and the row is ``packed``.
* anything else is paragraphs, one per line.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.importers.header_lines import holds_grid_header
from jixiao.importers.wrapped_words import wrapped_above, wrapped_header
from jixiao.model.source import SourceRef

NumberedLine = tuple[int, str]

_WIDE_GAP = re.compile(r" {2,}|[\t\u3000\u00a0]+[ \t\u3000\u00a0]*")
_ANY_GAP = re.compile(r"[ \t\u3000\u00a0]+")
# An empty cell (NBSP) or a figure with a short unit: "3415.94", "≥90%", "1辆", "100百分比".
_CELLISH = re.compile(r"^[\s\u00a0\u3000]*$|^[-+≥≤<>=]*\s*\d[\d.,]*\s*%?\S{0,6}$")
_YEAR_TITLE = re.compile(r"^[（(]\s*\d{4}\s*年度?\s*[)）]$")
_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_PROSE_PIECE = re.compile(r"^[,，。;；、%]|[,，;；]$")
# A 度量单位 cell of its own, not a sentence's tail: '%', '%(百分比)'.
_PERCENT_UNIT = re.compile(r"^%(?:[(（][^()（）]{1,8}[)）])?$")
_OPEN = "(（[【"
_CLOSE = ")）]】"

STREAM_MIN_CELLS = 6
_LONE_ROW_CELLS = 9  # more cells on a group's only split line: a table flattened into it
# a header's word: up to 12 characters, words in it ('>' of a breadcrumb is none)
_HEADER_WORD = re.compile(r"^(?=.*[^\W\d_]{2}).{2,12}$")
_TRAILING_GAP = re.compile(r"\S(?: {2,}|[\u3000\u00a0][ \u3000\u00a0]*)$")
_CELL_LINE = 20  # characters: longer lines are titles or sentences
_FIGURE_LINE = re.compile(r"^-?[\d,]+(?:\.\d+)?%?$")


def is_blank(line: str) -> bool:
    """Blank for grouping: ASCII whitespace only (a lone NBSP is an empty cell)."""
    return not line.strip(" \t\r\n")


def _groups(lines: list[NumberedLine]) -> list[list[NumberedLine]]:
    groups: list[list[NumberedLine]] = []
    current: list[NumberedLine] = []
    for item in lines:
        if is_blank(item[1]) or _IMAGE.match(item[1]):
            if current:
                groups.append(current)
            current = []
        else:
            current.append(item)
    if current:
        groups.append(current)
    return groups


def _display_width(text: str) -> int:
    """Columns in a monospaced rendering: a Chinese (wide) character takes two."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ch > "\u10ff" and _is_wide(ch))


@lru_cache(maxsize=65_536)
def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


@dataclass(slots=True)
class _Piece:
    text: str
    start: int  # display column where the cell starts
    end: int


def _pieces(line: str, gap: re.Pattern[str]) -> list[_Piece]:
    pieces: list[_Piece] = []
    position = 0  # characters of the line consumed
    column = 0  # their display width
    for match in gap.finditer(line):
        _add_piece(pieces, line[position : match.start()], column)
        column += _display_width(line[position : match.end()])
        position = match.end()
    _add_piece(pieces, line[position:], column)
    return _merge_brackets(pieces)


def _add_piece(pieces: list[_Piece], text: str, start: int) -> None:
    if text:
        pieces.append(_Piece(text, start, start + _display_width(text)))


def _merge_brackets(pieces: list[_Piece]) -> list[_Piece]:
    """Re-join pieces split inside brackets: ``(   2023年度)``, ``( ≥**个 )``."""
    merged: list[_Piece] = []
    depth = 0
    for piece in pieces:
        if depth > 0 and merged:
            last = merged[-1]
            merged[-1] = _Piece(f"{last.text} {piece.text}", last.start, piece.end)
        else:
            merged.append(piece)
        depth += sum(piece.text.count(c) for c in _OPEN) - sum(piece.text.count(c) for c in _CLOSE)
        depth = max(depth, 0)
    return merged


def spaced_words(line: str) -> list[str]:
    """A line cut at every run of spaces outside brackets (one table row flattened)."""
    return [piece.text for piece in _pieces(line.strip(), _ANY_GAP)]


class PlainReader:
    """Reads the plain (no bar, no tab) stretches of a text file into blocks."""

    def __init__(self, file: str, table: int) -> None:
        self.file = file
        self.table = table  # the last table number used

    def read(self, lines: list[NumberedLine]) -> list[Block]:
        blocks: list[Block] = []
        groups = _groups(lines)
        index = 0
        while index < len(groups):
            end = _single_lines_end(groups, index)
            if end - index >= STREAM_MIN_CELLS and _is_stream(groups[index:end]):
                blocks.extend(self._stream(groups[index:end]))
            else:
                end = max(end, index + 1)
                for group in groups[index:end]:
                    blocks.extend(self._group(group))
            index = end
        return blocks

    # -- cell streams ------------------------------------------------------------------

    def _stream(self, groups: list[list[NumberedLine]]) -> list[Block]:
        self.table += 1
        blocks: list[Block] = []
        for ((number, line),) in groups:
            source = SourceRef(file=self.file, line=number)
            text = line.strip(" \t")
            if _YEAR_TITLE.match(text):
                blocks.append(Paragraph(raw=line, source=source))
                continue
            cell = Cell(raw=line, source=SourceRef(file=self.file, line=number, col=1), col=0)
            blocks.append(Row(cells=[cell], source=source, table=self.table, stream=True))
        return blocks

    def _label_amount_rows(self, group: list[NumberedLine]) -> list[Block] | None:
        """'一、支出合计   250000' line after line: a two-column table (label, amount),
        a line ending in a wide gap being a row whose amount is empty."""
        split = [
            (n, line, [p.text for p in _pieces(line.rstrip(), _WIDE_GAP)]) for n, line in group
        ]
        paired = sum(1 for *_, texts in split if len(texts) == 2 and _FIGURE_LINE.match(texts[1]))
        if paired < 3:
            return None
        self.table += 1
        blocks: list[Block] = []
        for number, line, texts in split:
            source = SourceRef(file=self.file, line=number)
            empty_amount = len(texts) == 1 and _TRAILING_GAP.search(line) and len(texts[0]) <= 40
            if len(texts) == 2 and _FIGURE_LINE.match(texts[1]):
                cells = [self._cell(number, texts[0], 0), self._cell(number, texts[1], 1)]
            elif empty_amount:
                cells = [self._cell(number, texts[0], 0), self._cell(number, "", 1)]
            else:
                blocks.append(self._paragraph(number, line))
                continue
            blocks.append(Row(cells=cells, source=source, table=self.table))
        return blocks

    def _cell(self, number: int, text: str, col: int) -> Cell:
        return Cell(raw=text, source=SourceRef(file=self.file, line=number, col=col + 1), col=col)

    def _lines_or_stream(self, group: list[NumberedLine]) -> list[Block]:
        """Lines without blank lines between them: a run of short cell-like lines with
        figures among them is a table flattened one cell per line; the rest paragraphs."""
        blocks: list[Block] = []
        index = 0
        while index < len(group):
            end = index
            while end < len(group) and len(group[end][1].strip()) <= _CELL_LINE:
                end += 1
            run = [[line] for line in group[index:end]]
            if end - index >= STREAM_MIN_CELLS and _is_stream(run) and _figures_run(run):
                blocks.extend(self._stream(run))
                index = end
                continue
            last = max(end, index + 1)
            blocks.extend(self._paragraph(n, line) for n, line in group[index:last])
            index = last
        return blocks

    # -- space rows --------------------------------------------------------------------

    def _group(self, group: list[NumberedLine]) -> list[Block]:
        wide = sum(len(_WIDE_GAP.findall(line.strip())) for _, line in group)
        single = sum(len(_ANY_GAP.findall(line.strip())) for _, line in group) - wide
        aligned = wide >= single
        gap = _WIDE_GAP if aligned else _ANY_GAP
        split = [(number, line, _pieces(line.rstrip(), gap)) for number, line in group]
        split = [(n, line, [] if _is_prose_row(pieces) else pieces) for n, line, pieces in split]
        multi = sum(1 for _, _, pieces in split if len(pieces) >= 3)
        if multi == 0:
            return self._label_amount_rows(group) or self._lines_or_stream(group)
        if multi < 2:
            return self._lone_row(split)
        self.table += 1
        rows_pieces = [pieces for _, _, pieces in split if len(pieces) > 1]
        stops = _column_stops([piece for pieces in rows_pieces for piece in pieces])
        # Columns only line up in a monospaced rendering; otherwise keep the cells' order.
        aligned = aligned and _lined_up(rows_pieces)
        lines = [line for _, line, _ in split]
        texts = [[piece.text for piece in pieces] for _, _, pieces in split]
        wrapped = None if aligned else wrapped_header(lines, texts)  # '一级' / '指标' above
        blocks: list[Block] = []
        for index, (number, line, pieces) in enumerate(split):
            if wrapped and wrapped.start <= index < wrapped.at:
                continue  # a header word's pieces: the header row's first cells below
            if not pieces or (not blocks and len(pieces) == 1):
                blocks.append(self._paragraph(number, line))  # a title above the table
                continue
            cells = self._cells(number, pieces, stops if aligned else None)
            if wrapped and index == wrapped.at:
                cells = self._joined(number, wrapped.words, cells)
            source = SourceRef(file=self.file, line=number)
            blocks.append(Row(cells=cells, source=source, table=self.table, packed=not aligned))
        return blocks

    def _lone_row(self, split: list[tuple[int, str, list[_Piece]]]) -> list[Block]:
        """A group with one line that splits into cells: that line may be a row (see
        :meth:`_lone_row_or_paragraph`); words wrapped one piece a line right above it
        ('一级' / '指标' / '二级' / '指标' over a header, '经济效益' / '指标' over a row) are
        its first cells, joined two by two."""
        blocks = [self._lone_row_or_paragraph(n, line, pieces) for n, line, pieces in split]
        at = next((i for i, b in enumerate(blocks) if isinstance(b, Row)), None)
        wrapped = None if at is None else wrapped_above([line for _, line, _ in split], at)
        if at is None or wrapped is None:
            return blocks
        row = blocks[at]
        assert isinstance(row, Row)
        cells = self._joined(split[at][0], wrapped.words, row.cells)
        joined = Row(cells=cells, source=row.source, table=row.table)
        return [*blocks[: wrapped.start], joined, *blocks[at + 1 :]]

    def _joined(self, number: int, words: list[str], cells: list[Cell]) -> list[Cell]:
        """``words`` wrapped above a row as its first cells, then the row's own."""
        first = [self._cell(number, w, i) for i, w in enumerate(words)]
        return first + [self._cell(number, c.raw, len(words) + i) for i, c in enumerate(cells)]

    def _lone_row_or_paragraph(self, number: int, line: str, pieces: list[_Piece]) -> Block:
        """The one line of a group that splits into cells: a row when its cells are a
        header's words (four or more short cells, no figure: '三级指标 预期指标值(A) …'
        under its labels wrapped one word a line) or a data row (one to three words — a
        label, a name — then figures only, two or more: '承担重要公益服务项目… 100% 100% 10
        10'); else a paragraph (a title, a sentence with spaces in it, or words and
        figures taking turns: a line of glued rows, each with its points)."""
        texts = [piece.text for piece in pieces]
        if len(texts) > _LONE_ROW_CELLS:  # a whole table flattened into the line
            return self._paragraph(number, line)
        figures = sum(1 for text in texts[1:] if _CELLISH.match(text))
        header = len(texts) >= 4 and figures == 0 and all(_HEADER_WORD.match(t) for t in texts)
        words = next((i for i, text in enumerate(texts) if _CELLISH.match(text)), len(texts))
        data = 1 <= words <= 3 and len(texts) - words >= 2 and figures == len(texts) - words
        if not (header or data):
            return self._paragraph(number, line)
        self.table += 1
        source = SourceRef(file=self.file, line=number)
        return Row(cells=self._cells(number, pieces, None), source=source, table=self.table)

    def _cells(self, number: int, pieces: list[_Piece], stops: list[int] | None) -> list[Cell]:
        if stops is None:
            cols = list(range(len(pieces)))
            spans = [1] * len(pieces)
        else:
            cols = []
            for piece in pieces:
                col = max(bisect_right(stops, piece.start + 1) - 1, 0)
                cols.append(max(col, cols[-1] + 1) if cols else col)
            spans = []
            for index, piece in enumerate(pieces):
                reach = max(bisect_right(stops, piece.end - 1) - cols[index], 1)
                limit = cols[index + 1] - cols[index] if index + 1 < len(cols) else reach
                spans.append(max(min(reach, limit), 1))
        return [
            Cell(
                raw=piece.text,
                source=SourceRef(file=self.file, line=number, col=col + 1),
                col=col,
                span=span,
            )
            for piece, col, span in zip(pieces, cols, spans, strict=True)
        ]

    def _paragraph(self, number: int, line: str) -> Paragraph:
        return Paragraph(raw=line, source=SourceRef(file=self.file, line=number))


def _single_lines_end(groups: list[list[NumberedLine]], start: int) -> int:
    """One past the run of groups, from ``start``, that are single lines (not sentences)."""
    end = start
    while end < len(groups) and len(groups[end]) == 1 and not _is_prose(groups[end][0][1]):
        end += 1
    return end


def _is_stream(groups: list[list[NumberedLine]]) -> bool:
    """Mostly short lines, with figures among them: cells, not paragraphs."""
    lines = [group[0][1].strip() for group in groups]
    short = sum(1 for line in lines if len(line) <= 20)  # about 40 display columns
    cellish = sum(1 for line in lines if _CELLISH.match(line))
    if short * 2 >= len(lines) and cellish >= 2:
        return True
    # a target table of sentences has neither: its header lines show it (header_lines)
    return holds_grid_header(lines)


def _figures_run(groups: list[list[NumberedLine]]) -> bool:
    """Three figures on consecutive lines: a table's amounts, not a list of headings."""
    run = 0
    for ((_, line),) in groups:
        run = run + 1 if _FIGURE_LINE.match(line.strip()) else 0
        if run >= 3:
            return True
    return False


def _is_prose_row(pieces: list[_Piece]) -> bool:
    """Sentences cut at spaces ("2019 年,本部门… 312.23 万元,比上年…") are not a row."""
    return any(
        _PROSE_PIECE.search(piece.text) and not _PERCENT_UNIT.match(piece.text)
        for piece in pieces[1:]
    )


def _is_prose(line: str) -> bool:
    """A markdown heading or a long sentence ends a cell stream (a long cell does not)."""
    text = line.strip()
    return text.startswith("#") or (len(text) > 120 and text.endswith("。"))


def _lined_up(rows: list[list[_Piece]]) -> bool:
    """Whether most cells start where a cell of another row starts (a monospaced table)."""
    starts = [{piece.start for piece in pieces[1:]} for pieces in rows]
    inner = [(index, start) for index, row in enumerate(starts) for start in row]
    if not inner:
        return False
    shared = sum(
        1
        for index, start in inner
        if any(
            abs(start - other) <= 1 for j, row in enumerate(starts) if j != index for other in row
        )
    )
    return shared * 2 >= len(inner)


def _column_stops(pieces: list[_Piece]) -> list[int]:
    """Column start positions shared by the table's cells (within one display column)."""
    starts = sorted({piece.start for piece in pieces})
    stops: list[int] = []
    for start in starts:
        if not stops or start - stops[-1] > 1:
            stops.append(start)
    return stops
