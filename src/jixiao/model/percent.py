"""A rate as people read it: a percentage with two decimals, rounded half up (四舍五入).

Round once, here, and compare what is shown: a 预算执行率 of 0.79998 is read "80%" on the
pages, so it is not 偏低 against an 80% line either (it was: the pages rounded for display,
the budget list compared the exact share). Every page, chart label, reason and threshold
test of a rate goes through :func:`shown_percent`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from jixiao.model.figures import trimmed as without_zeros

PLACES = 2
_STEP = Decimal(1).scaleb(-PLACES)
_HUGE = 20  # digits before the point beyond which a share is not rounded (a chart's fuzz)


def shown_percent(share: Decimal | float | int) -> Decimal:
    """The share (0.79998) as the percentage shown (80.00), two decimals, half up."""
    exact = share if isinstance(share, Decimal) else Decimal(str(share))
    if not exact.is_finite() or exact.adjusted() > _HUGE:  # nothing to round (or to fit)
        return exact * 100
    return (exact * 100).quantize(_STEP, rounding=ROUND_HALF_UP)


def percent_text(share: Decimal | float | int, *, trimmed: bool = True) -> str:
    """ "80%", "87.5%", "79.96%" (``trimmed``: without trailing zeros) or "80.00%"."""
    shown = shown_percent(share)
    text = without_zeros(shown) if trimmed else f"{shown:f}"
    return f"{'0' if text == '-0' else text}%"
