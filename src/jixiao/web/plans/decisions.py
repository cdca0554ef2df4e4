"""审核流程 actions on a stored plan: submit, forward, return, approve — each one frozen as a
version (版本快照), commented and audited. The rules of the flow are in :mod:`jixiao.workflow`.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from jixiao.web.audit.log import record as audit
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import Comment, PlanRecord, PlanVersion
from jixiao.workflow import Action, Role, transition


@transaction.atomic
def act(user: Any, role: Role, plan: PlanRecord, action: Action, comment: str = "") -> PlanVersion:
    """Move the plan; raises :class:`jixiao.workflow.WorkflowError` if not allowed."""
    plan = PlanRecord.objects.select_for_update().get(pk=plan.pk)
    before = plan.status_enum
    after = transition(before, action, role, comment)
    # updated_at with updated_by: the page says "更新 <when>（<who>）" of the last step
    PlanRecord.objects.filter(pk=plan.pk).update(
        status=after.value,
        lock_version=F("lock_version") + 1,
        workflow_steps=F("workflow_steps") + 1,
        updated_by=user,
        updated_at=timezone.now(),
    )
    number = (plan.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    version = PlanVersion.objects.create(
        plan=plan,
        number=number,
        action=action.value,
        status=after.value,
        comment=comment.strip(),
        snapshot=plan_to_domain(plan).model_dump(mode="json"),
        created_by=user,
    )
    if comment.strip():
        # What a unit writes on submitting explains its draft; it is no reviewer's comment.
        kind = Comment.Kind.NOTE if action is Action.SUBMIT else Comment.Kind.REVIEW
        Comment.objects.create(plan=plan, text=comment.strip(), author=user, kind=kind)
    audit(
        user,
        f"workflow_{action.value}",
        object_type="plan",
        object_id=plan.pk,
        object_label=str(plan),
        plan=plan,
        summary=f"{action.label}：{before.label} → {after.label}（版本 {number}）",
        before={"status": before.value},
        after={"status": after.value, "comment": comment.strip()},
    )
    # No review: findings depend on the content, not the status (the content revision
    # leaves workflow_steps out), and no cached page shows the status.
    return version
