"""整改 pages: the board (per department, overdue first, the budget signal), one item with
its history and steps, a plan's findings to mark for 整改, attachments and the ledger."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jixiao.charts import Segment, StackedRow, stacked_bar_chart
from jixiao.checks import Severity
from jixiao.department import attention
from jixiao.department.attention import CHART_ROWS, TABLE_ROWS, chosen, worst_first
from jixiao.forms.files import FORM_FORMATS, MEDIA_TYPES
from jixiao.rectification import BoardRow, board, budget_signals, is_overdue
from jixiao.rectification.ledger import ledger_bytes
from jixiao.textnorm.natural import natural_key
from jixiao.web.pages.filenames import as_download
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.web.rectification.tracking import (
    RectificationConflict,
    RectificationRefused,
    actions_for,
    add_key_evaluation,
    attachment_of,
    candidates,
    mark,
    may_mark,
    take_step,
    visible,
)
from jixiao.workflow.rectification import (
    RectificationAction,
    RectificationStatus,
    rectification_actions,
)
from jixiao.workflow.states import WorkflowError

STATUS_SEGMENTS = [
    Segment("pending", RectificationStatus.PENDING.label, "red"),
    Segment("in_progress", RectificationStatus.IN_PROGRESS.label, "yellow"),
    Segment("reported", RectificationStatus.REPORTED.label, "fair"),
    Segment("verified", RectificationStatus.VERIFIED.label, "green"),
]

if TYPE_CHECKING:
    from jixiao.web.orgs.models import Department
    from jixiao.web.rectification.models import RectificationRecord


def _deadline(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise RectificationRefused("请填写整改期限（年-月-日）。") from None


ITEMS_PER_PAGE = 50


@member_required
def rectification_board(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    records = list(visible(member))
    today = dt.date.today()
    status = request.GET.get("status", "")
    if status not in {s.value for s in RectificationStatus} | {"overdue", ""}:
        status = ""
    departments = sorted({r.department for r in records}, key=lambda d: natural_key(d.name))
    department = _department_param(request, departments)
    shown = [
        r
        for r in records
        if (not status or (status == "overdue" and is_overdue(r.core, today)) or r.status == status)
        and (department is None or r.department_id == department)
    ]
    # a province has thousands of items: the list pages (earliest deadline first); the
    # per-department table, the chart and the signals count them all
    page = Paginator(shown, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    items = [r.core for r in records]
    picked = chosen(attention.RECTIFICATION, request.GET.get("attention", ""))
    rows = [row for row in board(items, today) if picked is None or picked.keeps(_needs(row), "")]
    drawn, left_out = worst_first(
        rows, lambda row: (row.overdue, row.unverified), lambda row: row.department, CHART_ROWS
    )
    note = attention.left_out_note(len(drawn), left_out)
    chart = stacked_bar_chart(
        [
            StackedRow(row.department, {s.key: row.counts[s.label] for s in STATUS_SEGMENTS}, None)
            for row in drawn
        ],
        segments=STATUS_SEGMENTS,
        title=f"各部门整改进度（{note}）" if note else "各部门整改进度",
    )
    show_all = request.GET.get("all") == "1"
    return render(
        request,
        "pages/rectification_board.html",
        {
            "table": {
                "rows": rows if show_all else rows[:TABLE_ROWS],
                "total": len(rows),
                "cut": not show_all and len(rows) > TABLE_ROWS,
            },
            "filters": attention.RECTIFICATION,
            "attention": picked.key if picked else "",
            "chart_note": note,
            "records": [(r, r.core, is_overdue(r.core, today)) for r in page.object_list],
            "page": page,
            "signals": budget_signals(items, today),
            "chart": chart,
            "status": status,
            "statuses": list(RectificationStatus),
            "departments": departments,
            "department": department,
            "query": urlencode(
                {
                    "status": status,
                    "department": department or "",
                    "attention": (picked and picked.key) or "",
                }
            ),
            "formats": FORM_FORMATS,
        },
    )


def _needs(row: BoardRow) -> dict[str, int]:
    """A department's row as the 只看 filters read it."""
    return {"overdue": row.overdue, "open": row.unverified}


def _department_param(request: HttpRequest, departments: list[Department]) -> int | None:
    """The 部门 chosen (?department=id) among those listed; anything else is no filter — a
    bureau of 60 departments could only page through every item of the region."""
    chosen = request.GET.get("department", "")
    return next((d.pk for d in departments if str(d.pk) == chosen), None)


