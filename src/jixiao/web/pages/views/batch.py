"""批量通过 / 退回: reviewers select several plans or reports on a list, confirm on a page
that lists them, and each one goes through the same workflow function as the single
action — its permission checked, its audit entry written. Approving a plan that still
has error-level findings needs its own confirmation, recorded in the audit log."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jixiao.web.evaluation.records import visible_evaluations
from jixiao.web.monitoring.rounds import visible_rounds
from jixiao.web.orgs.access import report_actions_for, visible_plans
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.plans.decisions import act
from jixiao.web.plans.overrides import needs_override, record_override
from jixiao.web.reporting.decisions import act_on_report
from jixiao.workflow import Action, ReportAction, Role, WorkflowError, allowed_actions

MAX_BATCH = 200
LISTS = {"plans": "list_plans", "monitoring": "list_rounds", "evaluation": "list_evaluations"}


@dataclass
class Item:
    record: Any
    label: str
    allowed: bool
    reason: str  # why not, when not allowed
    errors: int  # error-level findings still open (plans)


def _ids(request: HttpRequest) -> list[int]:
    values = [v for v in request.POST.getlist("ids") if re.fullmatch(r"[0-9]{1,18}", v)]
    return sorted({int(v) for v in values})[:MAX_BATCH]


def _items(request: HttpRequest, kind: str, action_text: str) -> tuple[Any, list[Item]]:
    """The records named, each with whether the person may act on it now. Only reviewers
    batch; records the person cannot see answer 404, as on their own pages."""
    member = current_member(request)
    if member.role_enum is Role.UNIT_EDITOR:
        raise PermissionDenied("批量审核仅对审核人开放")
    ids = _ids(request)
    action, items = _found(member, kind, ids, action_text)
    if ids and not items:
        raise Http404("没有找到所选记录")
    return action, items


def _found(member: Any, kind: str, ids: list[int], action_text: str) -> tuple[Any, list[Item]]:
    plans = visible_plans(member)
    if kind == "plans":
        try:
            action: Any = Action(action_text)
        except ValueError as unknown:
            raise Http404("未知的批量操作") from unknown
        items = []
        for plan in plans.filter(pk__in=ids):
            allowed = action in allowed_actions(plan.status_enum, member.role_enum)
            reason = "" if allowed else f"{plan.status_enum.label}，您不能{action.label}"
            items.append(Item(plan, str(plan), allowed, reason, plan.errors))
        return action, items
    visible_reports = visible_rounds if kind == "monitoring" else visible_evaluations
    try:
        action = ReportAction(action_text)
    except ValueError as unknown:
        raise Http404("未知的批量操作") from unknown
    items = []
    for report in visible_reports(member).filter(pk__in=ids):
        allowed = action in report_actions_for(member, report)
        reason = "" if allowed else f"{report.status_enum.label}，您不能{action.label}"
        items.append(Item(report, str(report), allowed, reason, 0))
    return action, items


def _kind(kind: str) -> str:
    if kind not in LISTS:
        raise Http404("没有这种清单")
    return kind


@member_required
@require_POST
def batch_confirm(request: HttpRequest, kind: str) -> HttpResponse:
    """The confirmation page: what will be done to which records, and what will not."""
    _kind(kind)
    action, items = _items(request, kind, request.POST.get("action", ""))
    if not items:
        messages.error(request, "请先勾选要处理的记录")
        return redirect(LISTS[kind])
    with_errors = [i for i in items if i.allowed and i.errors and action is Action.APPROVE]
    return render(
        request,
        "pages/batch_confirm.html",
        {
            "kind": kind,
            "action": action,
            "items": items,
            "comment": request.POST.get("comment", "").strip(),
            "with_errors": with_errors,
            "back": LISTS[kind],
        },
    )


@member_required
@require_POST
def batch_apply(request: HttpRequest, kind: str) -> HttpResponse:
    _kind(kind)
    member = current_member(request)
    action, items = _items(request, kind, request.POST.get("action", ""))
    comment = request.POST.get("comment", "").replace("\x00", "")
    override = request.POST.get("override") == "1"
    done, refused = [], []
    for item in items:
        if not item.allowed:
            refused.append(f"{item.label}：{item.reason}")
            continue
        if kind == "plans" and needs_override(item.record, action) and not override:
            refused.append(f"{item.label}：仍有 {item.errors} 个错误级审核发现，未确认批复")
            continue
        try:
            if kind == "plans":
                act(request.user, member.role_enum, item.record, action, comment)
                if needs_override(item.record, action):
                    record_override(request.user, item.record)
            else:
                act_on_report(request.user, member.role_enum, item.record, action, comment)
        except WorkflowError as error:
            refused.append(f"{item.label}：{error}")
        else:
            done.append(item.label)
    if done:
        messages.success(request, f"{action.label}：{len(done)} 项（{'、'.join(done)}）")
    for line in refused:
        messages.error(request, line)
    return redirect(LISTS[kind])
