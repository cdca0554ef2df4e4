"""What the bar counts of a pipe table's lines say about its rows: lines that continue the
row above them (a row broken over lines) and lines that open with an empty first cell (a
merged label printed once above) rather than a border."""

from __future__ import annotations

import re
from collections import Counter

NumberedLine = tuple[int, str]


# Lines that open a table's own closing rows (totals, conclusions, remarks), never the
# second half of a broken row.
_OWN_ROW = re.compile(r"\s*(?:合\s*计|总\s*计|小\s*计|总\s*分|[自评]*评价?结论|备\s*注|审核意见)")


def blank_first_cells(content: list[NumberedLine]) -> bool:
    """Whether the lines opening with a bar are rows whose first cell is empty (a merged
    一级 printed once above), not a border: they have as many bars as the rows that open
    with their first cell ('产出指标 | 数量指标 | 名称 | 12500名 | 12166名 |', two at least)."""
    opening: Counter[int] = Counter()
    bordered: Counter[int] = Counter()
    for _, line in content:
        if line.rstrip().endswith("|"):
            (bordered if line.lstrip().startswith("|") else opening)[line.count("|")] += 1
    if not opening or not bordered:
        return False
    width, seen = opening.most_common(1)[0]
    return seen >= 2 and bordered.most_common(1)[0][0] == width


def broken_rows(content: list[NumberedLine]) -> set[int]:
    """The lines that continue the row of the line before them: in a table whose
    rows are padded to its width (the most bars on a line, seen on two lines or more),
    a run of lines with fewer bars, each closed by its bar, whose bars add up to the
    width."""
    counts = [line.count("|") for _, line in content]
    width = max(counts, default=0)
    if width < 3 or counts.count(width) < 2:
        return set()
    joined: set[int] = set()
    index = 0
    while index < len(content):
        total, end = 0, index
        while end < len(content) and total < width and counts[end] < width:
            line = content[end][1]
            if line.lstrip().startswith("|") or not line.rstrip().endswith("|"):
                break
            if end > index and _OWN_ROW.match(line):
                break  # '合计 | 100 |' after a short row is a row of its own
            total += counts[end]
            end += 1
        if total == width and end - index > 1:
            joined.update(number for number, _ in content[index + 1 : end])
            index = end
        else:
            index += 1
    return joined


def padded_rows(lines: list[NumberedLine]) -> bool:
    """Whether bar lines are rows padded to one width though most hold a label alone
    ('公共安全支出 | ||||||||' among '一、本年收入 | 78.50 | 一、本年支出 | 78.50 | 78.50 | ||||'):
    two lines in three end on as many bars, three at least, and every line holding two
    cells or more (two such lines at least) has that many. A table written one cell a
    line pads only a row's last cell, so its lines' bar counts differ."""
    counts = {number: line.count("|") for number, line in lines if line.replace("|", "").strip()}
    counts = {number: count for number, count in counts.items() if count}
    if not counts:
        return False
    width, seen = Counter(counts.values()).most_common(1)[0]
    multi = [
        number
        for number, line in lines
        if number in counts and sum(1 for part in line.split("|") if part.strip()) >= 2
    ]
    return (
        width >= 3
        and seen * 3 >= len(counts) * 2
        and len(multi) >= 2
        and all(counts[number] == width for number in multi)
    )


EMPTY_RUN = 3  # bare bars in a row after a cell: the cell's own and two empty cells
EMPTY_RUNS = 2  # such runs a table shows before its bars are read as empty cells
LONG_RUN = 4  # or one run of the cell's bar and three empty cells


def empty_cell_bars(lines: list[NumberedLine]) -> bool:
    """Whether the bare ``|`` lines of a table whose cells each close on a ``|`` line of
    their own are empty cells, not row markers: runs of three bars or more (an empty row
    each, the other way, which no table holds twice) come twice at least, or one of four
    (two empty rows in a row), as a section row ('一、投入目标') padded with its empty
    cells gives. The rows are then cut by the mapper, at the width of the grid's header."""
    runs = bars = longest = 0
    after_cell = False  # (bars above the first cell are the page's, not the table's)
    for _, line in [*lines, (0, "end")]:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped == "|":
            bars += after_cell
            continue
        runs += bars >= EMPTY_RUN
        longest, bars, after_cell = max(longest, bars), 0, True
    return runs >= EMPTY_RUNS or longest >= LONG_RUN
