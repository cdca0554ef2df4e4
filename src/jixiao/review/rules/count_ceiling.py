"""N115: an output count (数量指标) written as a ceiling (“≤4个”): doing nothing meets it."""

from __future__ import annotations

from jixiao.review.context import IndicatorView
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import DOWNWARD, PERCENT, is_money, q

TABLE = rule_table(__name__)

_QUANTITY = "数量"  # the second level's key (数量指标)


def _count_ceiling(v: IndicatorView) -> Hit | None:
    value = v.value
    if v.level2 != _QUANTITY or value.direction not in DOWNWARD or value.number is None:
        return None
    if value.unit == PERCENT or is_money(value) or value.upper is not None:
        return None  # rates are N113's, money a cost's
    if phrases().fewer_is_better.search(v.name) or v.value.number == 0:
        return None  # 事故次数 ≤2次: fewer is better
    return hit(
        f"数量指标{q(v.name)}的指标值{q(v.raw)}是上限：一个也没完成也算达标，"
        "产出数量应是下限或确数。",
        field="value",
    )


N115 = TABLE.rule("N115", _count_ceiling)

RULES = (N115,)
