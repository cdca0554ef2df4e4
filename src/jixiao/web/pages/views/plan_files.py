"""Downloads of a plan the signed-in person may see (any status)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse

from jixiao.exporters.formats import formats
from jixiao.web.pages.guards import member_required
from jixiao.web.pages.views.downloads import download, review_report
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.web.plans.convert import plan_to_domain


@member_required
def plan_download(request: HttpRequest, plan_id: int, fmt: str) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    if fmt == "review.html":
        return review_report(plan, request.GET.get("page"))
    if fmt not in formats():
        raise Http404("不支持的格式")
    return download(plan, plan_to_domain(plan), fmt)
