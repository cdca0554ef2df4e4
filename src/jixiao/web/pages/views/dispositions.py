"""审核发现处理: a plan's findings with their status, set one at a time (POST only)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jixiao.checks.severity import Severity
from jixiao.disposition import DispositionRefused, DispositionStatus, statuses_for
from jixiao.web.dispositions.handling import Handled, dispose, handling
from jixiao.web.findings.reading import stored
from jixiao.web.orgs.access import can_comment
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.kept import refused, typed
from jixiao.web.pages.views.plan import plan_or_404

if TYPE_CHECKING:
    from jixiao.web.plans.models import Comment, PlanRecord

FINDINGS_PER_PAGE = 100


@member_required
def plan_findings(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    found = stored(plan)
    shown = handling(found)
    status = _known(request.GET.get("status", ""))
    severity = _severity(request.GET.get("severity", ""))
    items = _filtered(shown.items, status, severity)
    page = Paginator(items, FINDINGS_PER_PAGE).get_page(request.GET.get("page"))
    member = current_member(request)
    return render(
        request,
        "pages/plan_findings.html",
        {
            "plan": plan,
            "findings_recomputing": found.recomputing,
            "handling": shown,
            "counts": [(s, shown.counts[s]) for s in DispositionStatus],
            "status": status,
            "severity": severity,
            "severities": _severity_counts(shown.items, status),
            "query": urlencode(
                {k: v for k, v in (("status", status), ("severity", severity)) if v}
            ),
            "page": page,
            "rows": _with_comments(plan, list(page.object_list)),
            "can_comment": can_comment(member, plan),
            "may_set": statuses_for(member.role_enum),
            "rejected": DispositionStatus.REJECTED,
        },
    )


def _with_comments(
    plan: PlanRecord, items: list[Handled]
) -> list[tuple[Handled, bool, list[Comment]]]:
    """Each finding shown, whether it is the first of its indicator on the page (where the
    indicator's 审核意见 and the form to add one are shown), and those comments — one query
    for the page's indicators."""
    ids = {i.finding.get("indicator_id") for i in items} - {None}
    by_indicator: dict[int, list[Comment]] = {}
    for comment in plan.comments.filter(indicator_id__in=ids).select_related("author"):
        by_indicator.setdefault(comment.indicator_id or 0, []).append(comment)
    rows: list[tuple[Handled, bool, list[Comment]]] = []
    seen: set[int] = set()
    for item in items:
        indicator: int | None = item.finding.get("indicator_id")
        first = indicator is not None and indicator not in seen
        if indicator is not None:
            seen.add(indicator)
        notes = by_indicator.get(indicator, []) if indicator is not None and first else []
        rows.append((item, first, notes))
    return rows


@member_required
@require_POST
def plan_findings_mark(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    member = current_member(request)
    if not statuses_for(member.role_enum):
        raise PermissionDenied("您的角色不能处理审核发现")
    status = request.POST.get("status", "")
    try:
        done = dispose(
            request.user,
            member,
            stored(plan),
            request.POST.get("finding", ""),
            status,
            request.POST.get("note", ""),
        )
        messages.success(request, f"已标记为“{DispositionStatus(done.status).label}”。")
    except DispositionRefused as error:
        if _known(status) and DispositionStatus(status) not in statuses_for(member.role_enum):
            raise PermissionDenied(str(error)) from None
        # the 说明 typed (a 不予采纳's reason) given back: the redirect lost it
        back = _where(plan, request)
        return refused(request, str(error), typed(request.POST, [("说明", "note")]), back)
    return redirect(_where(plan, request))


def _where(plan: PlanRecord, request: HttpRequest) -> str:
    back = _known(request.POST.get("back", ""))
    severity = _severity(request.POST.get("back_severity", ""))
    target = reverse("plan_findings", args=[plan.pk])
    items = handling(stored(plan)).items
    return _where_you_were(target, items, back, request.POST.get("finding", ""), severity)


def _where_you_were(
    target: str, items: Sequence[Handled], status: str, key: str, severity: str = ""
) -> str:
    """The list as it was (the status and severity filters), at the finding just handled —
    or, when the filter no longer shows it (a 待处理 list), at the next one it shows. Handling
    findings one by one sent the reviewer to the top of page 1 after each."""
    start = next((n for n, item in enumerate(items) if item.key == key), len(items))
    shown = _filtered(items, status, severity)
    after = _filtered(items[start:], status, severity)
    query = {k: v for k, v in (("status", status), ("severity", severity)) if v}
    if not after:
        return f"{target}?{urlencode(query)}" if query else target
    query["page"] = str(shown.index(after[0]) // FINDINGS_PER_PAGE + 1)
    return f"{target}?{urlencode(query)}#finding-{after[0].key}"


def _known(status: str) -> str:
    """``status`` if it names a 处理状态, else "" (no filter)."""
    return status if status in {s.value for s in DispositionStatus} else ""


def _severity(severity: str) -> str:
    """``severity`` if it names a 严重程度 (error, warning, info), else "" (no filter)."""
    return severity if severity in {s.value for s in Severity} else ""


def _filtered(items: Sequence[Handled], status: str, severity: str) -> list[Handled]:
    return [
        item
        for item in items
        if (not status or item.status == status)
        and (not severity or item.finding.get("severity") == severity)
    ]


def _severity_counts(items: Sequence[Handled], status: str) -> list[tuple[Severity, int]]:
    """错误 / 警告 / 提示 and how many of each the status filter shows: a reviewer with 117
    findings could not list the 错误 alone, to settle them before the advice."""
    shown = _filtered(items, status, "")
    return [(s, sum(item.finding.get("severity") == s.value for item in shown)) for s in Severity]
