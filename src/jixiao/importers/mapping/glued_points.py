"""A 目标 grid flattened to one glued line per row, its 分值 glued after its 目标值.

    评价指标评价内容指标名称指标说明目标值分值备注
    项目年度绩效目标(定量指标)制度指标规章制度建立与否20
    产出数量指标享受资助人数达到预计值210010
    资金支出率达到目标值95%10

The header is a line made only of header words (a 指标名称, a 目标值 and a 分值 after
it, no 一级指标 / 二级指标 word: those grids are :mod:`glued`'s); each line after it is
a row until a line that does not end in a figure (总分). A row opens with its level
labels when it has them — a 二级 label may be written with its 一级 word before it
(产出数量指标: 产出 + 数量指标) — and ends with its 分值; before the 分值 stands its
目标值 (a figure with its unit or % is cut off by that unit; bare digits are cut every
way into a 目标值 and a 分值 above 0 and at most 100) or nothing (a row with a 分值 but
no 目标值, not read). Under a 指标说明 column, a note that the figure is to be
reached (达到预计值, 达到目标值) closes the name and is not part of it.

Nothing checks one row's cut by itself, so (as in :mod:`glued_numbers`) the rows are
read only when every row cuts one way and their 分值 add up to 100; rows above the
first level label (their 一级 / 二级 unknown) count for the sum but are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.source import SourceRef

ROLES = ("level1", "level2", "level3", "description", "value", "weight")
_NUMBER = r"(?:0|[1-9]\d*)(?:\.\d*[1-9])?"
_POINTS = re.compile(_NUMBER)
_RUN = re.compile(r"\d[\d.]*$")
# a 目标值 closed by its unit, % or 以上 before the 分值: '95%以上' then '10'
_UNIT_VALUE = re.compile(
    r"(?:[≥≤<>=]|不低于|不少于|不高于|不超过)?\d+(?:\.\d+)?"
    r"(?:(?:%|‰|[\u4e00-\u9fff]{1,3})(?:以上|以下|以内)?|以上|以下|以内)$"
)
_NOTE = re.compile(r"达到(?:预计|预期|目标|计划)值$")
_WHOLE = Decimal(100)
MIN_ROWS = 3
_GAP = 2  # lines from one row to the next (a blank line between them)
_TOTALS = ("总分", "合计", "总计", "小计")


@cache
def _header_words() -> list[str]:
    words = vocabulary()
    names = {name for _, exact, _ in words.roles for name in exact if len(name) >= 2}
    return sorted(names, key=len, reverse=True)


@cache
def _labels() -> list[str]:
    words = vocabulary()
    return sorted({*words.level1, *words.level2}, key=len, reverse=True)


def header_roles(text: str) -> list[str] | None:
    """The column roles of a line made only of header words, when they are such a grid's:
    a name, a 目标值 and then a 分值 as its last number column; None otherwise."""
    if "分" not in text and "权" not in text:
        return None  # no 分值 / 权重 word: the usual paragraph, nothing to cut
    bare = compact(text)
    if not bare or "一级指标" in bare or "二级指标" in bare:
        return None
    roles: list[str] = []
    at = 0
    while at < len(bare):
        word = next((w for w in _header_words() if bare.startswith(w, at)), None)
        if word is None:
            return None
        roles.append(vocabulary().role_of(word) or "")
        at += len(word)
    numbers = [r for r in roles if r in ("value", "weight", "actual", "score")]
    if "level3" not in roles or numbers != ["value", "weight"]:
        return None
    return roles if roles.index("level3") < roles.index("value") else None


@dataclass
class Row:
    """One glued row: its labels as written, its name, note, 目标值 and 分值."""

    labels: list[str]
    name: str
    note: str
    value: str
    points: Decimal
    source: SourceRef


def _leading_labels(text: str) -> tuple[list[str], str]:
    """The level labels a row opens with (a label with '指标' glued after it is one
    label: 产出数量 + 指标), and the text after them."""
    labels: list[str] = []
    for _ in range(2):
        label = next((w for w in _labels() if text.startswith(w) and len(text) > len(w)), None)
        if label is None:
            break
        if not label.endswith("指标") and text.startswith("指标", len(label)):
            label += "指标"
        labels.append(label)
        text = text[len(label) :]
    return labels, text


def _cuts(run: str) -> list[tuple[str, str]]:
    """Every reading of a run of bare digits as 目标值 + 分值, or as a 分值 alone."""
    readings = [("", run)] + [(run[:at], run[at:]) for at in range(1, len(run))]
    return [
        (value, points)
        for value, points in readings
        if (not value or _POINTS.fullmatch(value))
        and _POINTS.fullmatch(points)
        and 0 < Decimal(points) <= _WHOLE
    ]


def split_row(text: str, described: bool, source: SourceRef) -> Row | bool | None:
    """The row a glued line holds; False when the line is no row (the grid is over),
    None when it is one but cuts several ways (or none)."""
    labels, rest = _leading_labels(compact(text))
    run = _RUN.search(rest)
    if run is None or run.start() == 0:
        return False
    before, digits = rest[: run.start()], run.group()
    unit_value = _UNIT_VALUE.search(before)
    if unit_value is not None and not before[unit_value.end() - 1].isdigit():
        valid = _POINTS.fullmatch(digits) and 0 < Decimal(digits) <= _WHOLE
        cut = [(unit_value.group(), digits)] if valid else []
        before = before[: unit_value.start()]
    else:
        cut = _cuts(digits)
    if len(cut) != 1 or not before:
        return None
    value, points = cut[0]
    note = _NOTE.search(before) if described else None
    name = before[: note.start()] if note else before
    if not name:
        return None
    return Row(labels, name, note.group() if note else "", value, Decimal(points), source)


@dataclass
class PointsGrid:
    """The rows of one such grid, gathered line by line and read when it is over."""

    described: bool
    line: int | None  # the line read last: the grid's lines follow one another
    rows: list[Row | None] = field(default_factory=list)

    @staticmethod
    def start(text: str, source: SourceRef) -> PointsGrid | None:
        roles = header_roles(text)
        return PointsGrid("description" in roles, source.line) if roles else None

    def take(self, text: str, source: SourceRef) -> bool:
        """Whether the line is a row of the grid (and is kept as one): the grid is over
        at a line that is no row, a 总分 / 合计 line, or a line not right after the last
        (something else — a table's rows — stood between)."""
        follows = self.line is None or source.line is None or source.line - self.line <= _GAP
        if not follows or compact(text).startswith(_TOTALS):
            return False
        row = split_row(text, self.described, source)
        if row is False:
            return False
        self.rows.append(row if isinstance(row, Row) else None)
        self.line = source.line
        return True

    def cells(self) -> list[tuple[list[str], SourceRef]]:
        """The rows read, in :data:`ROLES` order; none unless every row cut one way and
        their 分值 add up to 100."""
        rows = [r for r in self.rows if r is not None]
        if len(rows) < MIN_ROWS or len(rows) != len(self.rows):
            return []
        if sum(r.points for r in rows) != _WHOLE:
            return []
        read: list[tuple[list[str], SourceRef]] = []
        labelled = False
        for row in rows:
            labelled = labelled or bool(row.labels)
            if not labelled or not row.value:
                continue
            level1, level2 = levels(row.labels)
            texts = [level1, level2, row.name, row.note, row.value, str(row.points)]
            read.append((texts, row.source))
        return read

    @staticmethod
    def header() -> GridHeader:
        """The header the rows are read under."""
        return header()


def levels(labels: list[str]) -> tuple[str, str]:
    """The 一级 and 二级 cells of a row's labels ('' where the row carries them over): a
    label alone is a 二级 one when the framework knows it as such."""
    if len(labels) == 2:
        return labels[0], labels[1]
    if not labels:
        return "", ""
    words = vocabulary()
    label = labels[0]
    stem = label.removesuffix("指标")
    return ("", label) if {label, stem} & set(words.level2) else (label, "")


def header() -> GridHeader:
    """The header the rows are read under."""
    return GridHeader(roles=list(ROLES), cols=list(range(len(ROLES))), texts=[""] * len(ROLES))
