"""The 整改 service: the findings of a plan that may be marked, marking them, 重点评价
items, the steps of the flow with attachments, and the items a person sees.

Every change goes through here, with an optimistic lock and an audit entry; the rules of
the flow are :mod:`jixiao.workflow.rectification`, the items :mod:`jixiao.rectification`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from jixiao.checks import Severity
from jixiao.model.dates import chinese_date
from jixiao.rectification import (
    Origin,
    RectificationItem,
    act,
    errors_first,
    from_checks,
    from_review,
)
from jixiao.web.audit.log import record as audit
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.evaluation.records import entry_score
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.monitoring.rounds import entry_result
from jixiao.web.orgs.access import departments_of
from jixiao.web.orgs.models import Membership, person
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.reviewing import review_record
from jixiao.web.rectification.models import RectificationFile, RectificationRecord
from jixiao.workflow.rectification import RectificationAction
from jixiao.workflow.states import Role

MAX_FILE_BYTES = 20 * 1024 * 1024
# 佐证材料: documents, scans and photos (and archives of them), not programs.
EVIDENCE_SUFFIXES = (
    ".pdf", ".ofd", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".csv", ".txt",
    ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".zip", ".rar", ".7z",
)  # fmt: skip


def _check_evidence(files: list[UploadedFile[bytes]]) -> None:
    for upload in files:
        name = upload.name or "附件"
        if not name.lower().endswith(EVIDENCE_SUFFIXES):
            raise RectificationRefused(
                f"{name}：佐证材料请上传文档、扫描件或照片"
                "（PDF、OFD、Word、WPS、Excel、图片或压缩包）。"
            )
        if upload.size and upload.size > MAX_FILE_BYTES:
            raise RectificationRefused(f"{name}：超过20MB，请压缩后上传。")


class RectificationRefused(Exception):
    """A step that cannot be taken, with the Chinese reason."""


class RectificationConflict(RectificationRefused):
    """Someone acted on the item after the page was opened: nothing done (409)."""


@dataclass(frozen=True)
class Candidate:
    """A finding of the plan that may be marked for 整改, with a stable key."""

    key: str
    item: RectificationItem


def _key(item: RectificationItem) -> str:
    text = "|".join(
        (item.origin, item.check, item.project or "", item.indicator or "", item.message)
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def candidates(plan: PlanRecord, deadline: date) -> list[Candidate]:
    """Warnings and errors of the plan's review, its latest 监控 round and its 自评."""
    department, year = plan.department.name, plan.year
    items = from_review(review_record(plan).report.findings, department, year, deadline)
    round_ = MonitoringRoundRecord.objects.filter(plan=plan).order_by("-monitor_date").first()
    if round_ is not None:
        found = [f for entry in round_.entries.all() for f in entry_result(entry).findings]
        items += from_checks(Origin.MONITORING, found, department, year, deadline)
    evaluation = SelfEvaluationRecord.objects.filter(plan=plan).first()
    if evaluation is not None:
        found = [f for entry in evaluation.entries.all() for f in entry_score(entry).findings]
        items += from_checks(Origin.EVALUATION, found, department, year, deadline)
    already = {
        _key(RectificationItem.model_validate(r.item))
        for r in RectificationRecord.objects.filter(plan=plan)
    }
    return [Candidate(_key(i), i) for i in errors_first(items) if _key(i) not in already]


def _store(
    user: Any, plan: PlanRecord | None, department: Any, item: RectificationItem
) -> RectificationRecord:
    return RectificationRecord.objects.create(
        department=department,
        plan=plan,
        item=item.model_dump(mode="json"),
        status=item.status.value,
        deadline=item.deadline,
        year=item.year,
        created_by=user,
    )


@transaction.atomic
def mark(user: Any, plan: PlanRecord, keys: Iterable[str], deadline: date) -> int:
    """Make items of the chosen findings; returns how many."""
    wanted = set(keys)
    chosen = [c for c in candidates(plan, deadline) if c.key in wanted]
    if not chosen:
        raise RectificationRefused("请至少选择一条需要整改的问题。")
    for candidate in chosen:
        _store(user, plan, plan.department, candidate.item)
    audit(
        user,
        "rectification_mark",
        object_type="plan",
        object_id=plan.pk,
        object_label=str(plan),
        plan=plan,
        summary=f"下达整改{len(chosen)}项，期限{chinese_date(deadline)}",
    )
    return len(chosen)


