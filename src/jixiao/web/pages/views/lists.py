"""清单: the list pages (filter bar, sorting, paging, 合计, 导出Excel) over what the person
may see — plans, a plan's projects, 监控 rounds, 自评, off-track projects and the budget
office's list. Reviewers select rows for batch decisions (:mod:`.batch`)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, DecimalField, OuterRef, Q, QuerySet, Subquery, Sum
from django.http import HttpRequest, HttpResponse

from jixiao.web.evaluation.advice import budget_advice
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.listing.pages import list_page
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.orgs.access import departments_of, visible_plans
from jixiao.web.pages import listspecs
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.web.plans.models import ProjectRecord
from jixiao.workflow import Role

REVIEWERS = (Role.DEPARTMENT_REVIEWER, Role.BUREAU_REVIEWER, Role.ADMIN)
BUREAU = (Role.BUREAU_REVIEWER, Role.ADMIN)
TABS = (
    ("list_plans", "绩效文本"),
    ("list_rounds", "监控轮次"),
    ("list_evaluations", "绩效自评"),
    ("list_off_track", "偏离目标的项目"),
    ("list_budget", "预算安排建议"),
)


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


def _context(tab: str, **more: Any) -> dict[str, Any]:
    return {"tabs": TABS, "tab": tab, **more}


@member_required
def plans_list(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    plans = visible_plans(member).annotate(
        project_count=Count("projects"), budget=plan_budget("pk")
    )
    spec = listspecs.plans_spec(
        departments_of(member),
        lambda: plans.values_list("year", flat=True),
        batch=member.role_enum in REVIEWERS,
    )
    return list_page(
        request,
        spec,
        plans,
        "pages/list.html",
        "绩效文本清单",
        _context(
            "list_plans", batch_kind="plans", batch_actions=_plan_batch_actions(member.role_enum)
        ),
    )


def _plan_batch_actions(role: Role) -> list[tuple[str, str]]:
    if role is Role.DEPARTMENT_REVIEWER:
        return [("forward", "初审通过，报财政局"), ("return", "退回修改")]
    if role in BUREAU:
        return [("approve", "审核通过（批复并公开）"), ("return", "退回修改")]
    return []


@member_required
def projects_list(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_or_404(request, plan_id)
    projects = plan.projects.annotate(indicator_count=Count("indicators"))
    units = sorted(
        {(p.unit_code, p.unit_name or p.unit_code) for p in plan.projects.all() if p.unit_code}
    )
    return list_page(
        request,
        listspecs.projects_spec(units),
        projects,
        "pages/list.html",
        f"{plan.department.name}{plan.year}年项目清单",
        {"plan": plan},
    )


def _reports(model: Any, member: Any) -> QuerySet[Any]:
    found: QuerySet[Any] = model.objects.filter(plan__in=visible_plans(member)).select_related(
        "plan__department"
    )
    return found


@member_required
def rounds_list(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    rounds = _reports(MonitoringRoundRecord, member).annotate(budget=plan_budget("plan_id"))
    spec = listspecs.rounds_spec(
        departments_of(member),
        lambda: rounds.values_list("plan__year", flat=True),
        batch=member.role_enum in BUREAU,
    )
    return list_page(
        request,
        spec,
        rounds,
        "pages/list.html",
        "监控轮次清单",
        _context(
            "list_rounds",
            batch_kind="monitoring",
            batch_actions=_report_batch_actions(member.role_enum),
        ),
    )


def _report_batch_actions(role: Role) -> list[tuple[str, str]]:
    return [("accept", "审核通过"), ("return", "退回修改")] if role in BUREAU else []


@member_required
def evaluations_list(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    evaluations = _reports(SelfEvaluationRecord, member).annotate(
        filled=Count("entries", filter=Q(entries__total__isnull=False)),
        budget=plan_budget("plan_id"),
    )
    spec = listspecs.evaluations_spec(
        departments_of(member),
        lambda: evaluations.values_list("plan__year", flat=True),
        batch=member.role_enum in BUREAU,
    )
    return list_page(
        request,
        spec,
        evaluations,
        "pages/list.html",
        "绩效自评清单",
        _context(
            "list_evaluations",
            batch_kind="evaluation",
            batch_actions=_report_batch_actions(member.role_enum),
        ),
    )


@member_required
def off_track_list(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    entries = ProgressRecord.objects.filter(
        round__plan__in=visible_plans(member), light__in=("red", "yellow")
    ).select_related("project", "round__plan__department")
    spec = listspecs.off_track_spec(
        departments_of(member), lambda: entries.values_list("round__plan__year", flat=True)
    )
    return list_page(
        request, spec, entries, "pages/list.html", "偏离目标的项目", _context("list_off_track")
    )


@member_required
def budget_list(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    evaluations = list(_reports(SelfEvaluationRecord, member))
    budgets = {
        (plan_id, name, code or None): total
        for plan_id, name, code, total in ProjectRecord.objects.filter(
            plan__in=[e.plan_id for e in evaluations]
        ).values_list("plan_id", "name", "code", "budget_total")
    }
    rows = [
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
    spec = listspecs.budget_spec(departments_of(member), lambda: [r["year"] for r in rows])
    return list_page(
        request, spec, rows, "pages/list.html", "预算安排建议清单", _context("list_budget")
    )
