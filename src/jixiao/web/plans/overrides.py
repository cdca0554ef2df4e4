"""批复 with error-level findings still open: allowed only when the reviewer confirms it,
and that confirmation is written to the audit log (the page's and the batch's rule)."""

from __future__ import annotations

from typing import Any

from jixiao.web.audit.log import record as audit
from jixiao.web.plans.models import PlanRecord
from jixiao.workflow import Action


def needs_override(plan: PlanRecord, action: Action) -> bool:
    """Approving a plan whose review still finds errors (cached ``errors``)."""
    return action is Action.APPROVE and plan.errors > 0


def record_override(user: Any, plan: PlanRecord) -> None:
    audit(
        user,
        "approve_with_errors",
        object_type="plan",
        object_id=plan.pk,
        object_label=str(plan),
        plan=plan,
        summary=f"确认在仍有 {plan.errors} 个错误级审核发现的情况下批复",
        after={"errors": plan.errors},
    )
