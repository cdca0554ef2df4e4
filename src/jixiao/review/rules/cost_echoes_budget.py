"""C108: the only cost indicators restate the project's budget (“项目总成本 ≤1000万元”):
no unit cost that could be compared with other projects."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.context import ProjectView, rows_fact
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q

TABLE = rule_table(__name__)

_SHARE = Decimal("0.005")  # within half a percent of the budget: the budget restated


def _amounts(p: ProjectView) -> tuple[tuple[int, Decimal], ...]:
    """(position, amount in 万元) of the cost rows, none when a unit cost is there to
    compare (read from the rows alone: found once per distinct list of rows)."""
    costs = [v for v in p.indicators if v.is_cost]
    if not costs or any(v.value.unit and "/" in v.value.unit for v in costs):
        return ()  # a unit cost is there to compare
    found = []
    for n, v in enumerate(p.indicators):
        if v.is_cost:
            wan = v.value.money_in_wan
            if wan is not None:
                found.append((n, wan))
    return tuple(found)


def _echoes(p: ProjectView) -> list[Hit]:
    budget = p.project.budget_total
    if budget is None or budget <= 0:
        return []
    views = p.indicators
    for n, wan in rows_fact(p, _amounts):
        if abs(wan - budget) <= budget * _SHARE:
            v = views[n]
            return [
                hit(
                    f"成本指标{q(v.name)}的{q(v.raw)}只是复述项目预算"
                    f"{amount(budget)}万元，没有单位成本（每人、每场、每平方米），"
                    "无法与同类项目比较。",
                    field="value",
                    indicator_index=v.index,
                )
            ]
    return []


C108 = TABLE.rule("C108", _echoes)

RULES = (C108,)
