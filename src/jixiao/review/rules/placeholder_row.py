"""M117: a row kept only to say that its level does not apply (“本项目不适用此指标 / 无”)."""

from __future__ import annotations

from jixiao.review.context import IndicatorView
from jixiao.review.phrases import is_placeholder_row
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)


def _placeholder(v: IndicatorView) -> Hit | None:
    if not is_placeholder_row(v.name, v.raw):
        return None
    return hit(
        f"{v.indicator.level2 or '该层级'}下的{q(v.name)}（指标值{q(v.raw)}）"
        "只是说明本层级不适用的占位行，不是指标。",
        field="level3",
    )


M117 = TABLE.rule("M117", _placeholder)

RULES = (M117,)
