"""What the disclosure rules share: table lookups and the money tolerance."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.context import PlanView
from jixiao.review.rules.tables import (
    TableView,
    views,
)

SUMMARIES = ("income_expenditure_summary", "fiscal_summary")
EXPENDITURE = (
    "expenditure_summary",
    "general_budget_expenditure",
    "government_fund_expenditure",
    "state_capital_expenditure",
)
FUND_TABLES = ("government_fund_expenditure", "state_capital_expenditure")


def tables_of(view: PlanView, *kinds: str) -> list[TableView]:
    return views(view.plan.disclosure, *kinds)


def differs(view: PlanView, a: Decimal, b: Decimal) -> bool:
    return abs(a - b) > view.profile.thresholds.money_tolerance_wan
