"""Opening a 监控 round and reading it back as the core sees it.

A round is opened on an approved plan at a date: every project gets an entry prefilled
from its 绩效目标表 (budget, goals, the indicator grid with its targets) and, when an
earlier round exists, the monthly series reported then — the unit updates the figures
rather than typing them again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from jixiao.model import Project
from jixiao.model.dates import chinese_date
from jixiao.monitoring import (
    IndicatorProgress,
    MonitoringResult,
    MonitoringRound,
    ProjectMonitoring,
    ProjectProgress,
    monitor_project,
)
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.orgs.access import visible_plans
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.convert import project_to_domain
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.reporting.opening import add_entries
from jixiao.web.reporting.profile import evaluation_profile


class RoundRefused(Exception):
    """The round cannot be opened (a clear reason for the page)."""


def prefilled(
    project: ProjectRecord, date: dt.date, earlier: ProjectProgress | None
) -> ProjectProgress:
    """The entry a unit starts from: the goal table's targets, the earlier round's months."""
    domain = project_to_domain(project)
    monthly = {m: v for m, v in (earlier.monthly if earlier else {}).items() if m <= date.month}
    return ProjectProgress(
        code=domain.code,
        name=domain.name,
        department=project.plan.department.name,
        unit=domain.unit_name,
        monitor_date=date,
        budget_total=domain.budget_total,
        monthly=monthly,
        goal="\n".join(domain.goals),
        indicators=[
            IndicatorProgress(level1=i.level1, level2=i.level2, level3=i.level3, target=i.value)
            for i in domain.indicators
        ],
    )


@transaction.atomic
def open_round(user: Any, plan: PlanRecord, date: dt.date) -> MonitoringRoundRecord:
    """A new round of ``plan`` at ``date``; raises :class:`RoundRefused`."""
    if date.year != plan.year:
        raise RoundRefused(f"监控日期应在预算年度{plan.year}年内。")
    if plan.monitoring_rounds.filter(monitor_date=date).exists():
        raise RoundRefused(f"{chinese_date(date)}的监控已经存在。")
    earlier_round = plan.monitoring_rounds.filter(monitor_date__lt=date).first()
    earlier = {}
    if earlier_round is not None:
        earlier = {e.project_id: progress_of(e) for e in earlier_round.entries.all()}
    round_ = MonitoringRoundRecord.objects.create(plan=plan, monitor_date=date, updated_by=user)
    add_entries(
        user,
        round_,
        (ProgressRecord, "round"),
        lambda project: prefilled(project, date, earlier.get(project.pk)),
        action="open_monitoring",
        summary=f"开始{chinese_date(date)}的绩效运行监控（{plan.projects.count()}个项目）",
    )
    refresh_round(round_)
    return round_


def visible_rounds(member: Membership | None) -> QuerySet[MonitoringRoundRecord]:
    """Every round of the plans the person may read."""
    plans = visible_plans(member)
    return MonitoringRoundRecord.objects.filter(plan__in=plans).select_related("plan__department")


def off_track(rounds: list[MonitoringRoundRecord], limit: int) -> list[ProgressRecord]:
    """The red and yellow projects of these rounds: red first, the least spent first."""
    found = (
        ProgressRecord.objects.filter(round__in=rounds, light__in=("red", "yellow"))
        .select_related("project", "round__plan__department")
        .order_by("-light", "execution_rate")[:limit]
    )
    # "red" sorts after "yellow": order explicitly, red first
    return sorted(found, key=lambda e: (e.light != "red", e.execution_rate or 0))


def reports_waiting(plans: list[PlanRecord], states: list[str]) -> QuerySet[MonitoringRoundRecord]:
    return MonitoringRoundRecord.objects.filter(plan__in=plans, status__in=states).select_related(
        "plan__department"
    )


def find_round(round_id: int) -> MonitoringRoundRecord | None:
    """The round with its plan and department (what the access checks read)."""
    return (
        MonitoringRoundRecord.objects.select_related("plan__department").filter(pk=round_id).first()
    )


def find_entry(entry_id: int) -> ProgressRecord | None:
    return (
        ProgressRecord.objects.select_related("round__plan__department", "project", "updated_by")
        .filter(pk=entry_id)
        .first()
    )


def plan_rounds(plan: PlanRecord) -> QuerySet[MonitoringRoundRecord]:
    """The plan's rounds, latest first."""
    return plan.monitoring_rounds.select_related("updated_by")


def progress_of(entry: ProgressRecord) -> ProjectProgress:
    return ProjectProgress.model_validate(entry.data)


def entry_result(entry: ProgressRecord, project: Project | None = None) -> ProjectMonitoring:
    """The core's verdict on one entry against its project's 绩效目标表."""
    domain = project if project is not None else project_to_domain(entry.project)
    return monitor_project(progress_of(entry), domain, evaluation_profile())


def entry_cache(result: ProjectMonitoring) -> dict[str, Any]:
    """The columns the dashboards read."""
    return {
        "light": result.light.value,
        "execution_rate": None if result.execution_rate is None else float(result.execution_rate),
        "forecast_rate": None if result.forecast_rate is None else float(result.forecast_rate),
        "findings_count": len(result.findings),
    }


def entries(round_: MonitoringRoundRecord) -> list[ProgressRecord]:
    return list(
        round_.entries.select_related("project", "updated_by")
        .prefetch_related("project__indicators")
        .order_by("project__position")
    )


def round_domain(round_: MonitoringRoundRecord) -> MonitoringRound:
    plan = round_.plan
    return MonitoringRound(
        department=plan.department.name,
        year=plan.year,
        monitor_date=round_.monitor_date,
        projects=[progress_of(e) for e in entries(round_)],
    )


def round_report(
    round_: MonitoringRoundRecord,
    rows: list[ProgressRecord] | None = None,
    projects: list[Project] | None = None,
) -> MonitoringResult:
    """Every project's verdict, each against its own 绩效目标表 (``projects``: the rows'
    projects already converted)."""
    plan = round_.plan
    rows = rows if rows is not None else entries(round_)
    domains = projects if projects is not None else [None] * len(rows)
    return MonitoringResult(
        department=plan.department.name,
        year=plan.year,
        monitor_date=round_.monitor_date,
        projects=[entry_result(e, p) for e, p in zip(rows, domains, strict=True)],
    )


def refresh_round(round_: MonitoringRoundRecord) -> MonitoringResult:
    """Recompute every entry's light and store the round's results for every page."""
    from jixiao.web.reportstore.rounds import store_round  # the store builds on this module

    return store_round(round_)


def count_lights(round_: MonitoringRoundRecord) -> None:
    lights = list(round_.entries.values_list("light", flat=True))
    MonitoringRoundRecord.objects.filter(pk=round_.pk).update(
        red=lights.count("red"),
        yellow=lights.count("yellow"),
        green=lights.count("green"),
        unfilled=lights.count("unfilled"),
    )