def record_or_404(request: HttpRequest, record_id: int) -> RectificationRecord:
    record = visible(current_member(request)).filter(pk=record_id).first()
    if record is None:
        raise Http404("没有找到该整改事项")
    return record


@member_required
def rectification_item(request: HttpRequest, record_id: int) -> HttpResponse:
    record = record_or_404(request, record_id)
    member = current_member(request)
    if request.method == "POST":
        try:
            action = RectificationAction(request.POST.get("action", ""))
            version = int(request.POST.get("lock_version", "0"))
        except ValueError:
            messages.error(request, "未知的操作")
            return redirect("rectification_item", record_id=record.pk)
        if not rectification_actions(record.core.status, member.role_enum):
            raise PermissionDenied("您的角色不能办理该整改事项")
        try:
            take_step(
                request.user,
                member,
                record,
                action,
                request.POST.get("comment", ""),
                version,
                request.FILES.getlist("files"),
            )
            messages.success(request, f"已{action.label}。")
        except (RectificationRefused, WorkflowError) as refused:
            # shown again with what the person wrote (a redirect would lose it)
            messages.error(request, str(refused))
            late = isinstance(refused, RectificationConflict)
            typed = request.POST.get("comment", "")
            return _item_page(request, record, typed, status=409 if late else 400)
        return redirect("rectification_item", record_id=record.pk)
    return _item_page(request, record)


def _item_page(
    request: HttpRequest, record: RectificationRecord, typed: str = "", status: int = 200
) -> HttpResponse:
    record.refresh_from_db()
    item = record.core
    return render(
        request,
        "pages/rectification_item.html",
        {
            "record": record,
            "item": item,
            "overdue": is_overdue(item, dt.date.today()),
            "actions": actions_for(current_member(request), record),
            "files": record.files.order_by("uploaded_at"),
            "typed": typed,
        },
        status=status,
    )


@member_required
def rectification_file(request: HttpRequest, record_id: int, file_id: int) -> HttpResponse:
    record = record_or_404(request, record_id)
    attachment = attachment_of(record, file_id)
    if attachment is None:
        raise Http404("没有找到该文件")
    with attachment.file.open("rb") as stream:
        response = HttpResponse(stream.read(), content_type="application/octet-stream")
    as_download(response, attachment.name, f"attachment-{file_id}")
    return response


@member_required
def rectification_ledger(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in FORM_FORMATS:
        raise Http404("没有这种格式")
    records = list(visible(current_member(request)))
    department = _department_param(request, list({r.department for r in records}))
    chosen = [r for r in records if department is None or r.department_id == department]
    subtitle = chosen[0].department.name if department is not None and chosen else ""
    body = ledger_bytes([r.core for r in chosen], dt.date.today(), subtitle, fmt)
    response = HttpResponse(body, content_type=MEDIA_TYPES[fmt])
    as_download(response, f"整改台账.{fmt}", "rectification")
    return response


@member_required
def plan_rectification(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The plan's findings that reviewers may mark for 整改, and its items so far."""
    plan = plan_or_404(request, plan_id)
    member = current_member(request)
    default = dt.date.today() + dt.timedelta(days=30)
    found = candidates(plan, default) if may_mark(member, plan) else []
    return render(
        request,
        "pages/rectification_plan.html",
        {
            "plan": plan,
            "may_mark": may_mark(member, plan),
            "candidates": found,
            "candidate_errors": sum(c.item.severity is Severity.ERROR for c in found),
            "records": [(r, r.core) for r in plan.rectifications.order_by("deadline", "pk")],
            "default_deadline": default,
        },
    )


@member_required
@require_POST
def plan_rectification_mark(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    if not may_mark(current_member(request), plan):
        raise Http404("没有找到该计划")
    try:
        deadline = _deadline(request.POST.get("deadline", ""))
        if request.POST.get("kind") == "key_evaluation":
            add_key_evaluation(
                request.user,
                plan,
                request.POST.get("title", ""),
                request.POST.get("message", ""),
                request.POST.get("suggestion", ""),
                deadline,
            )
            messages.success(request, "已录入重点评价整改事项。")
        else:
            count = mark(request.user, plan, request.POST.getlist("findings"), deadline)
            messages.success(request, f"已下达整改{count}项。")
    except RectificationRefused as refused:
        messages.error(request, str(refused))
    return redirect("plan_rectification", plan_id=plan.pk)
