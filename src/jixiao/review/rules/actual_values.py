"""What a self-evaluation's 实际完成值 says against its 年度指标值: an actual written as a
bound itself (N214: “≥266米” copied from the target is not a measured figure and cannot be
scored). An actual far above its target, unexplained, is N213 (:mod:`.overshoot`)."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.grammar import IndicatorValue, ValueKind, parse_value
from jixiao.grammar.indicator_value import Direction
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.rule import Hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_BOUNDS = (Direction.GE, Direction.GT, Direction.LE, Direction.LT)


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


N214 = TABLE.rule("N214", _bound_actuals, applies_to=is_self_evaluation)

RULES = (N214,)
