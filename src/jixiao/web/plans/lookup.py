"""Stored plans and projects found by id, with what the access checks read (the plan's
department): the one way pages and API reach a single record."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from jixiao.web.orgs.access import visible_plans
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.models import PlanRecord, ProjectRecord


def find_plan(plan_id: int) -> PlanRecord | None:
    return PlanRecord.objects.select_related("department").filter(pk=plan_id).first()


def find_project(project_id: int) -> ProjectRecord | None:
    return ProjectRecord.objects.select_related("plan__department").filter(pk=project_id).first()


def latest_plan(department: str, year: int | None = None) -> PlanRecord | None:
    """The department's plan of that year, else its latest (by the department's name)."""
    found = PlanRecord.objects.select_related("department").filter(department__name=department)
    if year is not None:
        found = found.filter(year=year)
    return found.order_by("-year").first()


def plans_with_counts(member: Membership | None) -> QuerySet[PlanRecord]:
    """The plans the person may read, each with its ``project_count``."""
    return visible_plans(member).annotate(project_count=Count("projects"))
