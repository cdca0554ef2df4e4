"""审计日志: who changed what and when, before and after (reviewers and administrators),
as a list page: filter by department, action, plan; search; sort; export."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from jixiao.web.audit.labels import action_label
from jixiao.web.audit.log import entries_of
from jixiao.web.listing.pages import list_page
from jixiao.web.orgs.access import audit_departments, can_see_audit
from jixiao.web.pages.auditspec import audit_spec
from jixiao.web.pages.guards import current_member, member_required


@member_required
def audit_log(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    if not can_see_audit(member):
        raise PermissionDenied("审计日志仅对审核人和管理员开放")
    departments = audit_departments(member)
    entries = entries_of(departments)
    spec = audit_spec(
        departments,
        lambda: sorted(set(entries.values_list("action", flat=True))),
        action_label,
    )
    return list_page(
        request,
        spec,
        entries,
        "pages/list.html",
        "审计日志",
        {"plan_filter": request.GET.get("plan", "")},
    )
