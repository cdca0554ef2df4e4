"""What the number rules share: which values are bounded rates."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from jixiao.review.context import IndicatorView
from jixiao.review.rules.common import (
    DOWNWARD,
    PERCENT,
    is_satisfaction,
)

HUNDRED: Final = Decimal(100)


def bounded(v: IndicatorView) -> bool:
    """A share that cannot exceed 100%: a bounded rate by name, or a satisfaction item."""
    return v.facts.bounded_rate or (
        is_satisfaction(v) and v.plan.lexicon.not_bounded.search(v.name) is None
    )


def percent_ceiling(v: IndicatorView) -> Decimal | None:
    """X of a “≤X%” value on an indicator that is no cost, else None."""
    value = v.value
    if value.unit != PERCENT or value.direction not in DOWNWARD or v.is_cost:
        return None
    return value.number
