"""Where an indicator grid ends: the rows under it that belong to something else.

A grid is over at a 审核意见 / 评价结论 line, at the next table's title on a line of its
own, and at the header of a different, wider table: a row with more cells than a stream
of the grid's rows would be cut into (see ``GenericAssembler._split_stream``) that names
no 一级 / 二级 level, holds no rate, and is worded as column headers — a word the
vocabulary knows as a column ('序号', '备注') or a unit in brackets ('补助标准(元/人)').
Its cells are the next table's column names, not two invented indicator rows.

A grid flattened to one cell per line ends at the next project's 项目名称 / 主管部门 and
at a section heading ('(一)中长期绩效目标', '二、项目概况'): no indicator's name or target
opens with a chapter's numeral. The heading's own title, the one line right above it
('参保城乡居民健康体检经费项目项目绩效目标'), goes with it. It also ends at the table's
总分 line — a 总分 label with its figure next ('总分(100分) | 100 | 自评等级 | 优'): the
total and grade below the rows are the project's fields, read as the header block's.
"""

from __future__ import annotations

import re

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.align import level_kind
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


# '(一)…', '一、…', '第一部分…': a chapter's numeral opening a line
_SECTION = re.compile(
    r"^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)"
)


def is_section_heading(text: str) -> bool:
    """A numbered heading of the text around a table ('(一)中长期绩效目标'), not a cell of
    it: a numbered level label ('一、产出指标') is a cell."""
    bare = normalise(text)
    match = _SECTION.match(bare)
    return match is not None and level_kind(bare[match.end() :]) is None


_FIGURE = re.compile(r"\d+(?:\.\d+)?分?$")


def _figure_next(cells: list[Cell], index: int) -> bool:
    """Whether the cell after ``index`` is a bare figure (a score: '100', '92.5分')."""
    return index + 1 < len(cells) and _FIGURE.match(normalise(cells[index + 1].text)) is not None


def stream_end(cells: list[Cell]) -> int:
    """How many of a stream's cells under its grid header are the grid's rows: up to the
    next project's 项目名称 / 主管部门, up to the 总分 line, or up to a section heading and
    its title line."""
    words = vocabulary()
    for index, cell in enumerate(cells):
        field = words.field_of(cell.text)
        if field in ("name", "department"):
            return index
        if field == "total_score" and _figure_next(cells, index):
            return index
        if index and is_section_heading(cell.text):
            return index - 1
    return len(cells)
