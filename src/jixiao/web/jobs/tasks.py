"""The one task on the queue: run a recorded job by its id (the kind picks the runner)."""

from __future__ import annotations

from django_tasks import task

from jixiao.web.jobs.runners import RUNNERS
from jixiao.web.jobs.running import execute


@task()
def run_job(job_id: int) -> str:
    return execute(job_id, RUNNERS)