@transaction.atomic
def add_key_evaluation(
    user: Any, plan: PlanRecord, title: str, message: str, suggestion: str, deadline: date
) -> RectificationRecord:
    """An item from a 重点评价 the bureau carried out."""
    if not title.strip() or not message.strip():
        raise RectificationRefused("请填写重点评价发现的问题标题和说明。")
    item = RectificationItem(
        origin=Origin.KEY_EVALUATION,
        check="",
        title=title.strip(),
        message=message.strip(),
        suggestion=suggestion.strip(),
        severity=Severity.WARNING,
        department=plan.department.name,
        year=plan.year,
        deadline=deadline,
    )
    record = _store(user, plan, plan.department, item)
    audit(
        user,
        "rectification_mark",
        object_type="rectification",
        object_id=record.pk,
        object_label=item.title,
        plan=plan,
        summary=f"录入重点评价整改事项，期限{chinese_date(deadline)}",
    )
    return record


def may_act(member: Membership | None, record: RectificationRecord) -> bool:
    return member is not None and departments_of(member).filter(pk=record.department_id).exists()


def actions_for(
    member: Membership | None, record: RectificationRecord
) -> list[RectificationAction]:
    from jixiao.workflow.rectification import rectification_actions

    if not may_act(member, record):
        return []
    assert member is not None
    return rectification_actions(record.core.status, member.role_enum)


@transaction.atomic
def take_step(
    user: Any,
    member: Membership,
    record: RectificationRecord,
    action: RectificationAction,
    comment: str,
    version: int,
    files: list[UploadedFile[bytes]],
) -> RectificationRecord:
    """One step of the flow; WorkflowError or RectificationRefused with the reason."""
    locked = RectificationRecord.objects.select_for_update().get(pk=record.pk)
    if locked.lock_version != version:
        raise RectificationConflict(
            f"该事项在您打开页面后已被他人办理（现为“{locked.get_status_display()}”），您的操作未办理；"
            "您写的说明仍保留在页面上，所选附件须重新选择，核对后再提交。"
        )
    if action not in actions_for(member, locked):
        raise RectificationRefused(f"{member.role_enum.label}现在不能“{action.label}”。")
    before = locked.status
    _check_evidence(files)
    # the history names people as the pages do (王填报), not by their login (bianzhi)
    item = act(locked.core, action, person(user), member.role_enum, timezone.now(), comment)
    for upload in files:
        RectificationFile.objects.create(
            record=locked, file=upload, name=(upload.name or "附件")[:200], uploaded_by=user
        )
    locked.item = item.model_dump(mode="json")
    locked.status = item.status.value
    locked.lock_version += 1
    locked.save()
    audit(
        user,
        f"rectification_{action.value}",
        object_type="rectification",
        object_id=locked.pk,
        object_label=item.title,
        plan=locked.plan,
        department=locked.department,
        summary=f"{action.label}：{comment.strip()[:200]}",
        before={"status": before},
        after={"status": locked.status, "files": len(files)},
    )
    return locked


def visible(member: Membership | None) -> QuerySet[RectificationRecord]:
    return RectificationRecord.objects.filter(department__in=departments_of(member)).select_related(
        "department", "plan"
    )


def attachment_of(record: RectificationRecord, file_id: int) -> RectificationFile | None:
    return RectificationFile.objects.filter(record=record, pk=file_id).first()


def may_mark(member: Membership | None, plan: PlanRecord) -> bool:
    """Reviewers (department and bureau) and administrators mark findings for 整改."""
    return (
        member is not None
        and member.role_enum in (Role.DEPARTMENT_REVIEWER, Role.BUREAU_REVIEWER, Role.ADMIN)
        and departments_of(member).filter(pk=plan.department_id).exists()
    )
