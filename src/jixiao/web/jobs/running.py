"""Starting a job, reporting its progress, and running it to one of its end states.

A job is a :class:`Job` row plus one task on the queue (``tasks.run_job``). The runner of
its kind gets a :class:`Progress`; whatever it raises ends the job with a Chinese message,
and since runners write only inside one transaction at their end, a failed or cancelled
job has changed nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from jixiao.importers.errors import ImportFailed
from jixiao.limits import Cancelled, Limits
from jixiao.web.jobs.models import Job, JobFile
from jixiao.web.orgs.models import Department

log = logging.getLogger("jixiao.jobs")


class JobFailed(Exception):
    """The job cannot finish; the message is shown as it is."""


@dataclass(frozen=True)
class Outcome:
    result: dict[str, Any]
    next_url: str = ""
    error: str = ""
    """What went wrong though the job ran to its end (a file of the batch unread)."""
    failed: bool = False
    """Nothing came of it (every file unread): the job ends 失败 with ``error``, still
    leading to ``next_url`` where the person sees why and what to do."""


Runner = Callable[[Job, "Progress"], Outcome]


def configured_limits() -> Limits:
    """The limits from the settings (``JIXIAO_LIMITS``), defaults for the rest."""
    return Limits(**getattr(settings, "JIXIAO_LIMITS", {}))


class Progress:
    """How far the job is, written where the page and the CLI read it; also the place
    where a cancel request is noticed."""

    def __init__(self, job: Job) -> None:
        self.job_id = job.pk

    def __call__(self, done: int, total: int, step: str) -> None:
        Job.objects.filter(pk=self.job_id).update(done=done, total=total, step=step[:300])
        if self.cancelled():
            raise Cancelled()

    def cancelled(self) -> bool:
        return Job.objects.filter(pk=self.job_id, cancel_requested=True).exists()


def start(
    kind: Job.Kind,
    title: str,
    user: Any,
    department: Department | None = None,
    params: dict[str, Any] | None = None,
    files: Iterable[tuple[str, bytes]] = (),
) -> Job:
    """Record the job (with its input files) and put it on the queue."""
    from jixiao.web.jobs.tasks import run_job

    with transaction.atomic():
        job = Job.objects.create(
            kind=kind,
            title=title[:300],
            created_by=user,
            department=department,
            params=params or {},
        )
        for name, content in files:
            JobFile.objects.create(
                job=job, role=JobFile.Role.INPUT, name=name, size=len(content), content=content
            )
    queued = run_job.enqueue(job.pk)
    Job.objects.filter(pk=job.pk).update(task_id=str(queued.id))
    job.refresh_from_db()
    return job


def cancel(job: Job) -> None:
    """Ask the job to stop; a job that has not started yet stops at once."""
    Job.objects.filter(pk=job.pk).update(cancel_requested=True)
    Job.objects.filter(pk=job.pk, state=Job.State.QUEUED).update(
        state=Job.State.CANCELLED, error="已取消，未作任何修改", finished_at=timezone.now()
    )
    job.refresh_from_db()


def execute(job_id: int, runners: dict[str, Runner]) -> str:
    """Run the job to its end state (called by the queue's worker); returns the state."""
    claimed = Job.objects.filter(pk=job_id, state=Job.State.QUEUED).update(
        state=Job.State.RUNNING, started_at=timezone.now()
    )
    job = Job.objects.get(pk=job_id)
    if not claimed:
        return str(job.state)  # cancelled before it started
    end: dict[str, Any] = {"finished_at": timezone.now()}
    try:
        outcome = runners[job.kind](job, Progress(job))
    except Cancelled:
        end |= {"state": Job.State.CANCELLED, "error": "已取消，未作任何修改"}
    except (JobFailed, ImportFailed) as failure:
        end |= {"state": Job.State.FAILED, "error": f"{failure}，未作任何修改"}
    except Exception as error:
        log.exception("job %s (%s) failed", job_id, job.kind)
        end |= {
            "state": Job.State.FAILED,
            "error": f"内部错误（{type(error).__name__}），未作任何修改；请联系管理员查看日志",
        }
    else:
        state = Job.State.FAILED if outcome.failed else Job.State.SUCCEEDED
        end |= {"state": state, "result": outcome.result, "error": outcome.error}
        # the runners report each item as they start it: done, all of them are
        end |= {"next_url": outcome.next_url, "step": "完成", "done": F("total")}
        JobFile.objects.filter(job_id=job_id, role=JobFile.Role.INPUT).delete()
    end["finished_at"] = timezone.now()
    Job.objects.filter(pk=job_id).update(**end)
    return str(end["state"])
