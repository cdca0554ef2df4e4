"""A self-evaluation that lists its projects in one table, each row's 自评 score in a
column, read one cell per line:

    项目名称 / 债券性质 / 截至2023年底已发债券规模 / 自评分数 / 自评等级
    绍兴二院兰亭院区(康复医院)工程 / 其他项目收益专项债券 / 0.2 / 96.5
    绍兴市柯桥区马鞍医院建设工程 / 其他项目收益专项债券 / 1.0 / 92 …

The header gives each row's width up to the score: the score is the cell as far after the
name as the score head is after the name head. A row is read only where it lines up —
its name no figure, its score a figure in [0, 100], the cell after it a grade, a total
row, the next row's name or the table's end (a figure there means a cell was dropped or
split, and every score would be off by one). The whole list is read or nothing: a row
that does not line up, a count of projects the prose states ('新增…项目3个') that is not
the number of rows, or fewer than one row. Words are pack data
(``profiles/import-score-list.json``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.project_counts import counted_projects
from jixiao.importers.mapping.vocabulary import normalise
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

_FIGURE = re.compile(r"\d{1,12}(?:\.\d{1,6})?")
_SERIAL = re.compile(r"\d{1,3}")
_FULL = Decimal(100)
_WIDEST = 8  # cells from the name head to the score head
Cell = tuple[str, str, SourceRef]  # compared text, text as written, place


@cache
def _words() -> dict[str, frozenset[str]]:
    data: dict[str, Any] = packs.merged_data("import-score-list.json")
    keys = ("name_heads", "score_heads", "grade_heads", "grades", "serial_heads", "total_words")
    return {key: frozenset(normalise(w) for w in data[key]) for key in keys}


def _cells(blocks: list[Block]) -> list[Cell]:
    """The document's non-empty cells in reading order."""
    cells: list[Cell] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text:
                cells.append((normalise(block.text), block.text, block.source))
            continue
        for col, text in enumerate(block.texts):
            if text:
                cells.append((normalise(text), text, block.located(col)))
    return cells


def _mentions_score_head(blocks: list[Block]) -> bool:
    heads = _words()["score_heads"]
    for block in blocks:
        texts = [block.text] if isinstance(block, Paragraph) else block.texts
        if any(normalise(t) in heads for t in texts if t and len(t) <= 12):
            return True
    return False


def _header(cells: list[Cell]) -> tuple[int, int, bool, bool] | None:
    """(where the rows start, the score's offset from the name, a 序号 column before the
    name, a grade column after the score) of the first list header, or None."""
    words = _words()
    for at, (text, _, _) in enumerate(cells):
        if text not in words["name_heads"]:
            continue
        ahead = [t for t, _, _ in cells[at + 1 : at + 1 + _WIDEST]]
        offset = next((i + 1 for i, t in enumerate(ahead) if t in words["score_heads"]), None)
        if offset is None:
            continue
        serial = at > 0 and cells[at - 1][0] in words["serial_heads"]
        start = at + offset + 1
        graded = start < len(cells) and cells[start][0] in words["grade_heads"]
        return start + graded, offset, serial, graded
    return None


def _score(text: str) -> Decimal | None:
    if not _FIGURE.fullmatch(text):
        return None
    value = Decimal(text)
    return value if value <= _FULL else None


def _row(cells: list[Cell], at: int, offset: int, serial: bool, graded: bool) -> int | None:
    """Where the row starting at ``at`` ends (the next cell), or None when it does not
    line up."""
    words = _words()
    if serial and _SERIAL.fullmatch(cells[at][0]):
        at += 1
    if at + offset >= len(cells) or _FIGURE.fullmatch(cells[at][0]):
        return None
    if _score(cells[at + offset][0]) is None:
        return None
    end = at + offset + 1
    if graded and end < len(cells) and cells[end][0] in words["grades"]:
        end += 1
    if end < len(cells) and _FIGURE.fullmatch(cells[end][0]) and not serial:
        return None  # a figure where a row or the table should end: a cell dropped or split
    return end


def _rows(cells: list[Cell], start: int, offset: int, serial: bool, graded: bool) -> list[Project]:
    """The list's rows from ``start`` to its total row or to the first cell that opens
    no row; none when its first row does not line up."""
    projects: list[Project] = []
    at = start
    while at < len(cells) and cells[at][0] not in _words()["total_words"]:
        end = _row(cells, at, offset, serial, graded)
        if end is None:
            break
        name_at = at + (serial and _SERIAL.fullmatch(cells[at][0]) is not None)
        _, name, place = cells[name_at]
        score, _, scored = cells[name_at + offset]
        project = Project(name=name, total_score=_score(score))
        project.sources.update(name=place, total_score=scored)
        projects.append(project)
        at = end
    return projects


def read_score_list(blocks: list[Block]) -> list[Project]:
    """The projects of the document's score list with their scores; none when it has
    none, when its first row does not line up or when its prose counts another number
    of projects."""
    if not _mentions_score_head(blocks):
        return []
    cells = _cells(blocks)
    header = _header(cells)
    if header is None:
        return []
    projects = _rows(cells, *header)
    counted = [n for text, _, _ in cells if "个" in text for n in counted_projects(text)]
    if any(n != len(projects) for n in counted):
        return []
    return projects


def listed_projects(projects: list[Project], blocks: list[Block]) -> list[Project]:
    """The projects of a score list instead of those read, when those hold no indicator
    (a list table read cell by cell gives none: its heads and names read as projects)."""
    if any(p.indicators for p in projects):
        return projects
    return read_score_list(blocks) or projects
