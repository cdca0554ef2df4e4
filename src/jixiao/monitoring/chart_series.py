"""The 预算执行进度 chart's data for one monitored project.

Gathers what :func:`jixiao.charts.spending_chart` draws from the monitoring results:

* plan — the 资金支出计划 curve (:class:`SpendCurve` points);
* actual — the cumulative share spent at each month end, from the monthly amounts
  (当月支出) as far as they run without a gap from January, then the execution rate at
  the monitoring date (1–N月执行数 is the figure the unit reported; it wins over the sum
  of the months when both fall on the same month);
* forecast — the engine's 预计年底执行率; today — the monitoring date in months.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from jixiao.charts.spending import SpendingSeries
from jixiao.monitoring.engine import ProjectMonitoring
from jixiao.monitoring.spend_curve import SpendCurve

TWELVE = Decimal(12)


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
