"""N101–N104, N107, N109, N110, N237: rates and percentages — over 100%, “≥100%”, a count
in %, the counts written in the name and a percentage as the value."""

from __future__ import annotations

import re

from jixiao.grammar import Direction, UnitKind
from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import (
    DOWNWARD,
    PERCENT,
    UPWARD,
    display,
    is_effect,
    is_satisfaction,
    q,
)
from jixiao.review.rules.numbers.common import HUNDRED, bounded, percent_ceiling

TABLE = rule_table(__name__)


def _over_hundred(v: IndicatorView) -> Hit | None:
    value = v.value
    top = value.upper if value.upper is not None else value.number
    if (
        value.unit != PERCENT
        or top is None
        or top <= HUNDRED
        or value.direction in DOWNWARD
        or not bounded(v)
    ):
        return None
    return hit(
        f"指标{q(display(v))}是比率，指标值{q(v.raw)}超过100%，不可能实现。",
        field="value",
    )


N101 = TABLE.rule("N101", _over_hundred)


def _ge_hundred(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        value.unit != PERCENT
        or value.number != HUNDRED
        or value.direction not in UPWARD
        or value.upper is not None
        or v.plan.lexicon.not_bounded.search(v.name)
    ):
        return None
    written = q(v.raw)
    if value.direction is Direction.GT:
        why = f"{written}要求超过100%，比率做不到"
    else:
        why = f"{written}中的“≥”没有意义，比率最多只能等于100%"
    return hit(f"指标{q(display(v))}的指标值{why}。", field="value")


N102 = TABLE.rule("N102", _ge_hundred)

_CONTROL = re.compile("执行|控制|超支|支出|使用率|偏差|误差|差错|投诉|事故|损耗")


def _vacuous_ceiling(v: IndicatorView) -> Hit | None:
    ceiling = percent_ceiling(v)
    if ceiling is None or ceiling < HUNDRED:
        return None
    if not (is_effect(v) or is_satisfaction(v)) and (
        not v.facts.bounded_rate or _CONTROL.search(v.name)
    ):
        return None
    if is_satisfaction(v) or v.facts.satisfaction:
        # 满意度 is a floor: "≤100%" reads as the sign written the wrong way round.
        return hit(
            f"满意度指标{q(display(v))}的指标值{q(v.raw)}写成了上限：满意度越高越好，"
            "任何调查结果都满足“不超过100%”，等于没有目标，自评时也会被当作已完成。",
            field="value",
        )
    return hit(
        f"指标{q(display(v))}的指标值{q(v.raw)}是“不超过100%”，任何结果都满足，等于没有目标。",
        field="value",
    )


N103 = TABLE.rule("N103", _vacuous_ceiling)


def _percent_on_count(v: IndicatorView) -> Hit | None:
    if v.value.unit != PERCENT or not v.facts.count or is_satisfaction(v):
        return None
    explained = v.plan.lexicon.rate_name.search(v.description) is not None
    return hit(
        f"指标{q(display(v))}按名称是数量，指标值却是百分比{q(v.raw)}，名称与指标值不一致。",
        field="value",
        confidence=0.65 if explained else None,
    )


N104 = TABLE.rule("N104", _percent_on_count)

# a figure counted in people, households, units or events (“慰问伤残军人50人”, “烈士家庭6户”)
_COUNTED = re.compile(r"\d+(?:人次|人|户|家|名|个|场|次|台|套|件|辆|所|村|处|座|批|期|册|本)")


def _counts_in_name(v: IndicatorView) -> Hit | None:
    """A 数量 row whose name lists the quantities to deliver while its value is a
    percentage: what is to be done stands in the name, the value checks nothing."""
    if (
        v.value.unit != PERCENT
        or v.level2 != "数量"
        or v.facts.rate
        or v.facts.count
        or is_satisfaction(v)
    ):
        return None
    figures = _COUNTED.findall(v.name)
    if not figures:
        return None
    shown = "、".join(figures[:3]) + ("等" if len(figures) > 3 else "")
    return hit(
        f"指标{q(display(v))}把要完成的数量写在名称里（{shown}），指标值却只写"
        f"{q(v.raw)}：每一项要完成多少、完成了多少，都无法按指标值核对。",
        field="value",
    )


N237 = TABLE.rule("N237", _counts_in_name)


def _rate_not_percent(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        not v.facts.bounded_rate
        or v.facts.satisfaction
        or value.unit is None
        or value.unit_kind in (UnitKind.PERCENT, UnitKind.PERCENT_POINT, UnitKind.SCORE)
    ):
        return None
    return hit(
        f"指标{q(display(v))}按名称是比率，指标值{q(v.raw)}却不是百分比，名称与指标值不一致。",
        field="value",
    )


N107 = TABLE.rule("N107", _rate_not_percent)


def _perfect_satisfaction(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        value.unit != PERCENT
        or value.number is None
        or value.direction not in (None, Direction.EQ)
        or not (is_satisfaction(v) or v.facts.satisfaction)
        or value.number < v.plan.profile.thresholds.satisfaction_ceiling
    ):
        return None
    return hit(
        f"满意度指标{q(v.name)}的目标值为{q(v.raw)}，要求每一位受访者都满意，通常难以实现。",
        field="value",
    )


N109 = TABLE.rule("N109", _perfect_satisfaction)


def _percent_spelt(v: IndicatorView) -> Hit | None:
    if "百分比" not in v.raw:
        return None
    return hit(f"指标值{q(v.raw)}把“%”写成“百分比”。", field="value")


N110 = TABLE.rule("N110", _percent_spelt)
