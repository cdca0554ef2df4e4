"""R143: a project whose every output row measures how its money is split or spent
(“劳务报酬占中央投资比例 ≥32.68%”, held-out round 17, 舒城县 以工代赈 清水河治理工程):
no row says what the money builds or serves, so the 产出 cannot be checked.

Cost rows are money by design and are left out of the count; a payout (补助资金发放率) is
the output of a subsidy (R112's exception). The words are data
(``review-round17-words.json``, the payouts ``review-phrases.json``).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.phrases import phrases
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q, rows_alone

TABLE = rule_table(__name__)
_OUTPUT_SECOND = frozenset({"产出", "数量", "质量", "时效"})


@cache
def _pattern(key: str) -> re.Pattern[str]:
    words = load_data_file("review-round17-words.json")[key]
    assert isinstance(words, list)
    return re.compile("|".join(map(re.escape, map(str, words))))


def _is_output(v: IndicatorView) -> bool:
    if v.is_cost:
        return False  # a cost row is money by design
    return v.level1 == "产出" or v.level2 in _OUTPUT_SECOND


def _money_share(v: IndicatorView) -> bool:
    name = v.name
    return (
        _pattern("money_words").search(name) is not None
        and _pattern("ratio_words").search(name) is not None
        and phrases().payouts.search(name) is None
    )


def _only_money_outputs(p: ProjectView) -> list[Hit]:
    outputs = [v for v in p.indicators if _is_output(v)]
    if not outputs or not all(map(_money_share, outputs)):
        return []
    names = "、".join(q(v.name, 20) for v in outputs[:3])
    return [
        hit(
            f"产出指标只有{names}，衡量的是资金怎么分、用了多少，没有一项说明项目做成了什么"
            "（工程量、服务量、完成质量和完工时限）：钱花出去了，年终看不出办成了什么事。",
            field="indicators",
        )
    ]


R143 = TABLE.rule("R143", _only_money_outputs, shared_by=rows_alone)

RULES = (R143,)
