"""The demo's tasks: the bureau has opened the year's 申报, 监控 and 自评 tasks, one of
them overdue and already chased (催报), so every role's 工作台 shows tasks, deadlines and
messages. Deadlines are relative to today; progress comes from the demo's own records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from jixiao.tasks import Stage
from jixiao.web.orgs.models import Department
from jixiao.web.plans.loading import demo_region
from jixiao.web.tasks.actions import open_task, remind
from jixiao.web.tasks.models import Task

BUREAU_ACCOUNT = "caizheng"


@dataclass(frozen=True, slots=True)
class DemoTask:
    year: int
    stage: Stage
    days_to_deadline: int  # negative: already overdue
    departments: tuple[str, ...]
    monitor_date: dt.date | None = None
    remind: bool = False


DEMO_TASKS = (
    # 承德县's 2023 plan is approved in the demo (the cycle examples use it), so the
    # overdue task is its 2023 monitoring round, which nobody has opened yet.
    DemoTask(
        2023,
        Stage.MONITOR,
        -3,
        ("承德县机关事务管理办公室", "秦皇岛经济技术开发区机关事务服务中心"),
        monitor_date=dt.date(2023, 7, 31),
        remind=True,
    ),
    DemoTask(2024, Stage.DECLARE, 10, ("曹妃甸区政务接待中心", "张家口市机关事务管理局")),
    DemoTask(
        2024,
        Stage.MONITOR,
        7,
        ("张家口市机关事务管理局", "曹妃甸区政务接待中心"),
        monitor_date=dt.date(2024, 7, 31),
    ),
    DemoTask(2024, Stage.EVALUATE, 30, ("张家口市机关事务管理局",)),
)


@transaction.atomic
def open_demo_tasks() -> list[str]:
    """Open the demo's tasks (once: a second run adds none); one line per task."""
    region = demo_region()
    if Task.objects.filter(region=region).exists():
        return []
    bureau = User.objects.get(username=BUREAU_ACCOUNT)
    today = timezone.localdate()
    lines = []
    for spec in DEMO_TASKS:
        departments = list(Department.objects.filter(region=region, name__in=spec.departments))
        if not departments:
            continue
        deadline = today + dt.timedelta(days=spec.days_to_deadline)
        task = open_task(
            bureau,
            region,
            spec.year,
            spec.stage,
            deadline,
            departments,
            spec.monitor_date,
            "请按时报送。",
        )
        line = f"任务：{task}，截止 {deadline:%Y-%m-%d}，{len(departments)} 个部门"
        if spec.remind:
            reminded = remind(bureau, task, departments, today)
            line += f"，已催报 {len(reminded)} 个部门"
        lines.append(line)
    return lines
