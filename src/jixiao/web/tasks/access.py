"""Who may open, read and chase tasks, and read messages — on the lines of
:mod:`jixiao.web.orgs.access`: the finance bureau (and administrators) for the departments
of its region; a department's reviewer for that department (任务下发到本部门所属单位).
Everyone else sees the tasks that name their department, and only their own row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import QuerySet

from jixiao.tasks import Stage, date_asked
from jixiao.web.orgs.access import departments_of
from jixiao.web.orgs.models import Department, Membership
from jixiao.web.tasks.models import Task
from jixiao.workflow import Role

MANAGERS = (Role.BUREAU_REVIEWER, Role.ADMIN, Role.DEPARTMENT_REVIEWER)


def can_open_for(member: Membership | None, departments: Iterable[Department]) -> bool:
    """Opening a task for these departments: each one must be the person's to steer."""
    chosen = list(departments)
    if member is None or member.role_enum not in MANAGERS or not chosen:
        return False
    allowed = set(departments_of(member).values_list("pk", flat=True))
    return all(d.pk in allowed for d in chosen)


def can_open_tasks(member: Membership | None) -> bool:
    return member is not None and member.role_enum in MANAGERS and departments_of(member).exists()


def visible_tasks(member: Membership | None) -> QuerySet[Task]:
    """Tasks that name a department the person may see."""
    return (
        Task.objects.filter(departments__in=departments_of(member))
        .distinct()
        .select_related("created_by")
    )


def can_manage(member: Membership | None, task: Task) -> bool:
    """催报 and changing the deadline: whoever could have opened the task."""
    return can_open_for(member, task.departments.all())


def board_departments(member: Membership | None, task: Task) -> QuerySet[Department]:
    """The rows of the board the person may see (a department sees only its own)."""
    return task.departments.filter(pk__in=departments_of(member)).select_related("region")


def monitor_date_asked(
    department: Department, year: int, opened: Iterable[dt.date]
) -> dt.date | None:
    """The date the department's 监控 tasks of ``year`` ask for and no round has (core
    :func:`jixiao.tasks.date_asked`): the date a new round defaults to."""
    asked = Task.objects.filter(
        departments=department, year=year, stage=Stage.MONITOR.value, monitor_date__isnull=False
    ).values_list("monitor_date", "deadline")
    return date_asked(((date, due) for date, due in asked if date is not None), opened)
