"""报送 actions on a 监控 round or a 自评: submit, return, accept, reopen — each audited,
a return's comment kept for the unit. The rules are :mod:`jixiao.workflow.reports`'."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from jixiao.web.audit.log import record as audit
from jixiao.web.reporting.models import ReportRecord
from jixiao.workflow import ReportAction, Role, report_transition


@transaction.atomic
def act_on_report(
    user: Any, role: Role, report: ReportRecord, action: ReportAction, comment: str = ""
) -> ReportRecord:
    """Move the report; raises :class:`jixiao.workflow.WorkflowError` if not allowed."""
    model = type(report)
    report = model.objects.select_for_update().get(pk=report.pk)  # type: ignore[attr-defined]
    before = report.status_enum
    after = report_transition(before, action, role, comment)
    fields: dict[str, Any] = {
        "status": after.value,
        "updated_by": user,
        "updated_at": timezone.now(),
    }
    if action is ReportAction.RETURN:
        fields["last_comment"] = comment.strip()
    elif action is ReportAction.SUBMIT:
        fields["last_comment"] = ""
    model.objects.filter(pk=report.pk).update(**fields)  # type: ignore[attr-defined]
    plan = report.plan  # type: ignore[attr-defined]
    audit(
        user,
        f"report_{action.value}",
        object_type=model._meta.model_name or "report",
        object_id=report.pk,
        object_label=str(report),
        plan=plan,
        summary=f"{report._meta.verbose_name}{action.label}：{before.label} → {after.label}",
        before={"status": before.value},
        after={"status": after.value, "comment": comment.strip()},
    )
    report.refresh_from_db()
    return report
