"""{{ share|percent }} and {{ amount|money }}: the one rounding of percentages (one decimal,
as the charts print them) and of money (two decimals) on every page."""

from __future__ import annotations

from typing import Any

from django import template

from jixiao.web.listing.spec import money as money_text
from jixiao.web.listing.spec import percent as percent_text

register = template.Library()


@register.filter
def percent(share: Any) -> str:
    """A share (0.456) as the charts show it: 45.6%."""
    return percent_text(share)


@register.filter
def money(amount: Any) -> str:
    """万元 with two decimals: 1,234.50."""
    return money_text(amount)
