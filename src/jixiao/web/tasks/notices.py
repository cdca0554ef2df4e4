"""Workflow decisions become messages to the unit: every decision is written to the
audit log (:func:`jixiao.web.audit.log.record`), so the log's new entries are the one
place to listen — a return with its comment, an approval, an accepted report."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse

from jixiao.web.audit.models import AuditEntry
from jixiao.web.tasks.messaging import department_people, notify
from jixiao.web.tasks.models import Message
from jixiao.workflow import Role

# audit action → (message kind, what happened)
DECISIONS = {
    "workflow_return": (Message.Kind.RETURNED, "绩效文本被退回修改"),
    "workflow_approve": (Message.Kind.APPROVED, "绩效文本已批复公开"),
    "report_return": (Message.Kind.RETURNED, "被退回修改"),
    "report_accept": (Message.Kind.APPROVED, "已审核通过"),
}


def _link(entry: AuditEntry) -> str:
    if entry.object_type == "monitoringroundrecord":
        return reverse("monitoring_round", args=[int(entry.object_id)])
    if entry.plan_id is None:
        return ""
    if entry.object_type == "selfevaluationrecord":
        return reverse("plan_evaluation", args=[entry.plan_id])
    return reverse("plan", args=[entry.plan_id])


@receiver(post_save, sender=AuditEntry, dispatch_uid="jixiao-tasks-decision-notices")
def decision_to_message(sender: Any, instance: AuditEntry, created: bool, **kwargs: Any) -> None:
    if not created or instance.action not in DECISIONS:
        return
    kind, what = DECISIONS[instance.action]
    comment = (instance.after or {}).get("comment", "") if isinstance(instance.after, dict) else ""
    by = instance.user_name
    body = f"{instance.summary}（{by}）" + (f"\n意见：{comment}" if comment else "")
    if instance.action.startswith("report_"):
        title = f"{instance.object_label}{what}"
    else:
        title = f"{instance.object_label} {what}"
    notify(
        department_people(instance.department, [Role.UNIT_EDITOR]),
        kind,
        title,
        body,
        _link(instance),
    )
