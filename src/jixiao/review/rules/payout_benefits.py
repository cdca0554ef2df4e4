"""Review round 11 (held-out): how fully money was paid out, filed as a benefit.

- R127: a rate of paying out (发放率, 应发尽发率, 兑付率) under 效益指标 (大英县医疗保障局 2023
  自评表: “城乡居民医保参保工作经费应发尽发率 =100%” as a 社会效益). Paying the money is the
  project's output — its 质量 (足额) or 时效 (按时) — not the effect the payment has on the
  people or the service. Under 产出 it is left alone, as R112 leaves payouts alone; a
  fund-process name without a payout (资金到位率) under 效益 is R112's. The rate words are
  data (review-phrases.json ``payout_rates``).
"""

from __future__ import annotations

from jixiao.review.context import IndicatorView
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)


def _payout_as_benefit(v: IndicatorView) -> Hit | None:
    # (called on the 效益's 二级 only: the table's levels; 成安's old 一级 is “效果指标”)
    lists = phrases()
    found = lists.payout_rates.search(v.name)
    if found is None:
        return None
    if lists.fund_process.search(v.name) and not lists.payouts.search(v.name):
        return None  # 资金到位率 under 效益: R112's
    return hit(
        f"{q(v.name)}（{q(found.group(0))}）衡量的是钱发下去没有、发足没有，这是项目的产出"
        "（质量或时效指标），列在效益指标下就没有写出发放带来的效果（受益对象的生活、服务的改善）。",
        field="level2",
    )


R127 = TABLE.rule("R127", _payout_as_benefit)

RULES = (R127,)
