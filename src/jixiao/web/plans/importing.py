"""导入 through the web: parse uploads into a staged batch (预览), then commit or discard.

Parsing is the core's :func:`jixiao.importers.import_file`, run by a job; committing stores every
document of the batch in one transaction, so a batch lands whole or not at all.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from jixiao.model import DepartmentPlan
from jixiao.web.audit.log import record as audit
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import ImportBatch, PlanRecord
from jixiao.web.plans.replacing import Replacement, replacement
from jixiao.web.plans.storing import store_plan


def describe(plan: DepartmentPlan, department: Department) -> dict[str, Any]:
    """What the preview shows of one parsed document (and the plan to store on commit)."""
    return {
        "file": plan.source_file,
        "department": plan.department or "",
        "year": plan.year,
        "projects": len(plan.projects),
        "indicators": plan.indicator_count,
        "kind": plan.kind_name,
        "kind_evidence": plan.kind_evidence or "",
        "unread": not plan.has_content(),
        "warnings": [w.describe() for w in plan.warnings],
        "other_department": bool(plan.department) and plan.department != department.name,
        "plan": plan.model_dump(mode="json"),
    }


def stage(
    user: Any,
    department: Department,
    documents: list[dict[str, Any]],
    errors: list[dict[str, str]],
) -> ImportBatch:
    """Keep the parsed documents (and the failures) for the preview.

    Parsing happens in a background job (:mod:`jixiao.web.jobs.runners`), bounded by the
    configured limits, never in the request.
    """
    return ImportBatch.objects.create(
        department=department, created_by=user, documents=documents, errors=errors
    )


def replaces(batch: ImportBatch) -> list[Replacement]:
    """What committing the batch would replace in the stored plans, document by document."""
    found = []
    for document in batch.documents:
        record = PlanRecord.objects.filter(
            department=batch.department, year=document["year"] or 0
        ).first()
        if record is not None:
            found.append(replacement(record, DepartmentPlan.model_validate(document["plan"])))
    return found


@transaction.atomic
def commit(user: Any, batch: ImportBatch, year: int | None = None) -> list[PlanRecord]:
    """Store every document of the batch in the batch's department, all or nothing."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.state != ImportBatch.State.STAGED:
        raise ValueError("该导入批次已处理")
    stored = [
        store_plan(DepartmentPlan.model_validate(doc["plan"]), batch.department, user, year=year)
        for doc in batch.documents
    ]
    batch.state = ImportBatch.State.COMMITTED
    batch.save(update_fields=["state"])
    return stored


def discard(user: Any, batch: ImportBatch) -> None:
    batch.state = ImportBatch.State.DISCARDED
    batch.documents = []
    batch.save(update_fields=["state", "documents"])
    audit(
        user,
        "import_discard",
        object_type="import",
        object_id=batch.pk,
        department=batch.department,
        summary="放弃导入",
    )
