"""导入: upload documents, preview what was read (with warnings), commit or discard."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jixiao.importers.api import supported_suffixes
from jixiao.web.orgs.access import can_import
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.plans import importing
from jixiao.web.plans.models import ImportBatch
from jixiao.web.plans.storing import StoreRefused

# What the file picker offers: every format a registered reader takes.
ACCEPTED = ",".join(sorted(supported_suffixes()))


@member_required
def upload(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    department = member.department
    if department is None or not can_import(member, department):
        raise PermissionDenied("只有本部门的填报人可以导入文档")
    if request.method == "POST":
        files = request.FILES.getlist("documents")
        if not files:
            messages.error(request, "请选择要导入的文档")
        else:
            batch = importing.stage(request.user, department, files)
            return redirect("import_preview", batch_id=batch.pk)
    recent = ImportBatch.objects.filter(department=department)[:10]
    return render(
        request,
        "pages/import_upload.html",
        {"department": department, "accepted": ACCEPTED, "recent": recent},
    )


def _batch(request: HttpRequest, batch_id: int) -> ImportBatch:
    member = current_member(request)
    batch = ImportBatch.objects.select_related("department").filter(pk=batch_id).first()
    if batch is None or not can_import(member, batch.department):
        raise Http404("没有找到该导入批次")
    return batch


@member_required
def preview(request: HttpRequest, batch_id: int) -> HttpResponse:
    batch = _batch(request, batch_id)
    return render(
        request,
        "pages/import_preview.html",
        {"batch": batch, "replaces": importing.replaces(batch)},
    )


@member_required
@require_POST
def decide(request: HttpRequest, batch_id: int) -> HttpResponse:
    batch = _batch(request, batch_id)
    if request.POST.get("decision") == "discard":
        importing.discard(request.user, batch)
        messages.info(request, "已放弃本次导入，数据库未作修改")
        return redirect("dashboard")
    year = request.POST.get("year", "").strip()
    try:
        stored = importing.commit(request.user, batch, int(year) if year.isdigit() else None)
    except (StoreRefused, ValueError) as refused:
        messages.error(request, f"导入未完成，数据库未作修改：{refused}")
        return redirect("import_preview", batch_id=batch.pk)
    messages.success(request, f"已导入 {len(stored)} 个文档")
    return redirect("plan", plan_id=stored[0].pk) if stored else redirect("dashboard")
