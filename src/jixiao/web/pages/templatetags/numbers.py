"""{{ share|percent }} and {{ amount|money }}: the one rounding of percentages (one decimal,
as the charts print them) and of money (two decimals) on every page."""

from __future__ import annotations

from typing import Any

from django import template

from jixiao.evaluation.stated import execution_rate as stated_or_computed_rate
from jixiao.model.dates import chinese_date as chinese_date_text
from jixiao.model.plan import Project
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


@register.filter
def execution_rate(project: Any) -> str:
    """A reported project's 执行率 as a percentage: as the document states it, else 执行数 /
    预算数 (the core's rule); — when neither. The import preview printed the stored
    fraction (1 for 100%) and — for a rate the document left to be worked out."""
    if not isinstance(project, Project):  # the preview's projects are stored JSON
        project = Project.model_validate(project)
    rate = stated_or_computed_rate(project)
    return "—" if rate is None else percent_text(rate)


@register.filter
def chinese_date(day: Any) -> str:
    """A date inside a sentence: 截至2024年7月31日, as the round's own heading writes it —
    the 工作台, the plan page and the import preview wrote 截至2024-07-31."""
    return "" if day is None else chinese_date_text(day)
