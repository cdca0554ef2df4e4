"""Rows whose number cells were glued together when a PDF was flattened to text.

A self-evaluation grid ``指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重 | 全年完成值 |
指标得分`` flattened into one paragraph keeps no separator between its numbers::

    天然林和公益林管护当期任务完成率%901010010国家级公益林管护面积万亩2810810…

Each row is a name, its unit, then one run of digits holding the header's number
columns in the header's order (``90`` | ``10`` | ``100`` | ``10``). The run is cut
every way into that many numbers (no leading zero, no trailing decimal zero) and a
cut is kept only when it is consistent: the points are above 0 and at most 100, the
score at most the points, a percentage at most 100, and the score agrees with the
target and the actual (full points for a target met — an actual below the target
meets it only for a rate, which may be a 'not above' target — or points in
proportion). A row is read when exactly one cut is consistent; otherwise its name
is kept with its number cells empty (unread, never a guess). Without a score column
nothing checks a row's cut by itself, so the rows are read only when every one has a
single cut and their points add up to 100.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from itertools import combinations, pairwise

from jixiao.grammar.units import spelling_pattern
from jixiao.importers.mapping.vocabulary import compact

# header words of such a grid, and the number column each one declares
_COLUMNS: dict[str, str] = {
    "年度指标值": "value",
    "指标值": "value",
    "目标值": "value",
    "指标权重(分)": "weight",
    "指标权重": "weight",
    "权重": "weight",
    "分值": "weight",
    "全年完成值": "actual",
    "实际完成值": "actual",
    "全年实际值": "actual",
    "完成值": "actual",
    "实际值": "actual",
    "指标得分(分)": "score",
    "指标得分": "score",
    "得分": "score",
}
_OTHER = ("指标性质", "说明", "备注", "未完成原因")
_OPENING = "指标名称计量单位"
_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d*[1-9])?")
ROW_ROLES = ("level3", "value", "actual", "weight", "score")
_TOLERANCE = Decimal("0.01")


@cache
def _row_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?P<name>[^\d.%]{{2,}}?)(?P<unit>%|{spelling_pattern()})(?P<run>\d[\d.]*)")


def header_columns(bare: str) -> tuple[list[str], int] | None:
    """The number columns a glued header from '指标名称计量单位' declares, in order, and
    where the header ends; None when there is no such header or it declares no value
    and points columns."""
    at = bare.find(_OPENING)
    if at < 0:
        return None
    end, roles = at + len(_OPENING), []
    words = sorted([*_COLUMNS, *_OTHER], key=len, reverse=True)
    while (word := next((w for w in words if bare.startswith(w, end)), None)) is not None:
        if word in _COLUMNS:
            roles.append(_COLUMNS[word])
        end += len(word)
    if len(set(roles)) != len(roles) or not {"value", "weight"} <= set(roles):
        return None
    return roles, end


def glued_number_rows(text: str) -> list[list[str]]:
    """Rows (in :data:`ROW_ROLES` order, '' where unread) of a paragraph holding such a
    header and its rows glued after it; [] when it holds none."""
    if "单位" not in text:
        return []  # (the usual paragraph: no such header, nothing to compact)
    bare = compact(text)
    found = header_columns(bare)
    if found is None:
        return []
    roles, at = found
    rows: list[list[str]] = []
    while (match := _row_pattern().match(bare, at)) is not None:
        at = match.end()
        unit = match.group("unit")
        cut = only_cut(match.group("run"), roles, unit)
        cells = dict(zip(roles, cut, strict=True)) if cut else {}
        if cells:
            cells["value"] += unit
        rows.append([match.group("name"), *(cells.get(role, "") for role in ROW_ROLES[1:])])
    return rows if _points_add_up(rows, checked="score" in roles) else [unread(r) for r in rows]


def unread(row: list[str]) -> list[str]:
    return [row[0], "", "", "", ""]


def _points_add_up(rows: list[list[str]], checked: bool) -> bool:
    """Whether the points read are at most 100 — and, when no score column checks each
    row's cut ('2100' as 2 | 100 under 指标值 | 分值), whether every row was cut and
    the points of all rows add up to 100."""
    weights = [Decimal(row[3]) for row in rows if row[3]]
    if checked:
        return sum(weights) <= 100
    return len(rows) >= 2 and len(weights) == len(rows) and sum(weights) == 100


def cuts(run: str, count: int) -> list[list[str]]:
    """Every cut of ``run`` into ``count`` well-formed numbers."""
    found = []
    for points in combinations(range(1, len(run)), count - 1):
        bounds = (0, *points, len(run))
        parts = [run[a:b] for a, b in pairwise(bounds)]
        if all(_NUMBER.fullmatch(part) for part in parts):
            found.append(parts)
    return found


def only_cut(run: str, roles: list[str], unit: str) -> list[str] | None:
    """The one consistent cut of ``run`` by ``roles``, or None (none or several)."""
    fits = [c for c in cuts(run, len(roles)) if consistent(dict(zip(roles, c, strict=True)), unit)]
    return fits[0] if len(fits) == 1 else None


def consistent(cells: dict[str, str], unit: str) -> bool:
    """Whether the numbers of one row agree with each other (see the module's doc)."""
    number = {role: Decimal(text) for role, text in cells.items()}
    weight, value = number["weight"], number["value"]
    if not 0 < weight <= 100:
        return False
    rate = unit == "%"
    if rate and any(number[r] > 100 for r in ("value", "actual") if r in number):
        return False
    if "score" not in number:
        return True
    score = number["score"]
    if score > weight:
        return False
    if "actual" not in number:
        return True
    actual = number["actual"]
    if score == weight:
        return actual >= value or rate
    if score == 0:
        return actual == 0  # (a share rounded to nothing is no sign of the cut)
    shares = [actual / value if value else None, value / actual if actual else None]
    return any(s is not None and s < 1 and abs(weight * s - score) <= _TOLERANCE for s in shares)
