"""Committing one staged document by its kind: the imported record (kind, evidence, the
whole document) is kept whatever the kind, and the document goes where :mod:`placing`
said — a plan, the plan's 自评 or 监控 round, or just the department's year."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from jixiao.model.plan import KIND_NAMES, DepartmentPlan
from jixiao.web.audit.log import record as audit
from jixiao.web.documents.evaluations import attach_evaluation
from jixiao.web.documents.models import ImportedDocument
from jixiao.web.documents.placing import REPORT_KINDS, kind_of, place
from jixiao.web.documents.rounds import attach_round
from jixiao.web.orgs.models import Department
from jixiao.web.plans.storing import store_plan


def _attach_report(user: Any, record: ImportedDocument, plan: DepartmentPlan) -> None:
    placement = place(record.department, plan, record.year)
    record.notes = placement.unmatched + ([placement.refused] if placement.refused else [])
    if placement.refused or placement.plan is None:
        record.attached_to = "仅保存为导入文档"
        record.attached_url = reverse("imported_document", args=[record.pk])
        return
    record.plan = placement.plan
    if record.kind == "self_evaluation":
        attach_evaluation(user, record, plan, placement.plan)
        record.attached_url = reverse("plan_evaluation", args=[placement.plan.pk])
    else:
        assert placement.monitor_date is not None
        round_, _ = attach_round(user, plan, placement.plan, placement.monitor_date)
        record.attached_url = reverse("monitoring_round", args=[round_.pk])
    record.attached_to = placement.target


def commit_document(
    user: Any,
    department: Department,
    document: dict[str, Any],
    batch: Any,
    year: int | None,
    *,
    force: bool = False,
) -> ImportedDocument:
    """Store one previewed document (inside the batch's transaction). ``force`` also
    replaces a plan under review or approved (``jixiao import --db --replace``)."""
    plan = DepartmentPlan.model_validate(document["plan"])
    kind = kind_of(plan)
    record = ImportedDocument.objects.create(
        department=department,
        year=plan.year or year,
        batch=batch,
        source_file=plan.source_file[:300],
        kind=kind,
        kind_evidence=(plan.kind_evidence or "")[:500],
        detected_kind=document.get("detected_kind") or kind,
        document=document["plan"],
        created_by=user,
    )
    if kind in REPORT_KINDS:
        _attach_report(user, record, plan)
    elif kind == "plan":
        stored = store_plan(plan, department, user, year=year, force=force)
        record.year, record.plan = stored.year, stored
        record.attached_to = str(stored)
        record.attached_url = reverse("plan", args=[stored.pk])
    else:
        record.attached_to = place(department, plan, year).target
        record.attached_url = reverse("imported_document", args=[record.pk])
    record.save()
    audit(
        user,
        "import_document",
        object_type="importeddocument",
        object_id=record.pk,
        object_label=str(record),
        department=department,
        summary=f"导入{KIND_NAMES[kind]}“{record.source_file}”到{record.attached_to}",
    )
    return record
