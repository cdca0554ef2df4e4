"""N213: a self-evaluation row whose 实际完成值 overshoots its 年度指标值 by far (≥130%,
the profile's ``overshoot_ratio``) with no word on why: the target was probably set too
low (domain reference §7). Only targets where more is better (≥, =, or a count without a
sign) are read; a ceiling (≤, a cost) met by far is savings, not an overshoot."""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction, ValueKind, parse_value
from jixiao.review.context import ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_UPWARD = (Direction.GE, Direction.GT, Direction.EQ, None)
_COST_WORD = "成本"
_PERCENT = "%"
_HUNDRED = Decimal(100)


def attained_ratio(value: str, actual: str, name: str, levels: str) -> Decimal | None:
    """实际 / 目标 of an upward quantitative target in one unit, None otherwise."""
    target, done = parse_value(value), parse_value(actual)
    if target.kind is not ValueKind.QUANTITATIVE or done.kind is not ValueKind.QUANTITATIVE:
        return None
    if target.number is None or done.number is None or target.is_range or target.number <= 0:
        return None
    if target.direction not in _UPWARD or (done.unit is not None and done.unit != target.unit):
        return None
    if target.unit == _PERCENT and done.number > _HUNDRED:
        return None  # a share above 100%: misread or mistyped (N101's kind), not an overshoot
    if target.direction is None and (_COST_WORD in levels or words().downward_rates.search(name)):
        return None  # a cost or a rate where less is better, written without a sign
    return done.number / target.number


def _overshoot(p: ProjectView) -> list[Hit]:
    limit = p.plan.profile.thresholds.overshoot_ratio
    hits = []
    for index, i in enumerate(p.project.indicators, start=1):
        if not (i.actual or "").strip() or (i.deviation or "").strip():
            continue
        ratio = attained_ratio(i.value, i.actual or "", i.level3, i.level1 + i.level2)
        if ratio is None or ratio < limit:
            continue
        hits.append(
            hit(
                f"{q(i.level3, 24)}目标{q(i.value, 16)}，实际完成{q(i.actual, 16)}，"
                f"达到目标的{amount((ratio * 100).quantize(Decimal('1')))}%，"
                "未说明超额完成的原因。",
                field="actual",
                indicator_index=index,
            )
        )
    return hits


N213 = TABLE.rule("N213", _overshoot, applies_to=is_self_evaluation)

RULES = (N213,)
