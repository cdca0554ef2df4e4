"""R113: an output indicator under the wrong 产出 second level — a deadline or a timeliness
rate under 数量 or 质量 (it is 时效's), a quality rate (合格率, 达标率) under 数量 or 时效
(it is 质量's). The words are data (``profiles/review-output-levels.json``)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple, cast

from jixiao.review.context import IndicatorView
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q
from jixiao.textnorm.wordsearch import alternation

TABLE = rule_table(__name__)

_LEVEL_NAMES = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标"}


class _Words(NamedTuple):
    time: re.Pattern[str]  # a deadline or a duration limit (完成时限, 响应时间), anywhere
    timely: re.Pattern[str]  # a timeliness rate (及时率, 按时完成率), ending the name
    quality: re.Pattern[str]  # a quality rate (合格率, 达标率), ending the name


@cache
def _words() -> _Words:
    data = load_data_file("review-output-levels.json")

    def ending(key: str) -> re.Pattern[str]:
        return re.compile(f"(?:{alternation(_listed(data, key)).pattern})$")

    return _Words(
        alternation(_listed(data, "output_time_words")),
        ending("output_timely_rates"),
        ending("output_quality_rates"),
    )


def _listed(data: dict[str, object], key: str) -> list[str]:
    return [str(w) for w in cast(list[object], data.get(key, []))]


def _belongs(name: str) -> str | None:
    """The 产出 second level a name says it measures (None: the name does not say)."""
    words = _words()
    name = name.strip().rstrip("）)").strip()
    if words.timely.search(name) is not None:
        return "时效"
    if words.quality.search(name) is not None:
        return "质量"
    if name.endswith("率"):
        return None  # 完成时限达标率 … a rate of another kind
    if words.time.search(name) is not None:
        return "时效"
    return None


def _misfiled_output(v: IndicatorView) -> Hit | None:
    filed = v.level2
    belongs = _belongs(v.name)
    if belongs is None or belongs == filed:
        return None
    return Hit(
        f"指标{q(v.name)}（指标值{q(v.indicator.value)}）衡量的是"
        f"{'完成时限或及时程度' if belongs == '时效' else '完成的质量'}，"
        f"却放在{q(v.indicator.level2)}下，应归入{_LEVEL_NAMES[belongs]}。",
        field="level2",
        params={"level": _LEVEL_NAMES[belongs]},
    )


R113 = TABLE.rule("R113", _misfiled_output)

RULES = (R113,)
