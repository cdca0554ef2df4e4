"""W113: a template's row number left before a 三级 name (“指标1:机柜数量”)."""

from __future__ import annotations

from jixiao.review.context import IndicatorView
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)


def _numbered(v: IndicatorView) -> Hit | None:
    match = phrases().name_numbering.match(v.name)
    if match is None or match.end() == len(v.name):
        return None  # a bare “指标1” is an empty template row, not a numbered name
    return hit(
        f"三级指标名称{q(v.name)}前留着模板的编号{q(match.group(0))}。",
        field="level3",
    )


W113 = TABLE.rule("W113", _numbered)

RULES = (W113,)
