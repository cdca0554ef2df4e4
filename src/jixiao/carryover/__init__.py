"""结果应用 (result application): next year's plan from this year's, and the list of
projects whose budget should be cut, adjusted or cancelled.

The web layer calls :func:`next_year_plan` and :func:`budget_office_list`.
"""

from jixiao.carryover.budget_list import BudgetAdvice, advise, budget_office_list, ordered
from jixiao.carryover.next_year import next_year_plan

__all__ = ["BudgetAdvice", "advise", "budget_office_list", "next_year_plan", "ordered"]
