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
