"""N105, N106, N108, N113: costs without money or with “≥”, deadlines written as a floor,
rates that should rise written as a ceiling."""

from __future__ import annotations

import re

from jixiao.grammar import UnitKind
from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import (
    PERCENT,
    UPWARD,
    amount,
    display,
    is_money,
    q,
)
from jixiao.review.rules.numbers.common import HUNDRED, percent_ceiling

TABLE = rule_table(__name__)


def _cost_not_money(v: IndicatorView) -> Hit | None:
    if not v.is_money_cost or is_money(v.value):
        return None
    what = "不是金额"
    if v.value.number is not None and not v.value.unit and "率" not in v.name:
        # a bare figure (零陵 '造林补助 | 每亩300'); a rate's bare '100' is no amount at all
        what = "只有数字，" + (
            "金额单位只写在名称里" if "元" in v.name else "没有写明金额单位（元、万元）"
        )
    return hit(
        f"成本指标{q(v.name)}的指标值{q(v.raw)}{what}，无法与预算数和支出标准比较。",
        field="value",
        params={"budget": amount(v.project.project.budget_total).replace("—", "X")},
    )


N105 = TABLE.rule("N105", _cost_not_money)


def _floor_for_ceiling(v: IndicatorView, subject: str, why: str, param: str) -> Hit:
    """A ceiling (a cost, a deadline) written with “≥”; ``param`` is the ceiling to write."""
    value = v.value
    return hit(
        f"{subject}{q(v.name)}的指标值{q(v.raw)}用了“≥”，{why}",
        field="value",
        params={param: "≤" + amount(value.number) + (value.unit or "")},
    )


def _cost_at_least(v: IndicatorView) -> Hit | None:
    value = v.value
    if not v.is_cost or value.direction not in UPWARD or not is_money(value):
        return None
    return _floor_for_ceiling(v, "成本指标", "成本是上限，“≥”等于鼓励多花钱。", "ceiling")


N106 = TABLE.rule("N106", _cost_at_least)


_DURATION = re.compile(
    "时长|天数|保障时间|运行时间|服务时间|供应|持续|在线|使用时间|开放时间|维持|保持|全年|服务读者"
)


def _deadline_at_least(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        v.level2 != "时效"
        or value.unit_kind is not UnitKind.TIME
        or value.direction not in UPWARD
        or _DURATION.search(v.text)
    ):
        return None
    return _floor_for_ceiling(v, "时效指标", "时限应当是上限，写“≥”等于越慢越好。", "limit")


N108 = TABLE.rule("N108", _deadline_at_least)


def _rising_rate_as_ceiling(v: IndicatorView) -> Hit | None:
    ceiling = percent_ceiling(v)
    if ceiling is None or ceiling >= HUNDRED:  # “≤100%” is N103's
        return None
    lists = words()
    if lists.downward_rates.search(v.name) or not lists.upward_rates.search(v.name):
        return None
    return hit(
        f"指标{q(display(v))}越高越好，指标值{q(v.raw)}却写成上限，等于说做到零也算达标。",
        field="value",
        params={"floor": "≥" + amount(ceiling) + PERCENT},
    )


N113 = TABLE.rule("N113", _rising_rate_as_ceiling)
