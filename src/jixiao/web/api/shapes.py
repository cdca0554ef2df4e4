"""Records as API dictionaries (shared by the authenticated and the public routers)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jixiao.web.plans.convert import amount

if TYPE_CHECKING:
    from jixiao.web.plans.models import PlanRecord, ProjectRecord


def plan_summary(plan: PlanRecord) -> dict[str, Any]:
    return {
        "id": plan.pk,
        "department": plan.department.name,
        "year": plan.year,
        "title": plan.title,
        "status": plan.status,
        "status_label": plan.status_enum.label,
        "grade": plan.grade,
        "score": plan.score,
        "errors": plan.errors,
        "warnings": plan.warnings_count,
        "projects": plan.projects.count(),
        "lock_version": plan.lock_version,
        "updated_at": plan.updated_at,
    }


def project_summary(project: ProjectRecord) -> dict[str, Any]:
    return {
        "id": project.pk,
        "position": project.position,
        "code": project.code,
        "name": project.name,
        "unit_code": project.unit_code,
        "unit_name": project.unit_name,
        "budget_total": amount(project.budget_total),
        "grade": project.grade,
        "score": project.score,
        "findings": project.findings_count,
        "indicators": project.indicators.count(),
        "lock_version": project.lock_version,
    }
