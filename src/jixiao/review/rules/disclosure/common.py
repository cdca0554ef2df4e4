"""What the disclosure rules share: table lookups and the money tolerance."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.context import PlanView, plan_fact
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


def has_tables(view: PlanView) -> bool:
    """The document discloses tables: the precondition of the disclosure rules D101–D110."""
    disclosure = view.plan.disclosure
    return disclosure is not None and bool(disclosure.tables)


def _all_tables(view: PlanView) -> list[TableView]:
    return views(view.plan.disclosure)


def tables_of(view: PlanView, *kinds: str) -> list[TableView]:
    """The views of the document's tables of ``kinds`` (all when none given), made once
    per review for all the disclosure rules."""
    tables = plan_fact(view, _all_tables)
    return [t for t in tables if t.kind in kinds] if kinds else tables


def differs(view: PlanView, a: Decimal, b: Decimal) -> bool:
    return abs(a - b) > view.profile.thresholds.money_tolerance_wan
