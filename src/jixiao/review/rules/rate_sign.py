"""N116: a rate target below 100% written without a sign (“覆盖率 99%”): floor or exact?"""

from __future__ import annotations

import re

from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import PERCENT, amount, is_satisfaction, q

TABLE = rule_table(__name__)

_BARE = re.compile(r"^\s*[0-9]+(?:\.[0-9]+)?\s*[%％]\s*$")  # “99%”, not a sentence with a rate


def _unsigned_rate(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.direction is not None or value.upper is not None:
        return None
    number = value.number
    if number is None or number == 0 or number >= 100 or not v.facts.bounded_rate:
        return None  # 0% and 100% mean none and all; a growth rate may be anything
    if _BARE.match(v.raw) is None:
        return None
    if v.facts.satisfaction or is_satisfaction(v):
        return None  # 满意度 is N111's
    return hit(
        f"比率目标{q(v.name)}写成{q(v.raw)}，没有“≥”或“≤”："
        f"达到{amount(number)}%以上算不算完成、是不是越低越好都不明确。",
        field="value",
    )


N116 = TABLE.rule("N116", _unsigned_rate)

RULES = (N116,)
