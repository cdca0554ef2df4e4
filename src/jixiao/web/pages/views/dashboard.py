"""工作台: what each role has to do now."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.department.attention import TABLE_ROWS
from jixiao.web.evaluation import records as evaluations
from jixiao.web.findings.reading import stored
from jixiao.web.monitoring import rounds
from jixiao.web.pages.cycle_links import cycle_links
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.plans.commenting import returned_comments
from jixiao.web.plans.lookup import plans_with_counts
from jixiao.workflow import ReportStatus, Role, Status

WAITING_FOR = {
    Role.UNIT_EDITOR: (Status.DRAFT, Status.RETURNED),
    Role.DEPARTMENT_REVIEWER: (Status.DEPARTMENT_REVIEW,),
    Role.BUREAU_REVIEWER: (Status.BUREAU_REVIEW,),
    Role.ADMIN: (Status.DEPARTMENT_REVIEW, Status.BUREAU_REVIEW),
    Role.EXPERT: (),  # an expert's work is their score sheets (cycle links)
}
GRADES = ("优", "良", "中", "差")
#: The 绩效文本 table's rows: a bureau of a hundred departments had a hundred, more each
#: year; the rest are one click away in the 清单 (filtered, sorted, paged).
RECENT_PLANS = 20


@member_required
def dashboard(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    plans = list(plans_with_counts(member))
    waiting = [p.status for p in plans]
    todo_states = {s.value for s in WAITING_FOR[member.role_enum]}
    todo = [p for p in plans if p.status in todo_states]
    context: dict[str, Any] = {
        "plans": sorted(plans, key=lambda p: (p.updated_at, p.pk), reverse=True)[:RECENT_PLANS],
        "plan_total": len(plans),
        "status_counts": [(s.label, waiting.count(s.value)) for s in Status],
        "grade_counts": _grade_bars(plans),
        "returned_comments": returned_comments([p for p in plans if p.status == "returned"], 10),
    }
    reports = _report_todo(member.role_enum, plans)
    # the count beside 待办 is every line under it: plans and the 监控 / 自评 waiting; a
    # bureau of 60 departments had 60 lines of each, so each list shows TABLE_ROWS of them
    # unless 显示全部 (?all=1)
    context["todo_count"] = len(todo) + len(reports)
    show_all = request.GET.get("all") == "1"
    context["todo"] = todo if show_all else todo[:TABLE_ROWS]
    context["reports"] = reports if show_all else reports[:TABLE_ROWS]
    context["table_rows"] = TABLE_ROWS
    context["todo_cut"] = len(context["todo"]) + len(context["reports"]) < context["todo_count"]
    context["cycle"] = cycle_links(member, plans, request.user)
    if member.role_enum is Role.UNIT_EDITOR and todo:
        found = stored(todo[0])
        errors = found.rows().filter(severity="error")
        context["focus_plan"] = todo[0]
        context["findings"] = found.dicts((errors if errors.exists() else found.rows())[:15])
        context["findings_recomputing"] = found.recomputing
    return render(request, "pages/dashboard.html", context)


def _report_todo(role: Role, plans: list[Any]) -> list[tuple[str, str, Any]]:
    """监控 and 自评 waiting for this person: reported ones for the bureau, returned or
    still being filled ones for the unit — (kind, link name, report)."""
    waiting = (
        [ReportStatus.SUBMITTED]
        if role in (Role.BUREAU_REVIEWER, Role.ADMIN)
        else [ReportStatus.FILLING, ReportStatus.RETURNED]
        if role is Role.UNIT_EDITOR
        else []
    )
    states = [s.value for s in waiting]
    return [
        *(("监控", "monitoring_round", r) for r in rounds.reports_waiting(plans, states)),
        *(("自评", "plan_evaluation", e) for e in evaluations.reports_waiting(plans, states)),
    ]


def _grade_bars(plans: list[Any]) -> list[dict[str, Any]]:
    """Bars for the grade chart: how many plans per 审核等级."""
    counts = Counter(p.grade for p in plans if p.grade)
    top = max(counts.values(), default=1)
    return [
        {"grade": g, "count": counts.get(g, 0), "width": round(100 * counts.get(g, 0) / top)}
        for g in GRADES
    ]
