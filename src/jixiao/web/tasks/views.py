"""任务 pages: the list (and the form to open one), a task's progress board with 催报,
and the message centre (站内消息)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from jixiao.model.dates import chinese_date
from jixiao.tasks import Progress, Stage, board_counts
from jixiao.web.orgs.access import departments_of
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.tasks.access import (
    board_departments,
    can_manage,
    can_open_for,
    can_open_tasks,
    visible_tasks,
)
from jixiao.web.tasks.actions import TaskRefused, change_deadline, open_task, remind
from jixiao.web.tasks.board import board_rows
from jixiao.web.tasks.inbox import messages_of, read_all, read_message

if TYPE_CHECKING:
    from jixiao.web.tasks.models import Task

PROGRESS_COLOURS = {
    Progress.NOT_STARTED: "#9aa5b1",
    Progress.FILLING: "#1d5fbf",
    Progress.RETURNED: "#c62828",
    Progress.SUBMITTED: "#b26a00",
    Progress.DONE: "#2e7d32",
}


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _ids(values: list[str]) -> list[int]:
    return [int(v) for v in values if re.fullmatch(r"[0-9]{1,18}", v.strip())]


@member_required
def task_list(request: HttpRequest) -> HttpResponse:
    return render(request, "tasks/list.html", _list_context(request, None))


def _list_context(request: HttpRequest, posted: dict[str, Any] | None) -> dict[str, Any]:
    """The tasks and the form to open one: blank, or as ``posted`` when it was refused."""
    member = current_member(request)
    today = timezone.localdate()
    tasks = []
    for task in visible_tasks(member).prefetch_related("departments").order_by("-deadline"):
        rows = board_rows(task, list(board_departments(member, task)), today)
        counts = board_counts(r.progress for r in rows)
        tasks.append(
            {
                "task": task,
                "counts": counts,
                "total": len(rows),
                "handed_in": counts[Progress.SUBMITTED] + counts[Progress.DONE],
                "overdue": sum(r.overdue for r in rows),
                "days_left": (task.deadline - today).days,
            }
        )
    blank = {
        "year": str(today.year),
        "stage": "",
        "deadline": (today + dt.timedelta(days=14)).isoformat(),
        "monitor_date": "",
        "note": "",
        "all": False,
        "departments": set(),
    }
    return {
        "tasks": tasks,
        "can_open": can_open_tasks(member),
        "departments": departments_of(member),
        "stages": [(s.value, s.label) for s in Stage],
        "form": posted or blank,
    }


def _posted_form(request: HttpRequest) -> dict[str, Any]:
    """The task form as typed, to show it again with the reason it was refused."""
    post = request.POST
    fields = ("year", "stage", "deadline", "monitor_date", "note")
    return {name: post.get(name, "").strip() for name in fields} | {
        "all": post.get("all") == "1",
        "departments": set(_ids(post.getlist("departments"))),
    }


def _refused(request: HttpRequest, reason: str) -> HttpResponse:
    """Refused: the form again with everything typed (a redirect lost the 说明 and the
    departments ticked) and the reason; 400."""
    messages.error(request, f"任务未下发：{reason}")
    context = _list_context(request, _posted_form(request))
    return render(request, "tasks/list.html", context, status=400)


@member_required
@require_POST
def task_new(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    requested = set(_ids(request.POST.getlist("departments")))
    chosen = list(departments_of(member).filter(pk__in=requested))
    if request.POST.get("all") == "1":
        chosen = list(departments_of(member))
    elif len(chosen) != len(requested):  # a department that is not the person's to steer
        raise PermissionDenied("只能向本区划（本部门）下发任务")
    if not can_open_tasks(member) or (chosen and not can_open_for(member, chosen)):
        raise PermissionDenied("只有财政局或主管部门可以下发任务")
    year_text = request.POST.get("year", "").strip()
    deadline = _date(request.POST.get("deadline", ""))
    monitor_text = request.POST.get("monitor_date", "").strip()
    monitor_date = _date(monitor_text)
    try:
        stage = Stage(request.POST.get("stage", ""))
    except ValueError:
        return _refused(request, "请选择任务环节（绩效目标申报、运行监控或单位自评）")
    if not re.fullmatch(r"[0-9]{4}", year_text):
        return _refused(request, "请填写四位数的预算年度，如 2025")
    if deadline is None:
        return _refused(request, "请填写截止日期，如 2025-03-31")
    if monitor_text and monitor_date is None:
        return _refused(request, f"监控数据截至日期“{monitor_text}”不是日期，请写作 2025-07-31")
    try:
        task = open_task(
            request.user,
            member.region,
            int(year_text),
            stage,
            deadline,
            chosen,
            monitor_date,
            request.POST.get("note", ""),
        )
    except TaskRefused as refused:
        return _refused(request, str(refused))
    messages.success(request, f"已下发：{task}，共 {len(chosen)} 个部门")
    return redirect("task", task_id=task.pk)


def task_or_404(request: HttpRequest, task_id: int) -> Task:
    task = visible_tasks(current_member(request)).filter(pk=task_id).first()
    if task is None:
        raise Http404("没有找到该任务")
    return task


def board_context(request: HttpRequest, task: Task) -> dict[str, Any]:
    member = current_member(request)
    today = timezone.localdate()
    rows = board_rows(task, list(board_departments(member, task)), today)
    counts = board_counts(r.progress for r in rows)
    top = max(counts.values(), default=0) or 1
    return {
        "task": task,
        "rows": rows,
        "today": today,
        "days_left": (task.deadline - today).days,
        "overdue": sum(r.overdue for r in rows),
        "bars": [
            {
                "progress": p,
                "count": n,
                "width": round(100 * n / top),
                "colour": PROGRESS_COLOURS[p],
            }
            for p, n in counts.items()
        ],
        "not_done": [r for r in rows if r.progress not in (Progress.SUBMITTED, Progress.DONE)],
        "can_manage": can_manage(member, task),
    }


@member_required
def task_board(request: HttpRequest, task_id: int) -> HttpResponse:
    task = task_or_404(request, task_id)
    return render(request, "tasks/board.html", board_context(request, task))


@member_required
@require_POST
def task_remind(request: HttpRequest, task_id: int) -> HttpResponse:
    task = task_or_404(request, task_id)
    member = current_member(request)
    if not can_manage(member, task):
        raise PermissionDenied("只有下发任务的财政局或主管部门可以催报")
    departments = list(board_departments(member, task))
    asked = request.POST.getlist("department")
    if asked:  # 催报 to chosen departments: never everyone because the ids were stale
        only = _ids(asked)
        departments = [d for d in departments if d.pk in only]
        if not departments:
            messages.error(request, "所选部门不在本任务中，未催报；请在本页重新选择")
            return redirect("task", task_id=task.pk)
    reminded = remind(request.user, task, departments, timezone.localdate())
    if reminded:
        messages.success(request, "已催报：" + "、".join(d.name for d in reminded))
    else:
        messages.info(request, "各部门均已报送，无需催报")
    return redirect("task", task_id=task.pk)


@member_required
@require_POST
def task_deadline(request: HttpRequest, task_id: int) -> HttpResponse:
    task = task_or_404(request, task_id)
    if not can_manage(current_member(request), task):
        raise PermissionDenied("只有下发任务的财政局或主管部门可以修改截止日期")
    deadline = _date(request.POST.get("deadline", ""))
    try:
        if deadline is None:
            raise TaskRefused("请填写截止日期，如 2025-03-31")
        change_deadline(request.user, task, deadline)
    except TaskRefused as refused:
        messages.error(request, f"截止日期未修改：{refused}")
    else:
        messages.success(request, f"截止日期已改为{chinese_date(deadline)}")
    return redirect("task", task_id=task.pk)


@member_required
def message_list(request: HttpRequest) -> HttpResponse:
    mine = messages_of(request.user, unread_only=request.GET.get("unread") == "1")
    page = Paginator(mine, 30).get_page(request.GET.get("page"))
    return render(
        request,
        "tasks/messages.html",
        {"page": page, "unread_only": request.GET.get("unread") == "1"},
    )


@member_required
@require_POST
def message_read(request: HttpRequest, message_id: int) -> HttpResponse:
    """Mark one message read and open what it is about."""
    message = read_message(request.user, message_id)
    if message is None:
        raise Http404("没有找到该消息")
    target = message.link
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        return redirect(target)
    return redirect("messages")


@member_required
@require_POST
def messages_read_all(request: HttpRequest) -> HttpResponse:
    marked = read_all(request.user)
    messages.success(request, f"已将 {marked} 条消息标为已读")
    return redirect("messages")
