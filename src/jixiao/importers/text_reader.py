"""Read a text rendering (the seeds' layouts) into paragraphs and rows.

Two ways of writing a table are recognised from the file itself, not from its name:

* one cell per line: every cell is a line starting with a tab, rows are separated
  by blank lines, and a line without a tab right after a cell continues that cell;
* tab-separated rows: one row per line, cells separated by tabs; a row that is
  shorter than its neighbours and is followed by more text wrapped onto the next
  line(s) is re-joined.
"""

from __future__ import annotations

from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.model.source import SourceRef


def _is_cell_per_line(lines: list[str]) -> bool:
    tab_lines = [line for line in lines if "\t" in line]
    if not tab_lines:
        return False
    single = sum(1 for line in tab_lines if line.startswith("\t") and line.count("\t") == 1)
    return single >= 0.8 * len(tab_lines)


def read_text_blocks(text: str, file_name: str) -> list[Block]:
    """Split a decoded text rendering into blocks, each with its line number."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if _is_cell_per_line(lines):
        return _read_cell_per_line(lines, file_name)
    return _read_tab_rows(lines, file_name)


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


def _split_row(line: str, here: SourceRef, start_col: int = 0) -> list[Cell]:
    return [
        Cell(
            raw=part,
            source=SourceRef(file=here.file, line=here.line, col=start_col + index + 1),
            col=start_col + index,
        )
        for index, part in enumerate(line.split("\t"))
    ]


def _read_tab_rows(lines: list[str], file_name: str) -> list[Block]:
    blocks: list[Block] = []
    previous: Row | None = None  # the row on the line just above, if any
    width = 0  # widest row of the current run of rows
    for number, line in enumerate(lines, start=1):
        here = SourceRef(file=file_name, line=number)
        if not line.strip():
            previous, width = None, 0
            continue
        if "\t" not in line:
            if previous is not None and len(previous.cells) < width:
                previous.cells[-1].extend(line)  # a cell wrapped onto this line
                continue
            previous, width = None, 0
            blocks.append(Paragraph(raw=line, source=here))
            continue
        parts = line.split("\t")
        if (
            previous is not None
            and len(previous.cells) < width
            and (len(previous.cells) + len(parts) - 1 <= width)
        ):
            # The previous row was cut short: its last cell goes on here.
            previous.cells[-1].extend(parts[0])
            previous.cells.extend(_split_row("\t".join(parts[1:]), here, len(previous.cells)))
            continue
        row = Row(cells=_split_row(line, here), source=here)
        blocks.append(row)
        previous = row
        width = max(width, len(row.cells))
    return blocks
