"""指标键 (indicator key): how two rows are recognised as the same indicator.

Levels are compared without spaces and without a trailing 指标 (“数量指标” = “数量”); the
三级指标 name is compared after full-width folding and removal of extraction spaces, so
“购置质量合格率（%）” and “购置质量合格率(%)” are one indicator.
"""

from __future__ import annotations

from functools import lru_cache

from jixiao.grammar import normalise
from jixiao.model import Indicator
from jixiao.review.profile import level_key

IndicatorKey = tuple[str, str, str]
"""Normalised 一级指标, 二级指标, 三级指标."""


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """A 三级指标 name folded for comparison (全角→半角, spaces dropped)."""
    return "".join(normalise(name)[0].split())


def indicator_key(indicator: Indicator) -> IndicatorKey:
    """The key of a row of the 绩效指标 grid: its three levels, normalised."""
    return (
        level_key(indicator.level1),
        level_key(indicator.level2),
        name_key(indicator.level3),
    )
