"""A 监控表 of any template, imported by ``jixiao import``, as a monitoring round.

The document states its 1–N月执行数 and each indicator's 执行情况; the round is
dated at the end of month N of the document's year (or the date given).
"""

from __future__ import annotations

import calendar
import datetime as dt

from jixiao.model.plan import DepartmentPlan, Indicator, Project
from jixiao.monitoring.model import IndicatorProgress, Likelihood, MonitoringRound, ProjectProgress

# 完成目标可能性 as templates write it: the longest words first (不可能 is in 完全不可能)
_LIKELIHOOD = (
    ("完全不可能", Likelihood.IMPOSSIBLE),
    ("不可能", Likelihood.IMPOSSIBLE),
    ("有可能", Likelihood.POSSIBLE),
    ("确定能", Likelihood.CERTAIN),
    ("能完成", Likelihood.CERTAIN),
)
# the whole answer under a 能否完成 / 是否能完成 column
_LIKELIHOOD_ANSWER = {
    "能": Likelihood.CERTAIN,
    "是": Likelihood.CERTAIN,
    "不能": Likelihood.IMPOSSIBLE,
    "否": Likelihood.IMPOSSIBLE,
    "可能": Likelihood.POSSIBLE,
}


def round_date(plan: DepartmentPlan, given: dt.date | None = None) -> dt.date | None:
    """The end of month N (1–N月) of the document's year, unless a date is given."""
    if given is not None:
        return given
    months = [p.through_month for p in plan.projects if p.through_month]
    if plan.year is None or not months:
        return None
    month = max(months)
    return dt.date(plan.year, month, calendar.monthrange(plan.year, month)[1])


def likelihood(text: str | None) -> Likelihood | None:
    """'确定能' / '有可能' / '不可能' (and '√确定能'-like ticks) as the model's choice."""
    if not text:
        return None
    answer = _LIKELIHOOD_ANSWER.get(text.strip())
    if answer is not None:
        return answer
    return next((choice for word, choice in _LIKELIHOOD if word in text), None)


def _indicator(item: Indicator) -> IndicatorProgress:
    return IndicatorProgress(
        level1=item.level1,
        level2=item.level2,
        level3=item.level3,
        target=item.value,
        value_to_date=item.actual or "",
        expected_value=item.expected or "",
        likelihood=likelihood(item.likelihood),
        cause_text=item.deviation or "",
    )


def _progress(project: Project, plan: DepartmentPlan, date: dt.date) -> ProjectProgress:
    return ProjectProgress(
        code=project.code,
        name=project.name,
        department=project.department or plan.department,
        unit=project.implementer or project.unit_name,
        monitor_date=date,
        budget_total=project.budget_adjusted or project.budget_total or project.budget_initial,
        spent_to_date=project.spent,
        expected_full_year=project.spend_forecast,
        goal=project.annual_goal or "\n".join(project.goals),
        indicators=[_indicator(i) for i in project.indicators],
    )


def round_from_plan(plan: DepartmentPlan, date: dt.date) -> MonitoringRound:
    """The projects of an imported 监控表 as one monitoring round."""
    return MonitoringRound(
        department=plan.department,
        year=plan.year,
        monitor_date=date,
        projects=[_progress(p, plan, date) for p in plan.projects],
    )
