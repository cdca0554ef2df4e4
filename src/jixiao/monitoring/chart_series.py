"""The 预算执行进度 chart's data for one monitored project.

Gathers what :func:`jixiao.charts.spending_chart` draws from the monitoring results:

* plan — the 资金支出计划 curve (:class:`SpendCurve` points);
* actual — the cumulative share spent at each month end, from the monthly amounts
  (当月支出) as far as they run without a gap from January, then the execution rate at
  the monitoring date (1–N月执行数 is the figure the unit reported; it wins over the sum
  of the months when both fall on the same month);
* forecast — the engine's 预计年底执行率; today — the monitoring date in months.

For a department, :func:`department_series` weights the same figures by the projects'
budgets, so a finance bureau sees at a glance whether the department as a whole keeps
to its plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from jixiao.charts.spending import SpendingSeries
from jixiao.model.plan import Project
from jixiao.monitoring.engine import ProjectMonitoring, elapsed_months
from jixiao.monitoring.model import ProjectProgress
from jixiao.monitoring.spend_curve import SpendCurve, spend_curve
from jixiao.scoring.profile import EvaluationProfile

TWELVE = Decimal(12)
ZERO = Decimal(0)
MONTHS = tuple(Decimal(m) for m in range(13))


def _monthly_points(
    monthly: Mapping[int, Decimal], budget: Decimal, until: Decimal | None
) -> list[tuple[Decimal, Decimal]]:
    points: list[tuple[Decimal, Decimal]] = []
    spent = Decimal(0)
    for month in range(1, 13):
        if month not in monthly or (until is not None and month > until):
            break  # after a gap the running total is unknown
        spent += monthly[month]
        points.append((Decimal(month), spent / budget))
    return points


def spending_series(
    curve: SpendCurve | None,
    monitoring: ProjectMonitoring | None,
    monthly: Mapping[int, Decimal],
    budget: Decimal | None,
) -> SpendingSeries:
    """The chart's series; ``budget`` (万元) defaults to the monitored project's."""
    if (budget is None or budget <= 0) and monitoring is not None:
        budget = monitoring.budget_total
    today = monitoring.time_progress * TWELVE if monitoring is not None else None
    actual: list[tuple[Decimal, Decimal]] = []
    if budget is not None and budget > 0:
        actual = _monthly_points(monthly, budget, today)
    if monitoring is not None and today is not None and monitoring.execution_rate is not None:
        actual = [(m, s) for m, s in actual if m < today]
        actual.append((today, monitoring.execution_rate))
    name = monitoring.name if monitoring is not None else ""
    return SpendingSeries(
        plan=list(curve.points) if curve is not None else [],
        time_progress=True,
        actual=actual,
        forecast=monitoring.forecast_rate if monitoring is not None else None,
        today=today,
        title=f"{name}预算执行进度" if name else "预算执行进度",
    )


def department_series(
    items: Sequence[tuple[ProjectProgress, ProjectMonitoring, Project | None]],
    profile: EvaluationProfile,
    title: str = "部门预算执行进度",
) -> SpendingSeries:
    """The department's chart, every figure weighted by the projects' budgets.

    Only projects that reported their 1–N月执行数 and have a budget count: one not yet
    reported is missing, not spending nothing. A project without a 资金支出计划 counts in
    the plan line at 序时进度, as monitoring compares it.
    """
    weighted = [
        (p, r, proj)
        for p, r, proj in items
        if r.budget_total and r.budget_total > 0 and p.spent_to_date is not None
    ]
    total = sum((r.budget_total or ZERO for _, r, _ in weighted), ZERO)
    if not weighted or total <= 0:
        return SpendingSeries(title=title)
    plan = []
    for month in MONTHS:
        share = ZERO
        for _, result, project in weighted:
            curve = (
                spend_curve(project.spend_plan, result.budget_total, profile.monitoring.checkpoints)
                if project is not None
                else None
            )
            at = curve.at(month) if curve else month / 12
            share += at * (result.budget_total or ZERO)
        plan.append((month, share / total))
    spent = sum((p.spent_to_date or ZERO for p, _, _ in weighted), ZERO)
    forecast = sum(
        ((r.forecast_rate or ZERO) * (r.budget_total or ZERO) for _, r, _ in weighted), ZERO
    )
    today = elapsed_months(weighted[0][0].monitor_date)
    return SpendingSeries(
        plan=plan,
        time_progress=True,
        actual=[(ZERO, ZERO), (today, spent / total)],
        forecast=forecast / total,
        today=today,
        title=title,
    )
