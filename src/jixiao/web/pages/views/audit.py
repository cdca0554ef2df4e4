"""审计日志: who changed what and when, before and after (reviewers and administrators)."""

from __future__ import annotations

import json

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.web.audit.models import AuditEntry
from jixiao.web.orgs.access import audit_departments, can_see_audit
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.params import int_param


@member_required
def audit_log(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    if not can_see_audit(member):
        raise PermissionDenied("审计日志仅对审核人和管理员开放")
    entries = AuditEntry.objects.filter(department__in=audit_departments(member)).select_related(
        "user", "plan"
    )
    plan = request.GET.get("plan", "")
    if plan:
        entries = entries.filter(plan_id=int_param(request, "plan", 0))
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    for entry in page:
        entry.before_text = _pretty(entry.before)  # type: ignore[attr-defined]
        entry.after_text = _pretty(entry.after)  # type: ignore[attr-defined]
    return render(request, "pages/audit.html", {"page": page, "plan_filter": plan})


def _pretty(value: object) -> str:
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text if len(text) < 4000 else text[:4000] + "\n…"
