"""What the number rules share: which values are bounded rates."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.context import IndicatorView
from jixiao.review.rules.common import (
    is_satisfaction,
)

HUNDRED = Decimal(100)


def bounded(v: IndicatorView) -> bool:
    """A share that cannot exceed 100%: a bounded rate by name, or a satisfaction item."""
    return v.facts.bounded_rate or (
        is_satisfaction(v) and v.plan.lexicon.not_bounded.search(v.name) is None
    )
