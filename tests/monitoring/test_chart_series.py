"""The 预算执行进度 chart of monitored projects of the example round (seed 003, 31 July)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.charts import spending_chart
from jixiao.evaluation import load_evaluation_profile
from jixiao.model import DepartmentPlan
from jixiao.monitoring import (
    MonitoringRound,
    ProjectMonitoring,
    monitor_round,
    spend_curve,
    spending_series,
)
from jixiao.monitoring.engine import find_project
from jixiao.monitoring.spend_curve import SpendCurve
from tests.charts.helpers import by_class, one, parse

D = Decimal
PROFILE = load_evaluation_profile()


def monitored(
    plan: DepartmentPlan, round_: MonitoringRound, name: str
) -> tuple[SpendCurve | None, ProjectMonitoring, dict[int, Decimal]]:
    result = next(p for p in monitor_round(round_, plan, PROFILE).projects if p.name == name)
    progress = next(p for p in round_.projects if p.name == name)
    project = find_project(plan, progress.code, progress.name)
    assert project is not None
    curve = spend_curve(project.spend_plan, result.budget_total, PROFILE.monitoring.checkpoints)
    return curve, result, dict(progress.monthly)


def test_a_project_with_monthly_spending(
    plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    curve, result, monthly = monitored(plan_003, example_round, "2024年市级政府公物仓建设")
    series = spending_series(curve, result, monthly, None)
    assert curve is not None and list(series.plan) == list(curve.points)
    months = [m for m, _ in series.actual]
    assert months == [1, 2, 3, 4, 5, 6, 7]
    # Running totals of 0.2, 0.3, 0.3 … 万元 over the budget; the last is 1–7月执行数 4.0.
    assert series.actual[1][1] == D("0.5") / result.budget_total  # type: ignore[operator]
    assert series.actual[-1][1] == result.execution_rate
    assert series.today == 7 and series.forecast == result.forecast_rate
    assert series.title == "2024年市级政府公物仓建设预算执行进度"
    root = parse(spending_chart(series))
    assert len(by_class(root, "chart-point")) == 7
    assert root.get("data-today") == "7" and one(root, "chart-forecast") is not None


def test_a_project_with_only_the_total_to_date(
    plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    curve, result, monthly = monitored(plan_003, example_round, "2024年公务用车管理专项经费")
    assert monthly == {}
    series = spending_series(curve, result, monthly, None)
    assert [(m, round(s, 4)) for m, s in series.actual] == [(7, D("0.1790"))]
    root = parse(spending_chart(series))
    point = one(root, "chart-point")
    assert (point.get("data-month"), point.get("data-share")) == ("7", "0.179")


def test_monthly_figures_stop_at_a_gap_and_at_the_monitoring_date() -> None:
    series = spending_series(None, None, {1: D(10), 2: D(10), 4: D(30)}, D(100))
    assert series.actual == [(1, D("0.1")), (2, D("0.2"))]  # 3月 missing: the total is unknown
    assert series.plan == [] and series.today is None and series.forecast is None
    assert series.title == "预算执行进度"


@pytest.mark.parametrize("budget", [None, D(0)])
def test_no_budget_no_monthly_points(budget: Decimal | None) -> None:
    assert spending_series(None, None, {1: D(10)}, budget).actual == []


def test_the_department_line_weights_projects_by_budget(
    plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    from jixiao.monitoring.chart_series import department_series

    report = monitor_round(example_round, plan_003, PROFILE)
    items = [
        (progress, result, find_project(plan_003, progress.code, progress.name))
        for progress, result in zip(example_round.projects, report.projects, strict=True)
    ]
    series = department_series(items, PROFILE)
    budgets = [r.budget_total for r in report.projects if r.budget_total]
    spent = sum((p.spent_to_date or D(0) for p, r, _ in items if r.budget_total), D(0))
    (_, start), (today, share) = series.actual
    assert start == 0 and share == spent / sum(budgets, D(0))
    assert today == D(7)  # 31 July: seven months elapsed
    plan_at = dict(series.plan)
    assert plan_at[D(0)] == 0 and plan_at[D(12)] == 1
    # a sum of cumulative curves only grows
    assert all(a <= b for (_, a), (_, b) in zip(series.plan, series.plan[1:], strict=False))
    forecast = sum(((r.forecast_rate or D(0)) * (r.budget_total or D(0))) for r in report.projects)
    assert series.forecast == forecast / sum(budgets, D(0))
    svg = parse(spending_chart(series))
    assert len(by_class(svg, "chart-point")) == 2


def test_a_department_without_budgets_draws_an_empty_chart() -> None:
    from jixiao.monitoring.chart_series import department_series

    series = department_series([], PROFILE)
    assert not series.plan and not series.actual and series.forecast is None
    assert "暂无数据" in spending_chart(series)


def test_a_project_not_yet_reported_is_left_out_of_the_department_line(
    plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    from jixiao.monitoring.chart_series import department_series

    silent = example_round.projects[0].model_copy(update={"spent_to_date": None})
    round_ = example_round.model_copy(update={"projects": [silent, *example_round.projects[1:]]})
    report = monitor_round(round_, plan_003, PROFILE)
    items = [
        (progress, result, find_project(plan_003, progress.code, progress.name))
        for progress, result in zip(round_.projects, report.projects, strict=True)
    ]
    reported = [(p, r) for p, r, _ in items[1:] if r.budget_total]
    share = department_series(items, PROFILE).actual[-1][1]
    assert share == sum((p.spent_to_date or D(0) for p, _ in reported), D(0)) / sum(
        (r.budget_total or D(0) for _, r in reported), D(0)
    )
