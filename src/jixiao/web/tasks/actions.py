"""Opening a task (下发), changing its deadline, sending 催报, and the daily 即将截止
notice — each audited, each telling the departments' people through their messages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.urls import reverse

from jixiao.model.dates import chinese_date
from jixiao.tasks import DUE_SOON_DAYS, Stage, days_left, task_refusal, to_remind
from jixiao.web.audit.log import record as audit
from jixiao.web.orgs.models import Department, Region
from jixiao.web.tasks.board import board_rows
from jixiao.web.tasks.messaging import department_people, notify
from jixiao.web.tasks.models import Message, Reminder, Task
from jixiao.workflow import Role

TOLD = (Role.UNIT_EDITOR, Role.DEPARTMENT_REVIEWER)


class TaskRefused(ValueError):
    """A task that cannot be opened as asked (the message says why, in Chinese)."""


def _deadline_text(task: Task) -> str:
    return f"截止日期为{chinese_date(task.deadline)}"


@transaction.atomic
def open_task(
    user: Any,
    region: Region,
    year: int,
    stage: Stage,
    deadline: dt.date,
    departments: list[Department],
    monitor_date: dt.date | None = None,
    note: str = "",
) -> Task:
    if not departments:
        raise TaskRefused("请至少选择一个部门")
    if not stage.needs_monitor_date:
        monitor_date = None
    refusal = task_refusal(year, stage, deadline, monitor_date)
    if refusal:
        raise TaskRefused(refusal)
    task = Task.objects.create(
        region=region,
        year=year,
        stage=stage.value,
        monitor_date=monitor_date,
        deadline=deadline,
        note=note.replace("\x00", "").strip(),
        created_by=user,
    )
    task.departments.set(departments)
    names = "、".join(d.name for d in departments)
    audit(
        user,
        "task_open",
        object_type="task",
        object_id=task.pk,
        object_label=str(task),
        department=departments[0] if len(departments) == 1 else None,
        summary=f"下发任务：{task}，{_deadline_text(task)}，部门：{names}"[:500],
        after={"deadline": deadline, "departments": [d.pk for d in departments]},
    )
    link = reverse("task", args=[task.pk])
    for department in departments:
        notify(
            department_people(department, TOLD),
            Message.Kind.TASK,
            f"新任务：{task}",
            f"{region.bureau}下发{task}，{_deadline_text(task)}。{task.note}".strip(),
            link,
        )
    return task


@transaction.atomic
def change_deadline(user: Any, task: Task, deadline: dt.date) -> None:
    refusal = task_refusal(task.year, task.stage_enum, deadline, task.monitor_date)
    if refusal:
        raise TaskRefused(refusal)
    before = task.deadline
    Task.objects.filter(pk=task.pk).update(deadline=deadline)
    task.deadline = deadline
    audit(
        user,
        "task_deadline",
        object_type="task",
        object_id=task.pk,
        object_label=str(task),
        summary=f"截止日期：{chinese_date(before)} → {chinese_date(deadline)}",
        before={"deadline": before},
        after={"deadline": deadline},
    )


@transaction.atomic
def remind(
    user: Any, task: Task, departments: list[Department], today: dt.date
) -> list[Department]:
    """催报 to those of ``departments`` that have not handed in; who was reminded."""
    rows = board_rows(task, departments, today)
    late = to_remind({row.department: row.progress for row in rows})
    left = days_left(task.deadline, today)
    when = f"已逾期 {-left} 天" if left < 0 else f"还剩 {left} 天"
    link = reverse("task", args=[task.pk])
    for department in late:
        Reminder.objects.create(task=task, department=department, sent_by=user)
        notify(
            department_people(department, TOLD),
            Message.Kind.REMINDER,
            f"催报：{task}",
            f"请尽快完成{task}（{_deadline_text(task)}，{when}）。",
            link,
        )
        audit(
            user,
            "task_remind",
            object_type="task",
            object_id=task.pk,
            object_label=str(task),
            department=department,
            summary=f"催报：{department.name}，{task}（{when}）",
        )
    return late


def send_due_soon(today: dt.date) -> int:
    """The daily notice: every department not done on a task due within
    :data:`jixiao.tasks.DUE_SOON_DAYS` days; sent once per person and task."""
    sent = 0
    upcoming = Task.objects.filter(
        deadline__gte=today, deadline__lte=today + dt.timedelta(days=DUE_SOON_DAYS)
    ).prefetch_related("departments")
    for task in upcoming:
        rows = board_rows(task, list(task.departments.all()), today)
        for row in rows:
            if not row.due_soon:
                continue
            sent += len(
                notify(
                    department_people(row.department, TOLD),
                    Message.Kind.DUE_SOON,
                    f"即将截止：{task}",
                    f"{task}将于{chinese_date(task.deadline)}截止（还剩 {row.days_left} 天），"
                    f"当前状态：{row.status_label}。",
                    reverse("task", args=[task.pk]),
                    key=f"due:{task.pk}",
                )
            )
    return sent
