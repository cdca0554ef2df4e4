"""Review round 12 (held-out): a 时效 target that is only the project's whole period.

- R128: a 时效指标 whose value is the year the project runs (“1年”, “全年”, “12个月”,
  “1-12月”): 南县住房保障服务中心 2024 “按时交纳税费 =1年”. Every project of the year runs
  for the year, so the value sets no deadline and no rate of being on time; the reviewer asks
  for a 完成时限 (“12月底前”) or a 及时率. A value that repeats the name (“全年 / 全年”) is
  W119's; “年内”, “12月底前” and a short turnaround (“1个月”) set a limit and are left alone.
  The period forms are data (review-phrases.json ``whole_period_values``).
"""

from __future__ import annotations

import re

from jixiao.review.context import IndicatorView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)

_EQUALS = re.compile(r"^\s*[=＝]?\s*")


def _whole_period(v: IndicatorView) -> Hit | None:
    if v.level2 != "时效":
        return None
    value = _EQUALS.sub("", v.raw).replace(" ", "")
    if not value or not phrases().whole_period.match(value):
        return None
    if squeeze(value) == squeeze(v.name):
        return None  # the value repeats the name: W119's
    return hit(
        f"时效指标{q(v.name)}的指标值{q(v.raw)}只是项目实施的整个年度，没有定出完成时限，"
        "也衡量不了是否及时：按年度实施的项目都满足它。",
        field="value",
    )


R128 = TABLE.rule("R128", _whole_period)

RULES = (R128,)
