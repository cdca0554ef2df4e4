"""版本对比: the differences between two frozen versions, or a version and the draft."""

from __future__ import annotations

from typing import Any

from jixiao.diff import diff_plans
from jixiao.model import DepartmentPlan
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord


def _version_plan(plan: PlanRecord, number: int) -> DepartmentPlan | None:
    version = plan.versions.filter(number=number).first()
    return DepartmentPlan.model_validate(version.snapshot) if version else None


def version_diff(plan: PlanRecord, old: int, new: int | None) -> dict[str, Any] | None:
    """Changes from version ``old`` to version ``new`` (``None``: the current draft)."""
    before = _version_plan(plan, old)
    after = plan_to_domain(plan) if new is None else _version_plan(plan, new)
    if before is None or after is None:
        return None
    result = diff_plans(before, after)
    return {
        "old": old,
        "new": new or 0,
        "summary": result.summary(),
        "changes": [
            {
                "scope": str(c.scope),
                "kind": str(c.kind),
                "where": c.label,
                "field": c.field,
                "before": c.before,
                "after": c.after,
            }
            for c in result.changes
        ],
    }
