"""{% unread_messages %} for the navigation and {% task_panel %} for the 工作台."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils import timezone

from jixiao.tasks import Progress, is_done
from jixiao.web.orgs.access import membership_of
from jixiao.web.tasks.access import board_departments, visible_tasks
from jixiao.web.tasks.board import board_rows
from jixiao.web.tasks.messaging import unread_count
from jixiao.workflow import Role

register = template.Library()

PANEL_DAYS_AFTER = 60  # tasks stay on the home page this long after their deadline


@register.simple_tag(takes_context=True)
def unread_messages(context: Any) -> int:
    request = context.get("request")
    return unread_count(getattr(request, "user", None))


@register.inclusion_tag("tasks/_panel.html", takes_context=True)
def task_panel(context: Any) -> dict[str, Any]:
    """The person's tasks with days left: a department's own progress, or the bureau's
    counts of who has handed in and who is overdue."""
    request = context.get("request")
    member = membership_of(getattr(request, "user", None))
    if member is None:
        return {"panel": []}
    today = timezone.localdate()
    since = today - dt.timedelta(days=PANEL_DAYS_AFTER)
    by_department = member.role_enum in (Role.UNIT_EDITOR, Role.DEPARTMENT_REVIEWER)
    panel = []
    for task in visible_tasks(member).filter(deadline__gte=since).order_by("deadline"):
        rows = board_rows(task, list(board_departments(member, task)), today)
        handed_in = sum(is_done(r.progress) for r in rows)
        panel.append(
            {
                "task": task,
                "rows": rows,
                "days_left": (task.deadline - today).days,
                "total": len(rows),
                "handed_in": handed_in,
                "done": handed_in == len(rows),
                "overdue": sum(r.overdue for r in rows),
                "returned": sum(r.progress is Progress.RETURNED for r in rows),
            }
        )
    return {"panel": panel, "by_department": by_department}
