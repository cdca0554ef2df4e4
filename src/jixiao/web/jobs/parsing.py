"""Reading one uploaded file of a job: written to a private folder, checked against the
limits (size, zip expansion, PDF pages, text length), then parsed by a core reader in a
bounded child process (CPU time, memory) — so a hostile file ends the child, not the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from jixiao.limits import check_file, run_bounded
from jixiao.web.jobs.models import Job, JobFile
from jixiao.web.jobs.running import Progress, configured_limits

T = TypeVar("T")


def input_files(job: Job) -> list[tuple[int, str]]:
    """The job's uploads as (id, file name), in the order they were given."""
    return list(job.files.filter(role=JobFile.Role.INPUT).values_list("pk", "name"))


def parse_input(
    file_id: int, name: str, folder: Path, read: Callable[[Path], T], progress: Progress
) -> T:
    """``read`` the upload under its own name (errors name the file the person chose);
    raises :class:`jixiao.importers.errors.ImportFailed` (a limit or the reader's refusal)."""
    limits = configured_limits()
    path = folder / Path(name).name
    path.write_bytes(bytes(JobFile.objects.values_list("content", flat=True).get(pk=file_id)))
    try:
        check_file(path, limits)
        return run_bounded(read, path, limits=limits, name=name, cancelled=progress.cancelled)
    finally:
        path.unlink()
