"""W126: a 三级指标 name is a rate and nothing else (“全区覆盖率 ≥95%”, “活动参与率 ≥95%”,
held-out round 16, 南岳区青少年校外活动中心): what is covered, who takes part, is not said,
so neither the numerator nor the denominator of the rate can be counted at the year's end.

A row whose description says what the rate counts is left alone. The words are data
(``jixiao/profiles/review-bare-rates.json``).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.review.context import IndicatorView, squeeze
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)
_DATA = "review-bare-rates.json"


def _words(key: str) -> list[str]:
    raw = load_data_file(_DATA)[key]
    assert isinstance(raw, list)
    return sorted((squeeze(str(w)) for w in raw), key=len, reverse=True)


@cache
def _bare() -> re.Pattern[str]:
    scopes = "|".join(map(re.escape, _words("scope_words")))
    rates = "|".join(map(re.escape, _words("rate_words")))
    return re.compile(f"^(?:{scopes})?({rates})$")


def _bare_rate(v: IndicatorView) -> Hit | None:
    found = _bare().match(squeeze(v.indicator.level3))
    if found is None or not v.echo:
        return None  # names what it counts, or its description does
    rate = found.group(1)
    return hit(
        f"指标{q(v.name)}只写了{q(rate)}，没有说明是什么（谁）的{rate}：分子、分母都定不下来，"
        "年终无从统计。",
        field="level3",
    )


W126 = TABLE.rule("W126", _bare_rate)

RULES = (W126,)
