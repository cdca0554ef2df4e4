"""N114: a rate known only from a sample survey (知晓率, 认可度) required to be exactly 100%."""

from __future__ import annotations

from jixiao.grammar import Direction
from jixiao.review.context import IndicatorView
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import PERCENT, is_satisfaction, q

TABLE = rule_table(__name__)


def _perfect_survey_rate(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.number is None or value.number < 100:
        return None
    if value.direction not in (None, Direction.EQ, Direction.GE) or value.upper is not None:
        return None
    if v.facts.satisfaction or is_satisfaction(v):
        return None  # 满意度 at 100% is N109's
    match = phrases().survey_rates.search(v.name)
    if match is None:
        return None
    return hit(
        f"{q(v.name)}要靠抽样调查取得，指标值{q(v.raw)}要求每一位受访者都"
        f"{'知晓' if '知' in match.group(0) else '认可'}，不现实，也无法衡量改进。",
        field="value",
    )


N114 = TABLE.rule("N114", _perfect_survey_rate)

RULES = (N114,)
