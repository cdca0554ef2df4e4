"""Stored plans and projects found by id, with what the access checks read (the plan's
department): the one way pages and API reach a single record. Both queries are compiled
once per process (:mod:`jixiao.web.runtime.compiled`): every plan and project page asks."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from jixiao.web.orgs.access import visible_plans
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.models import Comment, PlanRecord, PlanVersion, ProjectRecord
from jixiao.web.runtime.compiled import CompiledQuery

# Columns no page shows, read only when the whole plan is converted (plan_to_domain loads
# them then, in one query): the 预算公开表 alone is ~60 KB of JSON per plan, which every plan,
# project, report and API request decoded — in PostgreSQL and in Python — to throw away.
PLAN_DEFERRED = ("disclosure", "warnings", "sources")

_PLAN = CompiledQuery(
    lambda pk: PlanRecord.objects.select_related("department").defer(*PLAN_DEFERRED).filter(pk=pk),
    int,
)
_PROJECT = CompiledQuery(
    lambda pk: (
        ProjectRecord.objects.select_related("plan__department")
        .defer(*(f"plan__{name}" for name in PLAN_DEFERRED))
        .filter(pk=pk)
    ),
    int,
)


_PLAN_COMMENTS = CompiledQuery(
    lambda pk: Comment.objects.filter(plan_id=pk).select_related("author", "project", "indicator"),
    int,
)
_PROJECT_COMMENTS = CompiledQuery(
    lambda pk: Comment.objects.filter(project_id=pk).select_related("author"), int
)
# the list of versions, not their snapshots (a whole plan each); in number order without
# the model's ordering by plan, which joined the plan and its department
_VERSIONS = CompiledQuery(
    lambda pk: (
        PlanVersion.objects.filter(plan_id=pk)
        .select_related("created_by")
        .defer("snapshot")
        .order_by("number")
    ),
    int,
)


def find_plan(plan_id: int) -> PlanRecord | None:
    return _PLAN.first(plan_id)


def find_project(project_id: int) -> ProjectRecord | None:
    return _PROJECT.first(project_id)


def plan_comments(plan_id: int) -> list[Comment]:
    """审核意见 and 填报说明 of the plan, newest first, with author, project and indicator."""
    return _PLAN_COMMENTS.objects(plan_id)


def project_comments(project_id: int) -> list[Comment]:
    """The comments on one project, newest first, with their authors."""
    return _PROJECT_COMMENTS.objects(project_id)


def version_list(plan_id: int) -> list[PlanVersion]:
    """The plan's versions in order, without their snapshots."""
    return _VERSIONS.objects(plan_id)


def latest_plan(department: str, year: int | None = None) -> PlanRecord | None:
    """The department's plan of that year, else its latest (by the department's name)."""
    found = PlanRecord.objects.select_related("department").filter(department__name=department)
    if year is not None:
        found = found.filter(year=year)
    return found.order_by("-year").first()


def plans_with_counts(member: Membership | None) -> QuerySet[PlanRecord]:
    """The plans the person may read, each with its ``project_count``."""
    return visible_plans(member).annotate(project_count=Count("projects"))
