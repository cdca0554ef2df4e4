"""R112: a performance indicator that measures how the funds moved (资金到位率, 预算执行率)
instead of what they bought. The 项目支出绩效评价 framework scores these under 过程—资金管理
and a 自评表 scores the 预算执行率 on its own line; as 产出 or 效益 they count twice and say
nothing of the project's products. Funds paid out to people (补助资金到位率) are left alone:
there the payment is the output. The names are data (review-phrases.json)."""

from __future__ import annotations

from jixiao.review.context import IndicatorView
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)

_PERFORMANCE_FIRST = frozenset({"产出", "效益"})
_PERFORMANCE_SECOND = frozenset(
    {"数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响"}
)
_BUDGET_LEVEL = ("预算", "投资", "控制", "资金")  # a level of its own for the budget (广东 批复表)


def _fund_process(v: IndicatorView) -> Hit | None:
    if not (v.level1 in _PERFORMANCE_FIRST or v.level2 in _PERFORMANCE_SECOND):
        return None  # 项目管理, 投入, 过程 rows of an evaluation framework measure exactly this
    found = phrases().fund_process.search(v.name)  # (rarely found: tested before the level)
    if found is None or any(word in v.level2 for word in _BUDGET_LEVEL):
        return None
    if phrases().payouts.search(v.name):
        return None  # 补助资金到位: paying the subsidy to its recipients is the project's output
    return hit(
        f"{q(v.name)}衡量的是资金管理（{q(found.group(0))}：资金是否到位、是否用完），"
        "不是项目提供的产品或服务；这类内容在绩效评价的“过程—资金管理”中评价，"
        "自评时预算执行率也单独计分。",
        field="level3",
    )


R112 = TABLE.rule("R112", _fund_process)

RULES = (R112,)
