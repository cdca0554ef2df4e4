"""W126: a 三级指标 name is a rate and nothing else (“全区覆盖率 ≥95%”, “活动参与率 ≥95%”,
held-out round 16, 南岳区青少年校外活动中心): what is covered, who takes part, is not said,
so neither the numerator nor the denominator of the rate can be counted at the year's end.

A row whose description says what the rate counts, or whose value is no percentage, is
left alone. The words are data
(``jixiao/profiles/review-bare-rates.json``).
"""

from __future__ import annotations

from functools import cache

from jixiao.review.context import IndicatorView, squeeze
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import PERCENT, q

TABLE = rule_table(__name__)
_DATA = "review-bare-rates.json"


@cache
def _words(key: str) -> frozenset[str]:
    raw = load_data_file(_DATA)[key]
    assert isinstance(raw, list)
    return frozenset(squeeze(str(w)) for w in raw)


@cache
def _rate_lengths() -> frozenset[int]:
    return frozenset(map(len, _words("rate_words")))


def _bare_rate(v: IndicatorView) -> Hit | None:
    key, rates = v.key, _words("rate_words")  # the name squeezed, read once per name
    rate = next((key[-n:] for n in _rate_lengths() if key[-n:] in rates), None)
    if rate is None or (key != rate and key[: -len(rate)] not in _words("scope_words")):
        return None  # no rate, or the words before it say what is counted
    if not v.echo or v.value.unit != PERCENT:
        return None  # its description says what the rate counts, or no share is set
    return hit(
        f"指标{q(v.name)}只写了{q(rate)}，没有说明是什么（谁）的{rate}：分子、分母都定不下来，"
        "年终无从统计。",
        field="level3",
    )


W126 = TABLE.rule("W126", _bare_rate)

RULES = (W126,)
