"""后台任务: a job's page (a bar that follows it), its status as JSON for that bar,
cancelling, the download of its result, and the list that starts bulk reviews and exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jixiao.exporters.formats import formats
from jixiao.web.jobs import bulk, running
from jixiao.web.orgs.access import visible_plans
from jixiao.web.pages.filenames import as_download
from jixiao.web.pages.guards import current_member, member_required
from jixiao.workflow import Role

if TYPE_CHECKING:
    from jixiao.web.jobs.models import Job
    from jixiao.web.orgs.models import Membership


def _visible(member: Membership, job: Job) -> bool:
    """Mine, or an administrator's region's (the rule of :func:`bulk.jobs_of`'s list)."""
    if job.created_by_id == member.user_id:
        return True
    return member.role_enum == Role.ADMIN and (
        job.department is None or job.department.region_id == member.region_id
    )


def _job(request: HttpRequest, job_id: int) -> Job:
    member = current_member(request)
    job = bulk.find_job(job_id)
    if job is None or not _visible(member, job):
        raise Http404("没有找到该任务")
    return job


def status_of(job: Job) -> dict[str, object]:
    output = bulk.output_name(job)
    return {
        "id": job.pk,
        "kind": job.get_kind_display(),
        "state": job.state,
        "state_label": job.get_state_display(),
        "done": job.done,
        "total": job.total,
        "percent": job.percent,
        "step": job.step,
        "error": job.error,
        "finished": job.finished,
        "next_url": job.next_url,
        "download": f"/jobs/{job.pk}/download/" if output else "",
    }


@member_required
def job_page(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _job(request, job_id)
    # a failed job has a next page only when it says why (an import whose files all failed)
    if job.finished and job.state != job.State.CANCELLED and job.next_url:
        if job.result.get("message"):
            messages.success(request, job.result["message"])
        return redirect(job.next_url)
    return render(request, "pages/job.html", {"job": job, "status": status_of(job)})


@member_required
def job_status(request: HttpRequest, job_id: int) -> JsonResponse:
    return JsonResponse(status_of(_job(request, job_id)))


@member_required
@require_POST
def job_cancel(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _job(request, job_id)
    if not job.finished:
        running.cancel(job)
        messages.info(request, "已请求取消该任务")
    return redirect("job", job_id=job.pk)


@member_required
def job_download(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _job(request, job_id)
    output = bulk.output_of(job)
    if output is None:
        raise Http404("该任务没有可下载的结果")
    response = HttpResponse(bytes(output.content), content_type="application/zip")
    as_download(response, output.name, f"job-{job.pk}")
    return response


@member_required
def job_list(request: HttpRequest) -> HttpResponse:
    """My jobs; POST starts a review or an export of every plan I can read."""
    member = current_member(request)
    if request.method == "POST":
        plans = list(visible_plans(member).values_list("pk", flat=True))
        action = request.POST.get("action")
        if action == "review":
            job = bulk.start_review(request.user, plans)
        elif action == "export" and request.POST.get("format") in formats():
            job = bulk.start_export(request.user, plans, request.POST["format"])
        else:
            messages.error(request, "请选择要执行的操作")
            return redirect("jobs")
        return redirect("job", job_id=job.pk)
    admin = member.role_enum == Role.ADMIN
    jobs = bulk.jobs_of(request.user, region_id=member.region_id if admin else None)
    return render(
        request,
        "pages/jobs.html",
        {
            "jobs": jobs,
            "everyone": admin,
            "formats": [(f.name, f.title) for f in formats().values()],
        },
    )
