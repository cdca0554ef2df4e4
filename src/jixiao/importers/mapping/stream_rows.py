"""Rows out of a disclosure table flattened to one cell per line, empty cells kept.

A web table rendered one cell per line keeps its empty cells as lines holding a
non-breaking space, so the table's width shows in the text: every row has as many
cells, and each column keeps its kind (a label column, an amount column, a 序号
column, a column empty on most rows). The width chosen is the one whose columns
are the most consistent in kind, the smallest of equals; rows then start at the
label just before the first figure (the lines above are the title and header).
An indicator grid's stream is found by its header run instead (:func:`header_run`).
"""

from __future__ import annotations

import re
from collections import Counter
from copy import copy
from itertools import pairwise

from jixiao.importers.blocks import Cell, Row
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.shaped_rows import is_header_word
from jixiao.importers.mapping.vocabulary import is_formula_mark, normalise, vocabulary

_NUMBER = re.compile(r"^-?[\d,]+(?:\.\d+)?%?$")
WIDTHS = range(2, 9)
MIN_ROWS = 3
MARGIN = 0.1  # a width is only judged over at least this many full rows


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(normalise(text)))


def kind_of(text: str) -> str:
    """'e' empty, 'n' a figure, 'l' a label."""
    if not normalise(text):
        return "e"
    return "n" if is_number(text) else "l"


def consistency(kinds: list[str], width: int) -> float | None:
    """The share of cells agreeing with their column's usual kind (None: too few rows)."""
    rows = len(kinds) // width
    if rows < MIN_ROWS:
        return None
    agree = 0
    for col in range(width):
        column = Counter(kinds[r * width + col] for r in range(rows))
        agree += column.most_common(1)[0][1]
    return agree / (rows * width)


def best_width(kinds: list[str]) -> int | None:
    """The width whose columns read most consistently (the smallest of near-equals)."""
    scored = {w: score for w in WIDTHS if (score := consistency(kinds, w)) is not None}
    if not scored or max(scored.values()) < 0.8:
        return None
    best = max(scored.values())
    # a multiple of the true width reads as consistent by chance over fewer rows
    return min(w for w, score in scored.items() if score >= best - MARGIN)


def regroup_with_empties(cells: list[Cell]) -> list[list[Cell]] | None:
    """Header and data rows of a stream whose empty cells are kept, or None when no
    width reads as a table (the caller then regroups without the empties)."""
    kinds = [kind_of(c.text) for c in cells]
    first_number = next((i for i, k in enumerate(kinds) if k == "n"), None)
    if first_number is None or first_number < 1 or "e" not in kinds:
        return None
    start = first_number - 1
    while start > 0 and kinds[start] == "e":
        start -= 1  # a row opening with empty cells
    width = best_width(kinds[start:])
    if width is None:
        return None
    data = cells[start:]
    header = cells[max(0, start - width) : start]
    rows = [data[i : i + width] for i in range(0, len(data), width)]
    last = [kind_of(c.text) for c in rows[-1]] if rows else []
    if rows and len(last) < width and (last[0] != "l" or set(last[1:]) - {"e"}):
        rows.pop()  # a row cut by the end of the stream (a lone label: its cells were empty)
    return [header, *rows]


def renumbered(cells: list[Cell]) -> list[Cell]:
    """Cells of a stream given ordinal columns, as if they were one row."""
    out = [copy(c) for c in cells]
    for index, cell in enumerate(out):
        cell.col = index
    return out


def header_run(cells: list[Cell]) -> tuple[list[Cell], int, int] | None:
    """Where the grid header sits in a stream, as header cells: the first run of
    header words (a word broken over two cells, '年度' + '指标值', joined) that
    parses as a header.

    A side label (绩效指标, 绩效目标: the grid's title, printed left of its levels) whose
    role the run already holds starts no second column: it is the first row's label
    right under the header ('… | 全年指标值 | 绩效目标 | 项目立项 …', the 评价 framework's
    一级 label), so the run ends before it. Other repeated roles go on: a stacked or
    中期 | 年度 header repeats 二级指标 / 指标值 (:func:`stacked.split_stacked`)."""
    words = vocabulary()
    index = 0
    while index < len(cells):
        run: list[Cell] = []
        end = index
        while end < len(cells):
            role = words.role_of(cells[end].text)
            if role is not None and _row_label(cells[end].text, role, run):
                break
            if role is not None:
                run.append(cells[end])
                end += 1
            elif run and is_formula_mark(cells[end].text):
                end += 1  # '年初目标值 (A)': the column's formula mark, cut off by a space
            elif run and (tail := _broken_tail(run[-1], cells, end)):
                run[-1], end = tail  # '偏差原因 / 分析及 / 改进措施': a head broken over lines
            elif end + 1 < len(cells) and is_header_word(cells[end].text + cells[end + 1].text):
                joined = copy(cells[end])
                joined.text = normalise(cells[end].text + cells[end + 1].text)
                run.append(joined)
                end += 2
            else:
                break
        header = Row(cells=renumbered(run), source=cells[index].source) if run else None
        if len(run) >= 3 and header is not None and parse_header(header):
            return header.cells, index, end
        index = end + 1
    return None


_TAIL_CELLS = 2  # cells a head is broken into after its first ('分析及', '改进措施')


