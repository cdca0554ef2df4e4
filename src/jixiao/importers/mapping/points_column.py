"""A points column the grid header does not name.

Some 区域绩效自评表 print the section's points (产出指标 50) beside the header and each
row's 得分 after its 实际完成指标值, with no 得分 word over that column. Flattened into
a stream, each row's points would open the next row (its name read as '5', the real
name pushed under 指标值). The column is found from the rows themselves: grouped as if
the header ended with a 得分 column, every complete row must end with points (a bare
number, no unit, no %); a stream without such a column fails that at once, since the
next row's name would be taken as the points.
"""

from __future__ import annotations

import re
from copy import copy

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.align import level_kind, regroup
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.vocabulary import normalise

_POINTS = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
MIN_ROWS = 3  # rows that must end with points before the column is believed


def with_points_column(header: GridHeader, cells: list[Cell]) -> GridHeader | None:
    """``header`` with a trailing 得分 column, when the stream's rows carry one."""
    name = header.position("level3")
    if name is None or header.has("weight") or header.has("score"):
        return None
    if not (header.has("value") and header.has("actual")):
        return None
    next_col = header.cols[-1] + 1 if header.cols else header.width
    extended = GridHeader(
        roles=[*header.roles, "score"],
        cols=[*header.cols, next_col],
        texts=[*header.texts, "得分"],  # (the column the rows fill, unnamed in print)
    )
    needed = extended.core_after_name()
    complete = [
        values
        for row in regroup(extended, cells)
        if len(values := [c for c in row if c.text and level_kind(c.text) is None]) > needed
    ]
    if len(complete) < MIN_ROWS:
        return None
    if not all(_POINTS.match(normalise(values[-1].text)) for values in complete):
        return None
    return extended


_FIGURE = re.compile(r"^[≥≤><=]*\d+(?:\.\d+)?(?:%|[^\d\s]{0,4})$")
MAX_NAME_PIECES = 3  # a name wrapped over more lines than this is no name but a run of text


def rows_of_stream(header: GridHeader, cells: list[Cell]) -> list[list[Cell]]:
    """The stream's rows by :func:`regroup`, or cut after each row's points when that
    reads more rows whole (see :func:`rows_ending_in_points`)."""
    regrouped = regroup(header, cells)
    by_points = rows_ending_in_points(header, cells)
    if by_points is None:
        return regrouped
    whole = sum(1 for row in regrouped if _row([c for c in row if c.text]) is not None)
    return by_points if len(by_points) > whole else regrouped


def rows_ending_in_points(header: GridHeader, cells: list[Cell]) -> list[list[Cell]] | None:
    """Rows of a stream under ``三级指标 | 指标值 | 实际完成值 | 得分`` cut after each row's
    points, when the flattening also cut names at their line breaks ('支持服务贸易、服务外'
    + '包企业数量'): a row is its labels, its name's pieces, then a figure for each of
    指标值 and 实际完成值 and its points; the pieces are joined into the name. A stretch
    that does not read so (qualitative values broken over lines, text under the grid) is
    left out, not guessed. None when the header is not of that shape or fewer than two
    rows read so."""
    name = header.position("level3")
    roles = header.roles
    if name is None or roles[name + 1 :] != ["value", "actual", "score"]:
        return None
    filled = [c for c in cells if c.text]
    rows: list[list[Cell]] = []
    start = 0
    for index, cell in enumerate(filled):
        after = filled[index + 1].text if index + 1 < len(filled) else ""
        if not _POINTS.match(normalise(cell.text)) or _FIGURE.match(normalise(after)):
            continue
        row = _row(filled[start : index + 1])
        start = index + 1
        if row is not None:
            rows.append(row)
    return rows if len(rows) >= 2 else None


def _row(chunk: list[Cell]) -> list[Cell] | None:
    """Labels, name pieces, target, actual, points, or None."""
    labels = [c for c in chunk if level_kind(c.text) is not None]
    rest = [c for c in chunk if level_kind(c.text) is None]
    if len(rest) < 4 or len(rest) - 3 > MAX_NAME_PIECES:
        return None
    pieces, figures = rest[:-3], rest[-3:-1]
    if not all(_FIGURE.match(normalise(c.text)) for c in figures):
        return None
    if any(_FIGURE.match(normalise(c.text)) for c in pieces):
        return None
    name = copy(pieces[0])
    name.text = "".join(c.text for c in pieces)
    return [*labels, name, *rest[-3:]]
