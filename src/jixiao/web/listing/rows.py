"""What the 清单 pages list, as QuerySets over what the person may see (or rows computed
in Python where the list is the core's): the list engine filters, sorts and pages them."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, DecimalField, OuterRef, Q, QuerySet, Subquery, Sum

from jixiao.web.evaluation.advice import budget_advice
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.evaluation.records import visible_evaluations
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.monitoring.rounds import visible_rounds
from jixiao.web.orgs.access import published_plans, visible_plans
from jixiao.web.orgs.models import Membership, Region
from jixiao.web.plans.models import PlanRecord, ProjectRecord


def plan_budget(plan_path: str) -> Subquery:
    """The plan's 预算数 (sum of its projects), as a subquery: no join that would multiply
    the other counts of the row."""
    return Subquery(
        ProjectRecord.objects.filter(plan=OuterRef(plan_path))
        .values("plan")
        .annotate(total=Sum("budget_total"))
        .values("total"),
        output_field=DecimalField(max_digits=24, decimal_places=6),
    )


def plan_rows(member: Membership) -> QuerySet[PlanRecord]:
    return visible_plans(member).annotate(project_count=Count("projects"), budget=plan_budget("pk"))


def public_plan_rows() -> QuerySet[PlanRecord]:
    return published_plans().annotate(project_count=Count("projects"), budget=plan_budget("pk"))


def regions_of(plans: QuerySet[PlanRecord]) -> list[tuple[str, str]]:
    """The 区划 of these plans, as filter choices (id, name)."""
    return [
        (str(r.pk), r.name) for r in Region.objects.filter(departments__plans__in=plans).distinct()
    ]


def project_rows(plan: PlanRecord) -> QuerySet[ProjectRecord]:
    return plan.projects.annotate(indicator_count=Count("indicators"))


def unit_choices(plan: PlanRecord) -> list[tuple[str, str]]:
    """The plan's units (code, name) as filter choices."""
    return sorted(
        {(p.unit_code, p.unit_name or p.unit_code) for p in plan.projects.all() if p.unit_code}
    )


def round_rows(member: Membership) -> QuerySet[MonitoringRoundRecord]:
    return visible_rounds(member).annotate(budget=plan_budget("plan_id"))


def evaluation_rows(member: Membership) -> QuerySet[SelfEvaluationRecord]:
    return visible_evaluations(member).annotate(
        filled=Count("entries", filter=Q(entries__total__isnull=False)),
        budget=plan_budget("plan_id"),
    )


def off_track_rows(member: Membership) -> QuerySet[ProgressRecord]:
    return ProgressRecord.objects.filter(
        round__plan__in=visible_plans(member), light__in=("red", "yellow")
    ).select_related("project", "round__plan__department")


def budget_rows(member: Membership) -> list[dict[str, Any]]:
    """预算安排建议 of every visible 自评, each line with its project's 预算数."""
    evaluations = list(visible_evaluations(member))
    budgets = {
        (plan_id, name, code or None): total
        for plan_id, name, code, total in ProjectRecord.objects.filter(
            plan__in=[e.plan_id for e in evaluations]
        ).values_list("plan_id", "name", "code", "budget_total")
    }
    return [
        {
            "department": e.plan.department.name,
            "department_id": e.plan.department_id,
            "year": e.plan.year,
            "name": line.name,
            "code": line.code or "",
            "grade": line.grade,
            "total": line.total,
            "execution_rate": line.execution_rate,
            "budget": budgets.get((e.plan_id, line.name, line.code or None)),
            "treatment": line.treatment,
            "reasons": "；".join(line.reasons),
        }
        for e, line in budget_advice(evaluations)
    ]


def years_of(rows: QuerySet[Any], path: str = "year") -> Any:
    """The years present, for the year filter (evaluated only when the bar is drawn)."""
    return rows.values_list(path, flat=True)
