"""Read a text rendering of a document into paragraphs and rows.

The layout is recognised from the text itself, never from the file's name:

* HTML markup with a ``<table>`` (a page saved as text) goes to the HTML reader;
* the Hebei 文本 layouts, when the file is written with tabs and no bars:
  one cell per line (every cell a line starting with a tab, rows separated by
  blank lines, a line without a tab right after a cell continuing that cell), or
  tab-separated rows (a row shorter than its neighbours followed by wrapped text
  is re-joined);
* otherwise the text is cut into stretches, each read by its own structure:
  ``Sheet N:`` markers start a new table; runs of lines with ``|`` bars are pipe
  tables (:mod:`jixiao.importers.text_pipes`); the rest is space-separated rows,
  cell streams or paragraphs (:mod:`jixiao.importers.text_spaces`).
"""

from __future__ import annotations

import re

from jixiao.importers.blocks import Block, Cell, LineCell, Paragraph, Row
from jixiao.importers.text_chunks import join_chunks
from jixiao.importers.text_pipes import is_bar_line, read_pipe_table
from jixiao.importers.text_spaces import PlainReader
from jixiao.model.source import SourceRef

_HTML_TABLE = re.compile(r"<table\b[^>]*>.*?<t[dh]\b", re.I | re.S)
_SHEET = re.compile(r"^\s*Sheet\s*\d+\s*[:：]", re.I)
PIPE_GAP = 3  # lines without a bar a bar-rendered table may hold (a cell's wrapped text)


def _is_cell_per_line(tab_lines: list[str]) -> bool:
    """Whether the lines holding a tab are mostly one cell each (a tab, then the cell)."""
    if not tab_lines:
        return False
    # (a tab row's first cell is mostly filled: few lines start with a tab, decided by them)
    leading = [line for line in tab_lines if line.startswith("\t")]
    least = 0.8 * len(tab_lines)
    if len(leading) < least:
        return False
    single = sum(1 for line in leading if line.count("\t") == 1)
    return single >= least


def _two_filled(tab_lines: list[str]) -> bool:
    """Whether at least two of the lines hold more than spaces (the first two found)."""
    found = 0
    for line in tab_lines:
        if not line.isspace():
            found += 1
            if found == 2:
                return True
    return False


def read_text_blocks(text: str, file_name: str) -> list[Block]:
    """Split a decoded text rendering into blocks, each with its line number."""
    if "<" in text and _HTML_TABLE.search(text):
        from jixiao.importers.html_reader import read_html_text

        return read_html_text(text, file_name)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # (a text without a bar has no bar line: the lines are scanned only when it has one)
    if "|" in text and any(is_bar_line(line) for line in lines):
        return _read_stretches(lines, file_name)
    tab_lines = [line for line in lines if "\t" in line]
    if _is_cell_per_line(tab_lines):
        return _read_cell_per_line(lines, file_name)
    if _two_filled(tab_lines):
        return _read_tab_rows(lines, file_name)
    return _read_stretches(lines, file_name)


def _read_stretches(lines: list[str], file_name: str) -> list[Block]:
    """Cut the text at sheet markers and around bar tables; read each stretch by its shape."""
    blocks: list[Block] = []
    numbered = join_chunks(list(enumerate(lines, start=1)))
    plain = PlainReader(file_name, 0)
    index = 0
    while index < len(numbered):
        number, line = numbered[index]
        if _SHEET.match(line):
            blocks.append(Paragraph(raw=line, source=SourceRef(file=file_name, line=number)))
            index += 1
            continue
        if is_bar_line(line):
            end = _pipe_stretch_end(numbered, index)
            table_blocks, plain.table = read_pipe_table(
                numbered[index:end], file_name, plain.table + 1
            )
            blocks.extend(table_blocks)
            index = end
            continue
        end = index
        while (
            end < len(numbered)
            and not is_bar_line(numbered[end][1])
            and not _SHEET.match(numbered[end][1])
        ):
            end += 1
        blocks.extend(plain.read(numbered[index:end]))
        index = end
    return blocks


def _pipe_stretch_end(numbered: list[tuple[int, str]], start: int) -> int:
    """One past the last line of the bar table starting at ``start``."""
    last = start
    probe = start + 1
    while probe < len(numbered) and probe - last <= PIPE_GAP + 1:
        line = numbered[probe][1]
        if _SHEET.match(line):
            break
        if is_bar_line(line):
            last = probe
        probe += 1
    return last + 1


def _read_cell_per_line(lines: list[str], file_name: str) -> list[Block]:
    blocks: list[Block] = []
    row: Row | None = None
    for number, line in enumerate(lines, start=1):
        here = SourceRef(file=file_name, line=number)
        if line.startswith("\t"):
            if row is None:
                row = Row(cells=[], source=here)
                blocks.append(row)
            row.cells.append(Cell(raw=line[1:], source=here, col=len(row.cells)))
        elif not line.strip():
            row = None
        elif row is not None:
            # A line without a tab directly under a cell is that cell's next line.
            row.cells[-1].extend(line)
        else:
            blocks.append(Paragraph(raw=line, source=here))
    return blocks


def _split_row(line: str, here: SourceRef, start_col: int) -> list[Cell]:
    # each cell's own SourceRef is made only if asked for
    return [LineCell(part, here, col) for col, part in enumerate(line.split("\t"), start_col)]


def _read_tab_rows(lines: list[str], file_name: str) -> list[Block]:
    """One pass over the lines: each is blank, a paragraph, the wrapped rest of the row
    above or a row of its own (the hottest loop of a text import: a row keeps its line's
    strings, its cells made only if asked for)."""
    blocks: list[Block] = []
    append = blocks.append
    at_line = Row.at_line
    previous: Row | None = None  # the row on the line just above, if any
    width = 0  # widest row of the current run of rows
    cut = False  # whether ``previous`` is shorter than ``width`` (its text may wrap on)
    for number, line in enumerate(lines, start=1):
        if not line or line.isspace():
            previous, width, cut = None, 0, False
            continue
        if "\t" not in line:
            if cut:
                assert previous is not None
                previous.cells[-1].extend(line)  # a cell wrapped onto this line
                continue
            previous, width, cut = None, 0, False
            append(Paragraph(line, SourceRef(file_name, None, number)))  # (positional: cheaper)
            continue
        parts = line.split("\t")
        if cut:
            assert previous is not None
            held = len(previous.texts)
            if held + len(parts) - 1 <= width:
                # The previous row was cut short: its last cell goes on here.
                here = SourceRef(file_name, None, number)
                previous.cells[-1].extend(parts[0])
                previous.cells.extend(_split_row("\t".join(parts[1:]), here, held))
                cut = len(previous.cells) < width
                continue
        previous = row = at_line(parts, file_name, number, line)
        append(row)
        count = len(parts)
        if count > width:
            width = count
        cut = count < width
    return blocks
