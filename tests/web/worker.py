"""A real queue worker (``jixiao-web db_worker``) on the test database, for the tests of
background jobs; and a wait for a job to end."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from django.db import connection

from jixiao.web.jobs.models import Job

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def database_url() -> str:
    """The test database as a URL the worker's settings understand."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{Path(db['NAME']).resolve()}"
    user = quote(db["USER"] or "", safe="")
    password = quote(db["PASSWORD"] or "", safe="")
    host = f"{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}"
    return f"postgres://{user}:{password}@{host}/{db['NAME']}"


@contextmanager
def running_worker(log: Path, **environment: str) -> Iterator[subprocess.Popen[bytes]]:
    command = [str(Path(sys.executable).parent / "jixiao-web"), "db_worker"]
    command += ["--interval", "0.2", "--no-startup-delay", "--no-reload", "-v", "2"]
    env = os.environ | {"DATABASE_URL": database_url()} | environment
    with log.open("wb") as out:
        worker = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield worker
        finally:
            worker.terminate()
            try:
                worker.wait(15)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()


def wait_for(job: Job | int, until: Any = None, timeout: float = 180) -> Job:
    """Poll the job until it is finished (or ``until(job)`` holds)."""
    pk = job if isinstance(job, int) else job.pk
    deadline = time.monotonic() + timeout
    while True:
        current = Job.objects.get(pk=pk)
        if (until(current) if until else current.finished) or time.monotonic() > deadline:
            return current
        time.sleep(0.2)
