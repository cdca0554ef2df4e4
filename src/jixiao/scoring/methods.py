"""计分方法: each way an indicator (or the 预算执行率) earns its points, as a named unit.

A method turns a comparison into a *share* of the indicator's weight (0–1); the engine
multiplies by the weight and rounds. Every method carries its criterion in words and
worked examples, which the tests score through the engine and ``docs/evaluation.md``
prints. Which "≤" method applies is the profile's ``le_rule``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

ONE = Decimal(1)
ZERO = Decimal(0)

ShareFunction = Callable[[Decimal, Decimal, Decimal | None], Decimal]
"""(actual, target, upper end of a range or None) → share of the weight, 0–1."""


@dataclass(frozen=True, slots=True)
class WorkedExample:
    """目标值, 实际完成值 and 分值 as written, and the score the method must give."""

    target: str
    actual: str
    weight: str
    score: str
    profile: str = "hebei-county"
    note: str = ""


@dataclass(frozen=True, slots=True)
class ScoringMethod:
    """A scoring method: id, title, criterion in words, share function, examples."""

    id: str
    title: str
    criterion: str
    share: ShareFunction | None
    examples: tuple[WorkedExample, ...]


def _clamp(value: Decimal) -> Decimal:
    return min(ONE, max(ZERO, value))


def _at_least(actual: Decimal, target: Decimal, _upper: Decimal | None = None) -> Decimal:
    if actual >= target:
        return ONE
    return _clamp(actual / target) if target > 0 else ZERO


def _linear_ceiling(actual: Decimal, target: Decimal, _upper: Decimal | None = None) -> Decimal:
    if actual <= target:
        return ONE
    return _clamp((2 * target - actual) / target) if target > 0 else ZERO


def _inverse_ceiling(actual: Decimal, target: Decimal, _upper: Decimal | None = None) -> Decimal:
    if actual <= target:
        return ONE
    return _clamp(target / actual) if target > 0 and actual > 0 else ZERO


GE_RATIO = ScoringMethod(
    id="ge_ratio",
    title="正向指标（≥、>、以上）",
    criterion="达到目标值得满分；未达到的，得分 = 分值 × 实际值 / 目标值。",
    share=_at_least,
    examples=(
        WorkedExample("≥90%", "95%", "10", "10", note="达到目标"),
        WorkedExample("≥90%", "72%", "10", "8", note="10 × 72/90 = 8"),
        WorkedExample("不少于4次", "3次", "5", "3.75", note="5 × 3/4"),
    ),
)

EQ_RATIO = ScoringMethod(
    id="eq_ratio",
    title="等值指标（=，或只写数值）",
    criterion="等于目标值得满分；否则按正向指标计分（低于目标按比例，高于目标得满分）。",
    share=_at_least,
    examples=(
        WorkedExample("=100%", "100%", "8", "8"),
        WorkedExample("100%", "85%", "8", "6.8", note="8 × 85/100"),
    ),
)

LE_LINEAR = ScoringMethod(
    id="le_linear",
    title="反向指标（≤、<、以内），线性扣分",
    criterion=(
        "不超过目标值得满分；超过的，得分随超出幅度线性递减，实际值达到目标值两倍时为0："
        "得分 = 分值 × (2 × 目标值 − 实际值) / 目标值。"
    ),
    share=_linear_ceiling,
    examples=(
        WorkedExample("≤100万元", "90万元", "10", "10", note="未超上限"),
        WorkedExample("≤100万元", "125万元", "10", "7.5", note="10 × (200 − 125)/100"),
        WorkedExample("≤100万元", "230万元", "10", "0", note="超过两倍，0分"),
    ),
)

LE_INVERSE = ScoringMethod(
    id="le_inverse",
    title="反向指标（≤、<、以内），按比例（湖北做法）",
    criterion="不超过目标值得满分；超过的，得分 = 分值 × 目标值 / 实际值。",
    share=_inverse_ceiling,
    examples=(
        WorkedExample("≤100万元", "125万元", "10", "8", profile="hubei", note="10 × 100/125"),
        WorkedExample("≤100万元", "230万元", "10", "4.35", profile="hubei", note="10 × 100/230"),
    ),
)


def _within(actual: Decimal, lower: Decimal, upper: Decimal | None) -> Decimal:
    if actual < lower:
        return _at_least(actual, lower)
    if upper is not None and actual > upper:
        return _linear_ceiling(actual, upper)
    return ONE


RANGE = ScoringMethod(
    id="range",
    title="区间指标（3~5天）",
    criterion="在区间内得满分；低于下限按正向指标、高于上限按线性扣分计分。",
    share=_within,
    examples=(
        WorkedExample("3-5天", "4天", "6", "6"),
        WorkedExample("3-5天", "6天", "6", "4.8", note="6 × (10 − 6)/5"),
    ),
)

QUALITATIVE = ScoringMethod(
    id="qualitative",
    title="定性指标（分档）",
    criterion=(
        "按达成程度分档：达成得分值的80%–100%，部分达成60%–80%，未达成0–60%；"
        "评价人可在档内给出比例，未给出的取方案中的默认比例（达成100%、部分达成70%、未达成0）。"
    ),
    share=None,
    examples=(
        WorkedExample("按时完成", "已完成", "10", "10"),
        WorkedExample("好/较好/一般/差", "较好", "10", "7"),
        WorkedExample("是/否", "否", "5", "0"),
    ),
)

EXECUTION_RATE = ScoringMethod(
    id="execution_rate",
    title="预算执行率",
    criterion=(
        "预算执行率 = 全年执行数 / 全年预算数；得分 = 执行率 × 分值，以分值为限。"
        "全年预算数为0且无支出时按方案的 zero_budget 计分（默认满分），有支出则为0分。"
    ),
    share=None,
    examples=(
        WorkedExample("100", "92.5", "10", "9.25", note="执行率92.5%"),
        WorkedExample("100", "104", "10", "10", note="超支不加分"),
        WorkedExample("0", "0", "10", "10", note="零预算、无支出"),
    ),
)

METHODS: tuple[ScoringMethod, ...] = (
    GE_RATIO,
    EQ_RATIO,
    LE_LINEAR,
    LE_INVERSE,
    RANGE,
    QUALITATIVE,
    EXECUTION_RATE,
)
METHODS_BY_ID = {m.id: m for m in METHODS}
