"""可衡量性 (measurability): a target must be a number with a unit, or graded levels."""

from __future__ import annotations

from jixiao.review.rules.measurability.measures import M105, M106, M107, M108, M109, M118
from jixiao.review.rules.measurability.wording import M101, M102, M103, M104

RULES = (M101, M102, M103, M104, M105, M106, M107, M108, M109, M118)

__all__ = ["RULES"]
