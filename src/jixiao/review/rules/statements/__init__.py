"""描述与指标值、重复与重叠 (statements): what the words promise against the value, and
indicators or projects that say the same thing twice."""

from __future__ import annotations

from jixiao.review.rules.statements.promises import W106, W107, W108
from jixiao.review.rules.statements.repeats import W109, W110, W111

RULES = (W106, W107, W108, W109, W110, W111)

__all__ = ["RULES"]
