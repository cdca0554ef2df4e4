"""导入 through the web: parse uploads into a staged batch (预览), then commit or discard.

Parsing is the core's :func:`jixiao.importers.import_file`, run by a job; committing stores every
document of the batch in one transaction, so a batch lands whole or not at all.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from jixiao.checks import import_finding
from jixiao.model import DepartmentPlan
from jixiao.model.plan import KIND_NAMES
from jixiao.web.audit.log import record as audit
from jixiao.web.documents.committing import commit_document
from jixiao.web.documents.models import ImportedDocument
from jixiao.web.documents.placing import Placement, place
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import ImportBatch, PlanRecord
from jixiao.web.plans.presenting import finding_dict
from jixiao.web.plans.replacing import Replacement, replacement
from jixiao.web.plans.storing import import_refusal


def describe(plan: DepartmentPlan, department: Department) -> dict[str, Any]:
    """What the preview shows of one parsed document (and the plan to store on commit)."""
    return {
        "file": plan.source_file,
        "department": plan.department or "",
        "year": plan.year,
        "projects": len(plan.projects),
        "indicators": plan.indicator_count,
        "kind": plan.kind_name,
        "kind_code": plan.kind or "",
        "detected_kind": plan.kind or "",
        "kind_evidence": plan.kind_evidence or "",
        "unread": not plan.has_content(),
        "warnings": [finding_dict(import_finding(w, plan.source_file), {}) for w in plan.warnings],
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
        if (document["plan"].get("kind") or "plan") != "plan":
            continue  # a 自评表, 监控表 or 公开表 replaces no plan
        record = PlanRecord.objects.filter(
            department=batch.department, year=document["year"] or 0
        ).first()
        if record is not None and not import_refusal(record):  # a refused one is said apart
            found.append(replacement(record, DepartmentPlan.model_validate(document["plan"])))
    return found


@transaction.atomic
def commit(user: Any, batch: ImportBatch, year: int | None = None) -> list[ImportedDocument]:
    """Store every document of the batch in the batch's department, each where its kind
    goes (:mod:`jixiao.web.documents.committing`), all or nothing."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.state != ImportBatch.State.STAGED:
        raise ValueError("该导入批次已处理")
    stored = [commit_document(user, batch.department, doc, batch, year) for doc in batch.documents]
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


def placements(batch: ImportBatch) -> list[Placement]:
    """Where each document of the batch goes on commit, for the preview; two goal plans of
    one year are stored one after the other, so the earlier is said to be overwritten."""
    placed = [
        place(batch.department, DepartmentPlan.model_validate(doc["plan"]))
        for doc in batch.documents
    ]
    last_for: dict[str, int] = {}
    for index, placement in enumerate(placed):
        if placement.kind == "plan":
            last_for[placement.target] = index
    for index, placement in enumerate(placed):
        later = last_for.get(placement.target, index) if placement.kind == "plan" else index
        if later != index:
            placement.superseded = (
                f"本批次中的“{batch.documents[later]['file']}”也导入到{placement.target}，"
                "确认后以后者为准，本文档的内容不会留下"
            )
    return placed


def correct_kind(user: Any, batch: ImportBatch, index: int, kind: str) -> str:
    """The person's correction of one document's kind before committing; audited."""
    if batch.state != ImportBatch.State.STAGED:
        raise ValueError("该导入批次已处理")
    if kind not in KIND_NAMES:
        raise ValueError(f"没有“{kind}”这种文档类别")
    if not 0 <= index < len(batch.documents):
        raise ValueError("没有找到该文档")
    document = batch.documents[index]
    before = document["plan"].get("kind") or ""
    document["plan"]["kind"] = kind
    document["kind"] = KIND_NAMES[kind]
    document["kind_code"] = kind
    batch.save(update_fields=["documents"])
    audit(
        user,
        "import_kind",
        object_type="import",
        object_id=batch.pk,
        object_label=document["file"],
        department=batch.department,
        summary=f"更正“{document['file']}”的文档类别："
        f"{KIND_NAMES.get(before, '未识别')} → {KIND_NAMES[kind]}",
        before={"kind": before, "kind_evidence": document.get("kind_evidence", "")},
        after={"kind": kind},
    )
    return str(document["file"])
