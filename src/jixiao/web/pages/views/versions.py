"""版本对比 page."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.diff.changes import KIND_NAMES, ChangeKind
from jixiao.web.pages.guards import member_required
from jixiao.web.pages.params import int_param
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.web.plans.versions import version_diff


@member_required
def version_compare(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    numbers = list(plan.versions.values_list("number", flat=True))
    if not numbers:
        return render(request, "pages/versions.html", {"plan": plan, "numbers": []})
    old = int_param(request, "old", numbers[-2] if len(numbers) > 1 else numbers[-1])
    new = int_param(request, "new", 0)
    result = version_diff(plan, old, new or None)
    if result is None:
        raise Http404("没有该版本")
    for change in result["changes"]:
        change["kind_label"] = KIND_NAMES[ChangeKind(change["kind"])]
    return render(
        request,
        "pages/versions.html",
        {"plan": plan, "diff": result, "numbers": numbers, "old": old, "new": new},
    )
