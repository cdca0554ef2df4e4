"""R111: a satisfaction survey asked of “群众” with no group named: whom to survey is unclear."""

from __future__ import annotations

from jixiao.review.context import IndicatorView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)

_ENDINGS = ("满意度", "满意率")


def _bare(v: IndicatorView) -> Hit | None:
    key = squeeze(v.name)
    for ending in _ENDINGS:
        if key.endswith(ending):
            who = key[: -len(ending)]
            break
    else:
        return None
    if who not in phrases().bare_respondents:
        return None
    return hit(
        f"满意度{q(v.name)}只写了{q(who)}，没有说明调查哪一类服务对象。",
        field="level3",
    )


R111 = TABLE.rule("R111", _bare)

RULES = (R111,)
