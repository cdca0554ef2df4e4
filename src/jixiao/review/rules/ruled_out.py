"""W120: a name that rules something out (“年内无群体性事件发生”, “零事故”) over a value
that tolerates it (“小于5次”, “≤3起”): the row asks for none and allows several."""

from __future__ import annotations

import re

from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import DOWNWARD, q

TABLE = rule_table(__name__)

# “无…发生/事件/事故”, “零事故”, “不发生”, “杜绝”, “未发生”: the name itself asks for none
_NONE = re.compile(
    r"无[^，,;；。]{0,12}?(?:发生|事件|事故|伤亡|上访)(?:发生)?|零(?:发生|事故|伤亡|上访|投诉)|不发生|杜绝|未发生"
)


def _tolerates(v: IndicatorView) -> Hit | None:
    value = v.value
    top = value.upper if value.upper is not None else value.number
    if value.direction not in DOWNWARD or top is None or top <= 0:
        return None
    match = _NONE.search(v.name)
    if match is None:
        return None
    return hit(
        f"指标名称要求{q(match.group(0))}，指标值{q(v.raw)}却容许发生：名称与指标值"
        "自相矛盾，年终按哪一个考核说不清。",
        field="value",
    )


W120 = TABLE.rule("W120", _tolerates)

RULES = (W120,)
