"""N224: a row that is the subtotal of the numbered rows under it, both scored (隆阳:
“一、示范区建立 ≥20000亩 … 15分” and below it “1、… ≥500亩 5分”, “2、… ≥1000亩 5分”,
“3、… ≥18500亩 5分”): the same output is counted and scored twice, and the points of the
grid no longer add up to what it allots. A breakdown whose parts carry no points (萧县:
“其中桃树种植面积 1.5亩” under a scored 29.5亩) is the right way to show the parts."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView, ProjectView, rows_fact
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)

# “1、”, “2.”, “其中”: a name that opens as a part of the row above
_PART = re.compile(r"(?:\d{1,2}[、.．)）](?!\d)|其中)")
_OPENERS = frozenset("0123456789其")  # the first characters _PART can match
_ZERO = Decimal(0)


def _amount(v: IndicatorView) -> tuple[Decimal, str] | None:
    """The number and unit a row's target counts, when it counts one."""
    value = v.value
    if value.kind is not ValueKind.QUANTITATIVE or value.number is None or not value.unit:
        return None
    if value.upper is not None:
        return None  # a range: no single figure to add up
    return value.number, value.unit


def _points(v: IndicatorView) -> Decimal:
    """The row's 分值, else its 得分 (a grid that prints only the 得分), else 0."""
    i = v.indicator
    stated = i.weight if i.weight is not None else i.score
    return stated if stated is not None else _ZERO


def _subtotal_hit(parent: IndicatorView, parts: list[IndicatorView]) -> Hit:
    names = "、".join(q(p.name, 16) for p in parts[:3]) + ("等" if len(parts) > 3 else "")
    figures = "+".join(f"{p.value.number.normalize():f}" for p in parts if p.value.number)
    points = "+".join(f"{_points(p).normalize():f}" for p in parts if _points(p) > _ZERO)
    return hit(
        f"{q(parent.name, 24)}（{q(parent.raw, 16)}）是其下{len(parts)}行{names}之和"
        f"（{figures}），汇总行计了{_points(parent).normalize():f}分，分项又计了{points}分："
        "同一产出算了两遍，分值合计也随之失真。",
        field="level3",
        indicator_index=parent.index,
    )


Subtotals = tuple[tuple[int, tuple[int, ...]], ...]


def _subtotals(p: ProjectView) -> Subtotals:
    """(position of a row, positions of the numbered rows under it that add up to it): from
    the rows' content alone, so computed once for all projects with the same rows."""
    rows = p.indicators
    if sum(v.name[:1] in _OPENERS for v in rows) < 2:
        return ()  # most projects: no two rows open like a part
    found: list[tuple[int, tuple[int, ...]]] = []
    i = 0
    while i < len(rows):
        parent = rows[i]
        j = i + 1
        while j < len(rows) and _PART.match(rows[j].name) and rows[j].level2 == parent.level2:
            j += 1
        if j - i > 2 and not _PART.match(parent.name) and _adds_up(parent, rows[i + 1 : j]):
            found.append((i, tuple(range(i + 1, j))))
        i = j if j > i + 1 else i + 1
    return tuple(found)


def _adds_up(parent: IndicatorView, parts: list[IndicatorView]) -> bool:
    whole = _amount(parent)
    if whole is None:
        return False
    amounts = [_amount(p) for p in parts]
    if any(a is None or a[1] != whole[1] for a in amounts):
        return False
    return sum((a[0] for a in amounts if a is not None), _ZERO) == whole[0]


def _scored_subtotals(p: ProjectView) -> list[Hit]:
    rows = p.indicators
    hits: list[Hit] = []
    for at, under in rows_fact(p, _subtotals):
        parent, parts = rows[at], [rows[n] for n in under]
        if _points(parent) > _ZERO and any(_points(part) > _ZERO for part in parts):
            hits.append(_subtotal_hit(parent, parts))
    return hits


N224 = TABLE.rule("N224", _scored_subtotals)  # reads the points: not shared by rows alone

RULES = (N224,)
