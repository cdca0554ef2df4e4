"""Starting the bulk jobs over many plans (a review of all, an export of all in one
format), and reading jobs back: the one way pages and ``jixiao-web jobs`` reach them."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from jixiao.exporters.formats import formats
from jixiao.web.jobs import running
from jixiao.web.jobs.models import Job, JobFile


def start_review(user: Any, plans: list[int]) -> Job:
    return running.start(
        Job.Kind.REVIEW_PLANS, f"审核 {len(plans)} 个部门绩效文本", user, params={"plans": plans}
    )


def start_export(user: Any, plans: list[int], fmt: str) -> Job:
    """``fmt`` must be a registered format (:func:`jixiao.exporters.formats.formats`)."""
    return running.start(
        Job.Kind.EXPORT_PLANS,
        f"导出 {len(plans)} 个文档（{formats()[fmt].title}）",
        user,
        params={"plans": plans, "format": fmt},
    )


def find_job(job_id: int) -> Job | None:
    return Job.objects.select_related("department").filter(pk=job_id).first()


def jobs_of(user: Any, count: int = 50, region_id: int | None = None) -> list[Job]:
    """The person's latest jobs; with ``region_id`` (an administrator's) also everyone's
    jobs in that region — a unit's failed import is the administrator's to look into."""
    mine = Q(created_by_id=user.pk)
    if region_id is not None:
        mine |= Q(department__isnull=True) | Q(department__region_id=region_id)
    return list(Job.objects.filter(mine).select_related("created_by")[:count])


def latest_jobs(count: int = 20) -> list[Job]:
    return list(Job.objects.all()[:count])


def output_of(job: Job) -> JobFile | None:
    """The file the job wrote (an export's archive), if any."""
    return job.files.filter(role=JobFile.Role.OUTPUT).first()


def output_name(job: Job) -> str | None:
    found: str | None = (
        job.files.filter(role=JobFile.Role.OUTPUT).values_list("name", flat=True).first()
    )
    return found
