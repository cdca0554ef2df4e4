"""W106–W108: what the description promises against the value and the name."""

from __future__ import annotations

from jixiao.grammar import Direction
from jixiao.review.context import IndicatorView, squeeze
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import PERCENT, amount, q, stated_quantity

TABLE = rule_table(__name__)


def _partial(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.number is None or value.number >= 100:
        return None
    if value.direction not in (None, Direction.GE, Direction.GT, Direction.EQ):
        return None
    match = words().universal.search(v.description) or words().universal.search(v.name)
    if match is None:
        return None
    return hit(
        f"{q(v.description or v.name)}说的是{q(match.group(0))}，指标值{q(v.raw)}却只要求一部分。",
        field="value",
    )


W106 = TABLE.rule("W106", _partial)


def _number_differs(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.number is None or value.unit is None or value.upper is not None:
        return None
    stated = stated_quantity(v.description)
    if stated is None or stated.unit != value.unit or stated.number == value.number:
        return None
    if value.unit == PERCENT and stated.direction is None:
        return None  # “覆盖率达到90%的村” describes, it does not set the target
    return hit(
        f"绩效指标描述写{q(v.description)}（{amount(stated.number)}{stated.unit}），"
        f"指标值却是{q(v.raw)}。",
        field="value",
    )


W107 = TABLE.rule("W107", _number_differs)


def _level_as_name(v: IndicatorView) -> Hit | None:
    if not words().is_level_name(v.name, squeeze(v.name)):
        return None
    return hit(f"三级指标{q(v.name)}只是层级名称，没有说明衡量什么。", field="level3")


W108 = TABLE.rule("W108", _level_as_name)
