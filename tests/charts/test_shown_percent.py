"""One rounding of rates for every page, chart, reason and threshold (jixiao.model.percent)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from jixiao.charts.svg import percent
from jixiao.model.percent import percent_text, shown_percent


def test_rates_round_half_up_to_two_decimals() -> None:
    assert shown_percent(Decimal("93.31") / Decimal("116.64")) == Decimal("80.00")
    assert percent_text(Decimal("93.31") / Decimal("116.64")) == "80%"
    assert percent_text(Decimal("0.12345")) == "12.35%"  # 四舍五入, not to even
    assert percent_text(Decimal("0.875")) == "87.5%"
    assert percent_text(Decimal("0.5"), trimmed=False) == "50.00%"
    assert percent(0.79998) == "80%"  # the charts read the same figure


@given(st.decimals(min_value=0, max_value=3, places=8))
def test_the_text_is_the_figure_compared(share: Decimal) -> None:
    shown = shown_percent(share)
    assert Decimal(percent_text(share).rstrip("%")) == shown
    assert abs(shown - share * 100) <= Decimal("0.005")
