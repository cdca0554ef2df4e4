"""Starting the two jobs of an import — reading the uploaded files into a batch to preview,
then committing the batch — and finding a department's batches."""

from __future__ import annotations

from typing import Any

from jixiao.web.jobs import running
from jixiao.web.jobs.models import Job
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import ImportBatch


def start_staging(user: Any, department: Department, files: list[tuple[str, bytes]]) -> Job:
    """Read the uploaded files (name, content) in a job; it leads to the preview."""
    names = "、".join(name for name, _ in files)
    return running.start(Job.Kind.IMPORT_STAGE, names, user, department, files=files)


def start_commit(user: Any, batch: ImportBatch, year: int | None) -> Job:
    """Write a previewed batch in a job (all or nothing)."""
    return running.start(
        Job.Kind.IMPORT_COMMIT,
        "、".join(d["file"] for d in batch.documents),
        user,
        batch.department,
        params={"batch": batch.pk, "year": year},
    )


def recent_batches(department: Department, count: int = 10) -> list[ImportBatch]:
    return list(ImportBatch.objects.filter(department=department)[:count])


def find_batch(batch_id: int) -> ImportBatch | None:
    return ImportBatch.objects.select_related("department").filter(pk=batch_id).first()
