"""What a self-evaluation's 实际完成值 says against its 年度指标值: a count far above a lower
bound, unexplained (N212: the target was set low), and an actual written as a bound itself
(N213: “≥266米” copied from the target is not a measured figure and cannot be scored)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.grammar import IndicatorValue, ValueKind, parse_value
from jixiao.grammar.indicator_value import Direction
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.rule import Hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_FAR_ABOVE = Decimal("1.3")  # the actual a third above its floor or more: the floor was low
_MIN_EXCESS = 2  # and by more than one unit (1 → 2 活动 is chance, not a low target)
_FLOORS = (Direction.GE, Direction.GT, None)  # a count with no sign is read as a floor
_BOUNDS = (Direction.GE, Direction.GT, Direction.LE, Direction.LT)
_COST = "成本"
_MONEY = "元"  # a standard in money (元/人·月) rises by policy, not by a low target
_RATE = "率"


def _explained(v: IndicatorView) -> bool:
    return bool((v.indicator.deviation or "").strip())


def _far_above(v: IndicatorView, target: IndicatorValue, actual: IndicatorValue) -> bool:
    """A count that exceeds its floor by a third or more (same unit, not a rate or money)."""
    t, a = target.number, actual.number
    if t is None or a is None or t <= 0 or target.is_range or actual.direction is not None:
        return False
    if target.direction not in _FLOORS or actual.unit != target.unit or target.unit == "%":
        return False
    ind = v.indicator
    if _COST in ind.level1 or _COST in ind.level2 or _RATE in v.name:
        return False
    if target.unit is not None and _MONEY in target.unit:
        return False
    return a >= _FAR_ABOVE * t and a - t >= _MIN_EXCESS


def _figures(p: ProjectView) -> Iterator[tuple[IndicatorView, IndicatorValue, IndicatorValue]]:
    """The rows of a self-evaluation whose target and actual are both figures, parsed."""
    if not is_self_evaluation(p.plan):
        return  # the precondition holds inside too (tests/review/test_document_gates.py)
    for v in p.indicators:
        actual_text = (v.indicator.actual or "").strip()
        if not actual_text or v.value.kind is not ValueKind.QUANTITATIVE:
            continue
        actual = parse_value(actual_text)
        if actual.kind is ValueKind.QUANTITATIVE:
            yield v, v.value, actual


def _low_target(v: IndicatorView, target: IndicatorValue, actual: IndicatorValue) -> Hit:
    assert target.number is not None and actual.number is not None
    share = amount((actual.number / target.number * 100).quantize(Decimal("1")))
    return Hit(
        f"{q(v.name, 24)}目标{q(v.indicator.value, 16)}，实际{q(v.indicator.actual, 16)}，"
        f"是目标的{share}%：目标定得过低，或实际值与目标口径不同，自评没有说明超出的原因。",
        field="actual",
        indicator_index=v.index,
    )


def _low_targets(p: ProjectView) -> list[Hit]:
    return [
        _low_target(v, target, actual)
        for v, target, actual in _figures(p)
        if not _explained(v) and _far_above(v, target, actual)
    ]


N212 = TABLE.rule("N212", _low_targets, applies_to=is_self_evaluation)


def _bound_actual(v: IndicatorView, actual: IndicatorValue) -> Hit:
    copied = "，与年度指标值一字不差" if v.indicator.actual == v.indicator.value else ""
    return Hit(
        f"{q(v.name, 24)}的实际完成值{q(v.indicator.actual, 16)}带着“{actual.direction}”"
        f"{copied}：这是目标的写法，不是年底实际做到的数，无法与目标比较计分。",
        field="actual",
        indicator_index=v.index,
    )


def _bound_actuals(p: ProjectView) -> list[Hit]:
    return [_bound_actual(v, actual) for v, _, actual in _figures(p) if actual.direction in _BOUNDS]


N213 = TABLE.rule("N213", _bound_actuals, applies_to=is_self_evaluation)

RULES = (N212, N213)
