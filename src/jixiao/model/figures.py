"""A figure as people read it: rounded once, half up (四舍五入), to two decimals.

A 单位成本 of 109.1923 was "109.2" in the C106 finding, "109.19" on the chart's bar and
"109.192" in the chart's title: three roundings of one figure. Every message, chart label
and title that prints a computed figure goes through :func:`figure_text`; rates go through
:mod:`jixiao.model.percent`, which rounds the same way.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PLACES = 2
_HUGE = 20  # digits before the point beyond which a figure is not rounded (a chart's fuzz)


def shown_figure(value: Decimal | float | int, places: int = PLACES) -> Decimal:
    """``value`` as shown: 109.1923 → 109.19, 2.675 → 2.68 (half up, from its decimal text)."""
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    if not exact.is_finite() or exact.adjusted() > _HUGE:  # nothing to round (or to fit)
        return exact
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def trimmed(number: Decimal) -> str:
    """No exponent, no trailing zeros, never "-0": 109.10 → "109.1", 80.00 → "80"."""
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def figure_text(value: Decimal | float | int, places: int = PLACES) -> str:
    """The figure as printed: "109.19", "87", "1234.5"."""
    return trimmed(shown_figure(value, places))
