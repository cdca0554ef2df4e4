"""A 监控表 of any template, imported by ``jixiao import``, as a monitoring round.

The document states its 1–N月执行数 and each indicator's 执行情况; the round is
dated at the end of month N of the document's year (or the date given).
"""

from __future__ import annotations

import calendar
import datetime as dt

from jixiao.model.plan import DepartmentPlan, Project
from jixiao.monitoring.model import IndicatorProgress, MonitoringRound, ProjectProgress


def round_date(plan: DepartmentPlan, given: dt.date | None = None) -> dt.date | None:
    """The end of month N (1–N月) of the document's year, unless a date is given."""
    if given is not None:
        return given
    months = [p.through_month for p in plan.projects if p.through_month]
    if plan.year is None or not months:
        return None
    month = max(months)
    return dt.date(plan.year, month, calendar.monthrange(plan.year, month)[1])


def _progress(project: Project, plan: DepartmentPlan, date: dt.date) -> ProjectProgress:
    return ProjectProgress(
        code=project.code,
        name=project.name,
        department=project.department or plan.department,
        unit=project.implementer or project.unit_name,
        monitor_date=date,
        budget_total=project.budget_adjusted or project.budget_total or project.budget_initial,
        spent_to_date=project.spent,
        goal=project.annual_goal or "\n".join(project.goals),
        indicators=[
            IndicatorProgress(
                level1=i.level1,
                level2=i.level2,
                level3=i.level3,
                target=i.value,
                value_to_date=i.actual or "",
                cause_text=i.deviation or "",
            )
            for i in project.indicators
        ],
    )


def round_from_plan(plan: DepartmentPlan, date: dt.date) -> MonitoringRound:
    """The projects of an imported 监控表 as one monitoring round."""
    return MonitoringRound(
        department=plan.department,
        year=plan.year,
        monitor_date=date,
        projects=[_progress(p, plan, date) for p in plan.projects],
    )