def _broken_tail(head: Cell, cells: list[Cell], at: int) -> tuple[Cell, int] | None:
    """``head`` joined with the next cells from ``at`` where together they make an exact
    header word (a head wrapped over lines of a table flattened one cell per line); None
    where no such join exists (a row's first cell never completes a head word exactly)."""
    text = head.text
    for end in range(at, min(at + _TAIL_CELLS, len(cells))):
        text += cells[end].text
        if is_header_word(normalise(text)):
            joined = copy(head)
            joined.text = normalise(text)
            return joined, end + 1
    return None


def _row_label(text: str, role: str, run: list[Cell]) -> bool:
    """Whether a header word ending ``run`` is a side label repeating a role it holds."""
    words = vocabulary()
    if normalise(text) not in words.side_labels:
        return False
    return any(words.role_of(cell.text) == role for cell in run)


RUN_ON_MIN = 8  # cells of a row holding a header block, a grid header and rows at least


def runs_on(found: tuple[list[Cell], int, int], filled: list[Cell]) -> bool:
    """Whether the header run ``found`` in the middle of a row's ``filled`` cells heads the
    grid's rows run on after it (cells with bars on lines of their own and no row marks):
    cells before it (the header block), a name and a value column in it, and a level label
    opening what follows, a figure among it (a blank template's labels are no rows)."""
    header_cells, start, end = found
    roles = {vocabulary().role_of(cell.text) for cell in header_cells}
    figures = any(character.isdigit() for cell in filled[end:] for character in cell.text)
    if start == 0 and end < len(filled) and figures:
        return _levelless(header_cells, roles)
    return (
        start > 0
        and {"level3", "value"} <= roles
        and end < len(filled)
        and level_kind(filled[end].text) is not None
        and figures
    )


def _levelless(header_cells: list[Cell], roles: set[str | None]) -> bool:
    """A grid without 一级 / 二级 columns opens with its name column ('指标名称 | 计量单位 |
    指标性质 | 指标值', 丰都's 绩效目标 under a report's heading): no level label opens its
    rows, so a row running its rows on after the header is known by the header alone."""
    return (
        vocabulary().role_of(header_cells[0].text) == "level3"
        and "value" in roles
        and not roles & {"level1", "level2"}
    )


def rows_by_width(
    cells: list[Cell], width: int, least: int = 2
) -> tuple[list[list[Cell]], int] | None:
    """Grid rows of a one-cell-per-line stream that kept its empty cells, cut at the
    header's width (an empty 指标值 stays empty instead of pulling the next cell in),
    and how many cells they took; None when the stream does not read that way.

    The rows end at the first slice with fewer than two filled cells (a table's
    number or title line, the end of the stream); ``least`` rows are needed (one, when
    each restates its labels: :func:`labelled_span`)."""
    rows: list[list[Cell]] = []
    taken = 0
    while taken + width <= len(cells):
        chunk = cells[taken : taken + width]
        if sum(1 for c in chunk if c.text) < 2:
            break
        rows.append(renumbered(chunk))
        taken += width
    if len(rows) < least or not all(row[0].text for row in rows):
        return None
    if counted(rows):
        return rows, taken  # a 序号 counting up row by row proves each slice is a row
    for col in range(width):
        # every column holds one kind (labels or figures) where it is filled
        if len({kind_of(row[col].text) for row in rows} - {"e"}) > 1:
            return None
    return rows, taken


COUNTED_MIN = 3  # rows numbered 1, 2, 3 … at least, for the count to prove the width


def counted(rows: list[list[Cell]]) -> bool:
    """Whether the rows open with a 序号 counting up by one ('1', '2', '3' …): their width
    is then the table's, whatever their values hold (a bare '1' among '1次', '100%')."""
    firsts = [normalise(row[0].text) for row in rows]
    if len(firsts) < COUNTED_MIN or not all(text.isdigit() for text in firsts):
        return False
    return all(int(b) == int(a) + 1 for a, b in pairwise(firsts))


def labelled_span(cells: list[Cell], roles: list[str | None]) -> int:
    """How many of ``cells`` (a stream under a header of ``roles``, its empty cells kept)
    make rows that each restate their 一级 / 二级 labels where the header puts them.

    A grid whose label cells are merged prints each label once, so its rows differ in
    width and no slice at the header's width reads as a row; one that restates the labels
    on every row ('产出指标 | 数量指标 | 发放覆盖率 | = | 100 | % | | 60 | |') has rows of the
    header's width, each opening with its labels. The span ends at the first slice
    without them, which must end the grid (a 合计 or 评价结论 line, or no cell left): a
    slice going on with other cells (a label left empty under a merged cell, a row of
    another width, a row cut by the end of the text) is no such grid: the span is 0."""
    words = vocabulary()
    tables = {"level1": words.level1, "level2": words.level2}
    checks = [(i, tables[r]) for i, r in enumerate(roles) if r in tables]
    width = len(roles)
    taken = 0
    while taken + width <= len(cells):
        chunk = cells[taken : taken + width]
        if not all(words.level(chunk[i].text, table) for i, table in checks):
            break
        taken += width
    rest = [c.text for c in cells[taken : taken + width] if c.text]
    ends = not rest or words.is_placeholder(rest[0]) or words.ends_grid(rest[0])
    return taken if ends else 0
