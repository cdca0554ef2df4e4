"""The arithmetic of a published 自评表: its stated 分值, 得分 and 总分, and whether a row's
实际完成值 reached its 年度指标值.

Shared by the review's 自评 rules (:mod:`jixiao.review.rules.selfeval`) and the rescoring
of a published self-evaluation (:mod:`jixiao.evaluation.stated`); it reads the model and
the value grammar only (the review may not depend on the scoring engine).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal

from jixiao.grammar import Direction, ValueKind, parse_value
from jixiao.model.plan import Indicator, Project

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
EXECUTION_ROW = "预算执行率"  # a grid row of its own: nothing left over is the 执行率's
MAX_EXECUTION_WEIGHT = Decimal(10)  # more points left over: the rows are not the whole table
_COST_WORD = "成本"


def same_at_precision(recomputed: Decimal, stated: Decimal) -> bool:
    """``recomputed`` rounded to as many decimals as ``stated`` is written with.

    A value exactly at the half may be stated either way: 四舍五入 rounds it up, while a
    spreadsheet's binary figure (84.445 held as 84.44499…) or a banker's rounding takes it
    down, and neither is an arithmetic error worth a finding."""
    exponent = stated.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    step = Decimal(1).scaleb(-places)
    written = stated.quantize(step)
    return written in (
        recomputed.quantize(step, rounding=ROUND_HALF_UP),
        recomputed.quantize(step, rounding=ROUND_HALF_DOWN),
    )


def stated_rows(project: Project) -> list[tuple[int, Indicator, Decimal, Decimal]]:
    """(1-based index, indicator, 分值, 得分) of the rows that state both."""
    return [
        (index, i, i.weight, i.score)
        for index, i in enumerate(project.indicators, start=1)
        if i.weight is not None and i.score is not None
    ]


@dataclass(frozen=True, slots=True)
class StatedSums:
    """Σ 分值 and Σ 得分 of a project's grid, and the 预算执行率 points they leave."""

    weights: Decimal
    scores: Decimal
    execution_weight: Decimal  # 100 − Σ 分值 when that is the 执行率's (0 < … ≤ 10)
    complete: bool  # every row states 分值 and 得分

    @property
    def whole_table(self) -> bool:
        """The rows and the 执行率 make the 100 points of the table."""
        return self.complete and (self.weights == HUNDRED or self.execution_weight > 0)


def stated_sums(project: Project) -> StatedSums:
    rows = stated_rows(project)
    weights = sum((w for _, _, w, _ in rows), ZERO)
    scores = sum((s for _, _, _, s in rows), ZERO)
    left = HUNDRED - weights
    has_row = any(EXECUTION_ROW in i.level3 for _, i, _, _ in rows)
    execution = left if ZERO < left <= MAX_EXECUTION_WEIGHT and not has_row else ZERO
    complete = bool(rows) and len(rows) == len(project.indicators)
    return StatedSums(weights, scores, execution, complete)


def total_arithmetic_wrong(project: Project) -> bool:
    """The stated 总分 is not Σ stated 得分 plus at most the 执行率's points."""
    stated = project.total_score
    sums = stated_sums(project)
    if stated is None or not sums.whole_table:
        return False
    if sums.weights == HUNDRED:
        return not same_at_precision(sums.scores, stated)
    left = stated - sums.scores
    return left < 0 or left > sums.execution_weight


def attainment(indicator: Indicator, downward: bool = False) -> Decimal | None:
    """The share of its 分值 a quantitative row earns by the official rule (≥: 实际/目标;
    ≤: full up to the target, then linearly to 0 at twice it); None when not comparable —
    words, a range, another unit. ``downward``: the name is a rate where less is better
    (结余率), read as a ceiling when the target has no sign."""
    target = parse_value(indicator.value)
    actual = parse_value(indicator.actual or "")
    if target.kind is not ValueKind.QUANTITATIVE or target.number is None or target.is_range:
        return None
    if actual.kind is not ValueKind.QUANTITATIVE or actual.number is None:
        return None
    if actual.unit is not None and actual.unit != target.unit:
        return None
    t, a = target.number, actual.number
    ceiling = target.direction in (Direction.LE, Direction.LT) or (
        target.direction is None
        and (downward or _COST_WORD in indicator.level1 or _COST_WORD in indicator.level2)
    )
    if ceiling:
        return ONE if a <= t else (max(ZERO, (2 * t - a) / t) if t > 0 else ZERO)
    if a >= t:
        return ONE
    return max(ZERO, a / t) if t > 0 else ZERO
