"""后台任务: a job's page (a bar that follows it), its status as JSON for that bar,
cancelling, the download of its result, and the list that starts bulk reviews and exports."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.encoding import escape_uri_path
from django.views.decorators.http import require_POST

from jixiao.exporters.formats import formats
from jixiao.web.jobs import running
from jixiao.web.jobs.models import Job, JobFile
from jixiao.web.orgs.access import visible_plans
from jixiao.web.orgs.models import Membership
from jixiao.web.pages.guards import current_member, member_required
from jixiao.workflow import Role


def _visible(member: Membership, job: Job) -> bool:
    if job.created_by_id == member.user_id:
        return True
    return member.role_enum == Role.ADMIN and (
        job.department is None or job.department.region_id == member.region_id
    )


def _job(request: HttpRequest, job_id: int) -> Job:
    member = current_member(request)
    job = Job.objects.select_related("department").filter(pk=job_id).first()
    if job is None or not _visible(member, job):
        raise Http404("没有找到该任务")
    return job


def status_of(job: Job) -> dict[str, object]:
    output = job.files.filter(role=JobFile.Role.OUTPUT).values_list("name", flat=True).first()
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
    if job.state == Job.State.SUCCEEDED and job.next_url:
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
    output = job.files.filter(role=JobFile.Role.OUTPUT).first()
    if output is None:
        raise Http404("该任务没有可下载的结果")
    response = HttpResponse(bytes(output.content), content_type="application/zip")
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{escape_uri_path(output.name)}"
    return response


@member_required
def job_list(request: HttpRequest) -> HttpResponse:
    """My jobs; POST starts a review or an export of every plan I can read."""
    member = current_member(request)
    if request.method == "POST":
        plans = list(visible_plans(member).values_list("pk", flat=True))
        action = request.POST.get("action")
        if action == "review":
            job = running.start(
                Job.Kind.REVIEW_PLANS,
                f"审核 {len(plans)} 个部门绩效文本",
                request.user,
                params={"plans": plans},
            )
        elif action == "export" and request.POST.get("format") in formats():
            fmt = request.POST["format"]
            job = running.start(
                Job.Kind.EXPORT_PLANS,
                f"导出 {len(plans)} 个文档（{formats()[fmt].title}）",
                request.user,
                params={"plans": plans, "format": fmt},
            )
        else:
            messages.error(request, "请选择要执行的操作")
            return redirect("jobs")
        return redirect("job", job_id=job.pk)
    jobs = Job.objects.filter(created_by_id=request.user.pk)[:50]
    return render(
        request,
        "pages/jobs.html",
        {"jobs": jobs, "formats": [(f.name, f.title) for f in formats().values()]},
    )
