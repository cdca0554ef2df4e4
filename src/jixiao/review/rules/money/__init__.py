"""资金一致性 (consistency with money): cost vs budget, 财政+其他=预算, the spending plan."""

from __future__ import annotations

from jixiao.review.rules.money.budget import F101, F102, F106, F107
from jixiao.review.rules.money.spending_plan import F103, F104, F105

RULES = (F101, F102, F103, F104, F105, F106, F107)

__all__ = ["RULES"]
