"""W112: a 三级 name written as a goal sentence (“围绕农业生产……等需求”) shorter than W105's
limit: the opening or ending of a purpose, not something measured."""

from __future__ import annotations

import re
from functools import cache

from jixiao.review.context import IndicatorView
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)

_SHORTEST = 8  # characters: “围绕需求” alone is too short to call a sentence


@cache
def _purpose() -> re.Pattern[str]:
    """An opening at the start, else the leftmost ending: one search for both (the opening
    is tried first at the start, as ``opening.search(name) or phrase.search(name)`` would)."""
    found = phrases()
    return re.compile(f"{found.purpose_opening.pattern}|(?:{found.purpose_phrase.pattern})")


def _goal_sentence(v: IndicatorView) -> Hit | None:
    name = v.name
    if not _SHORTEST <= len(name) <= v.plan.profile.thresholds.long_name_chars:
        return None  # longer names are W105's
    match = _purpose().search(name)
    if match is None:
        return None
    return hit(
        f"三级指标名称{q(name)}以{q(match.group(0))}{'开头' if match.start() == 0 else '作结'}，"
        "是目的表述，不是可以计量的指标名称。",
        field="level3",
    )


W112 = TABLE.rule("W112", _goal_sentence)

RULES = (W112,)
