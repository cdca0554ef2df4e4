"""Self-evaluation rows glued into one line, each closed by its 是否核心指标 flag.

A scanned self-evaluation whose table was flattened by text recognition keeps no
separator between cells, and its header words may come out scrambled
(``年成值全完值`` for 全年完成值); but when the grid ends in a 是否核心指标 column,
every row ends in ``是`` or ``否`` right after its points, which cuts the rows::

    财政供养人员控制率%定量指标100%92%100%22否
    资金使用合规性好好100%55否

Each row is then read from its end, where the cells have shapes: the flag, the
分值 and 得分 glued together (``22`` = 2 and 2, read only when one split fits: no
leading zero, the 分值 up to 100, the 得分 not above it), an optional 得分系数
percentage, the actual value, the target — two measures, or the same word twice —
and before them the name, followed by its 计量单位 and 指标性质 cells. A row
that fits no such reading is left out.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.importers.mapping.shaped_rows import compact, without_side_label

FLAG_HEADER = "是否核心指标"
_NUMBER = r"(?:0|[1-9]\d*)(?:\.\d+)?"
_MEASURE = rf"(?:[≥≤<>=])?{_NUMBER}(?:%|[^\W\d_]{{1,3}})?"
_ROW = re.compile(
    rf"(?P<head>.+?)"
    rf"(?:(?P<value>{_MEASURE})(?P<actual>{_MEASURE})|(?P<word>[^\W\d_]{{1,6}}?)(?P=word))"
    rf"(?P<coefficient>(?:100|[1-9]?\d)(?:\.\d+)?%)?"
    r"(?P<points>\d{2,5}(?:\.\d+)?)"
)
_END = re.compile(r"(?<=\d)[是否]")
_NATURES = ("定量指标", "定性指标", "定量", "定性")
_UNIT = re.compile(r"(?:%|[^\W\d_]{1,3})$")
_CHUNK_MARK = re.compile(r"^\d{1,2}、")  # a document-sharing page's 'N、' chunk marker
ROW_ROLES = ("level3", "value", "actual", "weight", "score")
MIN_FLAGGED = 2  # rows on a line, or the line is no part of such a grid
HEADER_REACH = 80  # how far before 是否核心指标 the header's words are looked at


class FlaggedGrid:
    """A grid of flag-closed rows, begun by its glued header and continued by the
    lines after it."""

    def __init__(self, header: str) -> None:
        # a 计量单位 column between the name and the target: a measured row's name is
        # followed by its target's unit, which also checks where the name was cut
        self.unit_column = "单位" in header

    @classmethod
    def start(cls, text: str) -> tuple[FlaggedGrid, list[list[str]]] | None:
        """The grid whose glued header ``text`` holds, with the rows after it."""
        bare = compact(text)
        at = bare.find(FLAG_HEADER)
        if at < 0:
            return None
        grid = cls(bare[max(0, at - HEADER_REACH) : at])
        return grid, grid.rows(bare[at + len(FLAG_HEADER) :])

    def rows(self, text: str) -> list[list[str]]:
        """Rows (in :data:`ROW_ROLES` order, '' where unread) of glued text whose rows
        end in a 是 / 否 flag; a line continuing the grid may open with a page's chunk
        marker."""
        bare = _CHUNK_MARK.sub("", compact(text))
        rows: list[list[str]] = []
        start = 0
        for end in _END.finditer(bare):
            row = self._row(bare[start : end.start()])
            start = end.end()
            if row is not None:
                rows.append(row)
        return rows

    def _row(self, segment: str) -> list[str] | None:
        match = _ROW.fullmatch(segment)
        if match is None:
            return None
        value = match.group("value") or match.group("word")
        actual = match.group("actual") or match.group("word")
        if match.group("value") and not _units_agree(match.group("value"), match.group("actual")):
            return None
        name = _name(match.group("head"), value if match.group("value") else "", self.unit_column)
        points = _points(match.group("points"))
        if not name or points is None:
            return None
        return [name, value, actual, *points]


def _units_agree(value: str, actual: str) -> bool:
    """A bare target with a unit-bearing actual is a cut in the wrong place
    ('10' + '0%' for '100%'); an actual written without the unit is common ('3%', '0')."""
    unit = _UNIT.search(value)
    other = _UNIT.search(actual)
    return other is None or (unit is not None and unit.group() == other.group())


def _name(head: str, measure: str, unit_column: bool) -> str:
    """The name without the 计量单位 and 指标性质 cells glued after it ('' when the
    row's target has a unit the unit column does not repeat: the cut is wrong)."""
    name = without_side_label(head)
    for nature in _NATURES:
        # (text recognition may read a merged cell's characters out of order: 性标定指)
        tail = name[-len(nature) :]
        if len(name) > len(nature) and sorted(tail) == sorted(nature):
            name = name[: -len(nature)]
            break
    unit = _UNIT.search(measure) if measure else None
    if unit is not None and name.endswith(unit.group()) and len(name) > len(unit.group()):
        name = name.removesuffix(unit.group())
    elif unit is not None and unit_column:
        return ""
    return name if len(name) >= 2 and re.search(r"[^\W\d_]", name) else ""


def _points(glued: str) -> list[str] | None:
    """分值 and 得分 glued ('1010' -> 10, 10), when exactly one split fits; ['', '']
    when none or several do (the row still holds), None when it is no points cell."""
    if "." in glued:
        return ["", ""]
    fits = []
    for cut in range(1, len(glued)):
        weight, score = glued[:cut], glued[cut:]
        if any(len(p) > 1 and p.startswith("0") for p in (weight, score)):
            continue
        if Decimal(weight) <= 100 and Decimal(score) <= Decimal(weight):
            fits.append([weight, score])
    return fits[0] if len(fits) == 1 else ["", ""]
