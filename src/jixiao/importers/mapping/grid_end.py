"""Where an indicator grid ends: the rows under it that belong to something else.

A grid is over at a 审核意见 / 评价结论 line, at the next table's title on a line of its
own, and at the header of a different, wider table: a row with more cells than a stream
of the grid's rows would be cut into (see ``GenericAssembler._split_stream``) that names
no 一级 / 二级 level, holds no rate, and is worded as column headers — a word the
vocabulary knows as a column ('序号', '备注') or a unit in brackets ('补助标准(元/人)').
Its cells are the next table's column names, not two invented indicator rows.
"""

from __future__ import annotations

import re

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.table_titles import is_table_title
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

# "(元/人)", "（万元）", "(个)": the unit a column header states in brackets
_BRACKETED_UNIT = re.compile(r"[(（][^()（）]{0,6}[元人个次户所%％吨亩米][^()（）]{0,4}[)）]$")


def ends_grid(header: GridHeader, filled: list[Cell]) -> bool:
    """True when ``filled`` (a row's filled cells, under the grid of ``header``) is no
    indicator row of that grid but what follows it."""
    first = filled[0].text
    if vocabulary().ends_grid(first) or (len(filled) == 1 and is_table_title(first)):
        return True
    return len(filled) > header.width + 2 and _column_names(filled)


def _column_names(filled: list[Cell]) -> bool:
    words = vocabulary()
    texts = [normalise(c.text) for c in filled]
    if any("%" in t or words.level(t, words.level1) or words.level(t, words.level2) for t in texts):
        return False
    return any(words.role_of(t) or _BRACKETED_UNIT.search(t) for t in texts)
