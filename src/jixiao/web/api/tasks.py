"""/api: 任务 (tasks with their board), 催报, and the person's 站内消息 — with the pages'
permissions (:mod:`jixiao.web.tasks.access`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from jixiao.tasks import Stage
from jixiao.web.api.lookup import member
from jixiao.web.orgs.access import departments_of
from jixiao.web.tasks import inbox
from jixiao.web.tasks.access import board_departments, can_manage, can_open_for, visible_tasks
from jixiao.web.tasks.actions import TaskRefused, open_task, remind
from jixiao.web.tasks.board import board_rows

if TYPE_CHECKING:
    from jixiao.web.tasks.models import Message, Task

router = Router(tags=["任务与消息"])


class TaskOut(Schema):
    id: int
    year: int
    stage: str
    stage_label: str
    monitor_date: dt.date | None
    deadline: dt.date
    days_left: int
    note: str
    departments: int


class BoardRowOut(Schema):
    department_id: int
    department: str
    progress: str
    progress_label: str
    status_label: str
    days_left: int
    overdue: bool
    reminded_at: dt.datetime | None


class BoardOut(TaskOut):
    rows: list[BoardRowOut]


RecordId = Annotated[int, Field(ge=1, le=2**63 - 1)]  # a database id: larger ones cannot exist


class TaskIn(Schema):
    year: int = Field(..., ge=2000, le=2100)
    stage: Stage
    deadline: dt.date
    monitor_date: dt.date | None = None
    department_ids: list[RecordId] = Field(..., min_length=1, max_length=1000)
    note: str = Field("", max_length=2000)


class RemindIn(Schema):
    department_ids: list[RecordId] = Field(default_factory=list, max_length=1000)


class RemindOut(Schema):
    reminded: list[str]


class MessageOut(Schema):
    id: int
    kind: str
    kind_label: str
    title: str
    body: str
    link: str
    created_at: dt.datetime
    read: bool


def _task_out(task: Task, departments: int) -> dict[str, Any]:
    return {
        "id": task.pk,
        "year": task.year,
        "stage": task.stage,
        "stage_label": task.stage_enum.label,
        "monitor_date": task.monitor_date,
        "deadline": task.deadline,
        "days_left": (task.deadline - timezone.localdate()).days,
        "note": task.note,
        "departments": departments,
    }


def _task(request: HttpRequest, task_id: int) -> Task:
    task = visible_tasks(member(request)).filter(pk=task_id).first()
    if task is None:
        raise Http404("没有找到该任务")
    return task


@router.get("/tasks", response=list[TaskOut], summary="可见的任务")
def list_tasks(request: HttpRequest) -> list[dict[str, Any]]:
    who = member(request)
    return [
        _task_out(t, board_departments(who, t).count()) for t in visible_tasks(who).order_by("pk")
    ]


@router.post("/tasks", response={201: TaskOut}, summary="下发任务")
def create_task(request: HttpRequest, payload: TaskIn) -> Any:
    who = member(request)
    departments = list(departments_of(who).filter(pk__in=payload.department_ids))
    if who is None or len(departments) != len(set(payload.department_ids)):
        raise Http404("没有找到所选部门")
    if not can_open_for(who, departments):
        raise HttpError(403, "只有财政局或主管部门可以下发任务")
    try:
        task = open_task(
            request.user,
            who.region,
            payload.year,
            payload.stage,
            payload.deadline,
            departments,
            payload.monitor_date,
            payload.note,
        )
    except TaskRefused as refused:
        raise HttpError(422, str(refused)) from refused
    return Status(201, _task_out(task, len(departments)))


@router.get("/tasks/{task_id}", response=BoardOut, summary="任务进度（各部门）")
def task_board(request: HttpRequest, task_id: int) -> dict[str, Any]:
    task = _task(request, task_id)
    departments = list(board_departments(member(request), task))
    rows = board_rows(task, departments, timezone.localdate())
    return _task_out(task, len(departments)) | {
        "rows": [
            {
                "department_id": r.department.pk,
                "department": r.department.name,
                "progress": r.progress.value,
                "progress_label": r.progress.label,
                "status_label": r.status_label,
                "days_left": r.days_left,
                "overdue": r.overdue,
                "reminded_at": r.reminded,
            }
            for r in rows
        ]
    }


@router.post("/tasks/{task_id}/reminders", response=RemindOut, summary="催报（未报送的部门）")
def send_reminders(request: HttpRequest, task_id: int, payload: RemindIn) -> dict[str, Any]:
    task = _task(request, task_id)
    who = member(request)
    if not can_manage(who, task):
        raise HttpError(403, "只有下发任务的财政局或主管部门可以催报")
    departments = list(board_departments(who, task))
    if payload.department_ids:
        departments = [d for d in departments if d.pk in payload.department_ids]
    reminded = remind(request.user, task, departments, timezone.localdate())
    return {"reminded": [d.name for d in reminded]}


def _message_out(message: Message) -> dict[str, Any]:
    return {
        "id": message.pk,
        "kind": message.kind,
        "kind_label": message.get_kind_display(),
        "title": message.title,
        "body": message.body,
        "link": message.link,
        "created_at": message.created_at,
        "read": message.read_at is not None,
    }


@router.get("/messages", response=list[MessageOut], summary="我的站内消息（最近 200 条）")
def list_messages(request: HttpRequest, unread: bool = False) -> list[dict[str, Any]]:
    mine = inbox.messages_of(request.user, unread_only=unread)
    return [_message_out(m) for m in mine[:200]]


@router.post("/messages/{message_id}/read", response=MessageOut, summary="标为已读")
def read_message(request: HttpRequest, message_id: int) -> dict[str, Any]:
    message = inbox.read_message(request.user, message_id)
    if message is None:
        raise Http404("没有找到该消息")
    return _message_out(message)
