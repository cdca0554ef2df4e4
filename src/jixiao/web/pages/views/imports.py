"""导入: upload documents, preview what was read (with warnings), commit or discard.

Parsing and committing run as background jobs; these views start them and show the job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jixiao.importers.api import supported_suffixes
from jixiao.limits import Limits
from jixiao.model.plan import KIND_NAMES
from jixiao.web.jobs.running import configured_limits
from jixiao.web.orgs.access import can_import, visible_department
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.plans import import_jobs, importing

if TYPE_CHECKING:
    from jixiao.web.orgs.models import Department, Membership
    from jixiao.web.plans.models import ImportBatch

# What the file picker offers: every format a registered reader takes.
ACCEPTED = ",".join(sorted(supported_suffixes()))


def _import_department(request: HttpRequest, member: Membership | None) -> Department | None:
    """The department the upload is for: ``?department=`` (a region's administrator, who has
    none of their own, imports for one of its departments from its plan page), else the
    member's own."""
    wanted = request.GET.get("department", "")
    if wanted:
        return visible_department(member, int(wanted)) if wanted.isdigit() else None
    return member.department if member is not None else None


@member_required
def upload(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    department = _import_department(request, member)
    if department is None or not can_import(member, department):
        raise PermissionDenied("只有本部门的填报人可以导入文档")
    if request.method == "POST":
        files = request.FILES.getlist("documents")  # parsing it fills refused_uploads
        limit = Limits.megabytes(configured_limits().upload_bytes)
        for name in getattr(request, "refused_uploads", []):
            messages.error(request, f"{name}：文件大小超过上传限制（{limit}），未上传")
        if files:
            uploads = [(f.name or "upload.txt", f.read()) for f in files]
            job = import_jobs.start_staging(request.user, department, uploads)
            return redirect("job", job_id=job.pk)
        if not getattr(request, "refused_uploads", []):
            messages.error(request, "请选择要导入的文档")
    recent = import_jobs.recent_batches(department)
    return render(
        request,
        "pages/import_upload.html",
        {"department": department, "accepted": ACCEPTED, "recent": recent},
    )


def _batch(request: HttpRequest, batch_id: int) -> ImportBatch:
    member = current_member(request)
    batch = import_jobs.find_batch(batch_id)
    if batch is None or not can_import(member, batch.department):
        raise Http404("没有找到该导入批次")
    return batch


@member_required
def preview(request: HttpRequest, batch_id: int) -> HttpResponse:
    batch = _batch(request, batch_id)
    placed = importing.placements(batch)
    return render(
        request,
        "pages/import_preview.html",
        {
            "batch": batch,
            "replaces": importing.replaces(batch),
            "blocked": [p.blocked for p in placed if p.blocked],
            "documents": zip(batch.documents, placed, strict=True),
            # the year box is for these only: asked of a batch whose documents state theirs,
            # it read as if the year read were in doubt
            "undated": [d["file"] for d in batch.documents if not d.get("year")],
            "kinds": list(KIND_NAMES.items()),
        },
    )


@member_required
@require_POST
def correct_kind(request: HttpRequest, batch_id: int) -> HttpResponse:
    """更正文档类别: the person knows better than the classifier; the preview follows."""
    batch = _batch(request, batch_id)
    index = request.POST.get("document", "")
    try:
        name = importing.correct_kind(
            request.user, batch, int(index) if index.isdigit() else -1, request.POST.get("kind", "")
        )
    except ValueError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, f"已更正“{name}”的文档类别，预览已按新类别更新")
    return redirect("import_preview", batch_id=batch.pk)


@member_required
@require_POST
def decide(request: HttpRequest, batch_id: int) -> HttpResponse:
    batch = _batch(request, batch_id)
    decision = request.POST.get("decision")
    if decision in ("discard", "again"):
        importing.discard(request.user, batch)
        if decision == "again":
            # nothing in the batch could be read: back to the upload, not the dashboard
            messages.info(request, "已放弃无法导入的文件，请重新选择文件上传")
            return redirect(f"{reverse('import')}?department={batch.department_id}")
        messages.info(request, "已放弃本次导入，数据库未作修改")
        return redirect("dashboard")
    if batch.state != batch.State.STAGED:
        messages.error(request, "该导入批次已处理")
        return redirect("import_preview", batch_id=batch.pk)
    year = request.POST.get("year", "").strip()
    job = import_jobs.start_commit(request.user, batch, int(year) if year.isdigit() else None)
    return redirect("job", job_id=job.pk)
