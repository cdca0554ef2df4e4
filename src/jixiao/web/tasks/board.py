"""A task's board: each department's progress read from its records (the plan for 申报,
the 监控 round at the task's date, the 自评), with days left and overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.urls import reverse

from jixiao.tasks import Progress, Stage, days_left, due_soon, is_overdue, progress_of
from jixiao.textnorm.natural import natural_key
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import PlanRecord
from jixiao.web.tasks.models import Task
from jixiao.workflow import ReportStatus, Status


@dataclass(frozen=True)
class Row:
    """One department's line on the board."""

    department: Department
    progress: Progress
    status_label: str  # the record's own status, as its page shows it
    link: str
    days_left: int
    overdue: bool
    due_soon: bool
    reminded: dt.datetime | None


def _records(task: Task, departments: list[Department]) -> dict[int, tuple[str, str]]:
    """department id → (the record's status value, the page to open)."""
    found: dict[int, tuple[str, str]] = {}
    ids = [d.pk for d in departments]
    stage = task.stage_enum
    if stage is Stage.DECLARE:
        for plan_id, department_id, status in PlanRecord.objects.filter(
            department_id__in=ids, year=task.year
        ).values_list("pk", "department_id", "status"):
            found[department_id] = (status, reverse("plan", args=[plan_id]))
    elif stage is Stage.MONITOR:
        if task.monitor_date is None:  # refused when opening; nothing can match
            return found
        for round_id, department_id, status in MonitoringRoundRecord.objects.filter(
            plan__department_id__in=ids, plan__year=task.year, monitor_date=task.monitor_date
        ).values_list("pk", "plan__department_id", "status"):
            found[department_id] = (status, reverse("monitoring_round", args=[round_id]))
    else:
        for plan_id, department_id, status in SelfEvaluationRecord.objects.filter(
            plan__department_id__in=ids, plan__year=task.year
        ).values_list("plan_id", "plan__department_id", "status"):
            found[department_id] = (status, reverse("plan_evaluation", args=[plan_id]))
    return found


def _status(stage: Stage, value: str | None) -> Status | ReportStatus | None:
    if value is None:
        return None
    return Status(value) if stage is Stage.DECLARE else ReportStatus(value)


def _start_link(task: Task, department: Department) -> str:
    """Where a department that has not started begins: its plan of the year (none yet: the
    department imports or writes it, no page to link)."""
    plan = PlanRecord.objects.filter(department=department, year=task.year).first()
    if plan is None:
        return ""
    if task.stage_enum is Stage.MONITOR:
        return reverse("plan_monitoring", args=[plan.pk])
    if task.stage_enum is Stage.EVALUATE:
        return reverse("plan_evaluation", args=[plan.pk])
    return reverse("plan", args=[plan.pk])


def board_rows(task: Task, departments: list[Department], today: dt.date) -> list[Row]:
    """Every department's row, in the board's order: overdue first, then by progress."""
    records = _records(task, departments)
    last_reminded: dict[int, dt.datetime] = {}
    for department_id, sent_at in task.reminders.order_by("sent_at").values_list(
        "department_id", "sent_at"
    ):
        last_reminded[department_id] = sent_at
    rows = []
    for department in departments:
        value, link = records.get(department.pk, (None, ""))
        status = _status(task.stage_enum, value)
        progress = progress_of(task.stage_enum, status)
        rows.append(
            Row(
                department=department,
                progress=progress,
                status_label=status.label if status is not None else "未开始",
                link=link or _start_link(task, department),
                days_left=days_left(task.deadline, today),
                overdue=is_overdue(progress, task.deadline, today),
                due_soon=due_soon(progress, task.deadline, today),
                reminded=last_reminded.get(department.pk),
            )
        )
    order = list(Progress)
    rows.sort(
        key=lambda r: (not r.overdue, order.index(r.progress), natural_key(r.department.name))
    )
    return rows
