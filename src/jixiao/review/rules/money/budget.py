"""F101, F102, F106, F107: costs and funding against the budget and the disclosure tables."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.context import IndicatorView, PlanView, ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.money.common import CEILINGS
from jixiao.review.rules.tables import project_expenditure

TABLE = rule_table(__name__)


def _cost_over_budget(v: IndicatorView) -> Hit | None:
    value = v.value
    money = value.money_in_wan
    budget = v.project.project.budget_total
    if (
        money is None
        or budget is None
        or budget <= 0
        or not v.is_cost
        or value.direction not in CEILINGS
    ):
        return None
    thresholds = v.plan.profile.thresholds
    allowed = budget * (1 + thresholds.cost_overshoot) + thresholds.money_tolerance_wan
    if money <= allowed:
        return None
    times = money / budget
    ratio = f"，是预算数的{times:.0f}倍" if times >= 2 else ""
    return hit(
        f"成本指标{q(v.name)}的指标值{q(v.raw)}（{amount(money)}万元）"
        f"超过项目预算数{amount(budget)}万元{ratio}。",
        field="value",
        params={"budget": amount(budget)},
    )


F101 = TABLE.rule("F101", _cost_over_budget)


def _funding_sum(p: ProjectView) -> list[Hit]:
    project_ = p.project
    total, fiscal, other = project_.budget_total, project_.budget_fiscal, project_.budget_other
    if total is None or (fiscal is None and other is None):
        return []
    parts = (fiscal or Decimal(0)) + (other or Decimal(0))
    if abs(parts - total) <= p.plan.profile.thresholds.money_tolerance_wan:
        return []
    return [
        hit(
            f"预算数{amount(total)}万元，其中财政资金{amount(fiscal)}万元、其他资金"
            f"{amount(other)}万元，合计{amount(parts)}万元，与预算数不符。",
            field="budget_fiscal",
        )
    ]
    return []


F102 = TABLE.rule("F102", _funding_sum)


def _names(views: list[ProjectView], limit: int = 5) -> str:
    shown = "、".join(f"{v.index}.{v.project.name}" for v in views[:limit])
    return shown + (f"等{len(views)}个项目" if len(views) > limit else "")


def _spend_missing(plan_: PlanView) -> Iterator[Hit]:
    empty = [p for p in plan_.projects if all(v is None for v in p.project.spend_plan.values())]
    if empty:
        yield hit(
            f"{len(empty)}个项目没有填写资金支出计划：{_names(empty)}。",
            field="spend_plan",
            project_index=empty[0].index if len(empty) == 1 else None,
        )


F106 = TABLE.rule("F106", _spend_missing)


def _budgets_vs_disclosure(plan_: PlanView) -> Iterator[Hit]:
    disclosure = plan_.plan.disclosure
    budgets = [p.project.budget_total for p in plan_.projects]
    if disclosure is None or not budgets or any(b is None for b in budgets):
        return
    found = project_expenditure(disclosure)
    if found is None:
        return
    disclosed, table = found
    total = sum((b for b in budgets if b is not None), Decimal(0))
    if total <= disclosed + plan_.profile.thresholds.money_tolerance_wan:
        return
    yield hit(
        f"{len(budgets)}个项目的预算数合计{amount(total)}万元，超过{table.title}中"
        f"公开的项目支出{amount(disclosed)}万元。",
        field="budget_total",
        location=table.source(),
    )


F107 = TABLE.rule("F107", _budgets_vs_disclosure)
