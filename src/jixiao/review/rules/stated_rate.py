"""N212: a self-evaluation's stated 预算执行率 that is not 全年执行数 / 全年预算数.

预算执行率 = 全年执行数 / 全年预算数 (财预〔2020〕10号; domain reference §7), and its
points are the rate times its 分值: a stated rate the amounts do not give scores the
wrong points. The rate is compared with the amounts over each budget the table states
(全年预算数, else 预算数 or 年初预算数) — a rate one of them gives is not flagged — at
half a percentage point, the rounding of a rate written to whole percents."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.plan import Project
from jixiao.review.context import ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_ROUNDING = Decimal("0.005")  # 95.6% written 96%


def amounts_unlike_rate(project: Project) -> tuple[Decimal, Decimal] | None:
    """(全年预算数, 执行数 ÷ 预算数) when the stated rate is none of the amounts' rates."""
    rate, spent = project.execution_rate, project.spent
    if rate is None or spent is None:
        return None
    budgets = [
        b
        for b in (project.budget_adjusted, project.budget_total, project.budget_initial)
        if b is not None and b > 0
    ]
    if not budgets or any(abs(spent / b - rate) <= _ROUNDING for b in budgets):
        return None
    return budgets[0], spent / budgets[0]


def _rate_unlike_amounts(p: ProjectView) -> list[Hit]:
    project = p.project
    unlike = amounts_unlike_rate(project)
    if unlike is None or project.execution_rate is None or project.spent is None:
        return []
    budget, share = unlike
    rate, spent = project.execution_rate, project.spent
    computed = share * 100
    return [
        hit(
            f"预算执行率写作{amount(rate * 100)}%，而全年执行数{amount(spent)}万元÷"
            f"全年预算数{amount(budget)}万元 = {amount(computed.quantize(Decimal('0.01')))}%："
            "执行率或金额至少有一处填错，执行率得分也随之失真。",
            field="execution_rate",
            params={"rate": f"{amount(computed.quantize(Decimal('0.01')))}%"},
        )
    ]


N212 = TABLE.rule("N212", _rate_unlike_amounts, applies_to=is_self_evaluation)

RULES = (N212,)
