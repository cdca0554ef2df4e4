"""Output targets a reviewer sends back as no goal at all: a frequency held to “at least once”
(N219: “会议培训举办次数 ≥1次”: one meeting meets it, whatever the funds; only work done
again and again, 培训, 宣传, 检查, is held to it), and a count
that depends on who comes forward set as a figure to reach (N223: “办结信访案件 168起”:
how many petitions arrive is not the department's to plan; a 办结率 measures the work)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar.indicator_value import Direction
from jixiao.grammar.units import UnitKind
from jixiao.review.context import IndicatorView
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import DOWNWARD, UPWARD, is_money, q

TABLE = rule_table(__name__)

_ONCE = Decimal(1)
_FREQUENCY_UNITS = frozenset({"次", "场", "期", "轮", "场次"})  # how often, not how many things


def _at_least_once(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.direction not in (Direction.GE, Direction.GT) or value.number != _ONCE:
        return None
    if value.upper is not None or value.unit not in _FREQUENCY_UNITS:
        return None
    if not phrases().repeated_activities.search(v.name):
        return None  # “评估次数 ≥1次” for an assessment fee: the one-off the funds buy
    return hit(
        f"{q(v.name, 24)}的指标值{q(v.raw, 16)}只要求做一次：做一次即算完成，"
        "衡量不了资金换来的工作量，目标定得过低。",
        field="value",
    )


N219 = TABLE.rule("N219", _at_least_once)


def _demand_count(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.number is None or value.number == 0 or value.direction in DOWNWARD:
        return None  # “信访案件 ≤5起”, “0起”: a reduction target is a goal
    if value.unit_kind is not UnitKind.COUNT or is_money(value):
        return None  # rates (办结率) are what the rule asks for
    if not phrases().demand_counts.search(v.name):
        return None
    fixed = (  # a floor (“≥5次”) is no exact figure, but no more the unit's to decide
        "事先定出下限只能照往年倒填，或为达标凑数。"
        if value.direction in UPWARD
        else "事先定出确数只能照实际倒填。"
    )
    return hit(
        f"{q(v.name, 24)}的指标值{q(v.raw, 16)}把来访、投诉、举报的件数定成了目标：件数取决于"
        f"群众来访、投诉和举报，不由单位决定，{fixed}",
        field="value",
    )


N223 = TABLE.rule("N223", _demand_count)

RULES = (N219, N223)
