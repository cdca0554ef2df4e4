"""清单: the list pages (filter bar, sorting, paging, 合计, 导出Excel) over what the person
may see — plans, a plan's projects, 监控 rounds, 自评, off-track projects and the budget
office's list. Reviewers select rows for batch decisions (:mod:`.batch`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse

from jixiao.web.listing import ListSpec
from jixiao.web.listing import rows as listed
from jixiao.web.listing.pages import list_page
from jixiao.web.orgs.access import departments_of
from jixiao.web.pages import listspecs
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.workflow import Role

if TYPE_CHECKING:  # names for the type hints; the queries are the services'
    from django.db.models import QuerySet

    from jixiao.web.orgs.models import Department, Membership

REVIEWERS = (Role.DEPARTMENT_REVIEWER, Role.BUREAU_REVIEWER, Role.ADMIN)
BUREAU = (Role.BUREAU_REVIEWER, Role.ADMIN)
TABS = (
    ("list_plans", "绩效文本"),
    ("list_rounds", "监控轮次"),
    ("list_evaluations", "绩效自评"),
    ("list_off_track", "偏离目标的项目"),
    ("list_budget", "预算安排建议"),
)


def _context(tab: str, **more: Any) -> dict[str, Any]:
    return {"tabs": TABS, "tab": tab, **more}


@member_required
def plans_list(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    plans = listed.plan_rows(member)
    spec = listspecs.plans_spec(
        departments_of(member),
        lambda: listed.years_of(plans),
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
    return list_page(
        request,
        listspecs.projects_spec(listed.unit_choices(plan)),
        listed.project_rows(plan),
        "pages/list.html",
        f"{plan.department.name}{plan.year}年项目清单",
        {"plan": plan},
    )


def _report_list(
    rows_of: Callable[[Membership], QuerySet[Any]],
    spec_of: Callable[[QuerySet[Department], Callable[[], Any], bool], ListSpec],
    title: str,
    tab: str,
    batch_kind: str,
) -> Callable[[HttpRequest], HttpResponse]:
    """The list page of 监控 rounds or of 自评, which the finance bureau accepts or
    returns in batches (``batch_kind``)."""

    @member_required
    def page(request: HttpRequest) -> HttpResponse:
        member = current_member(request)
        reports = rows_of(member)
        bureau = member.role_enum in BUREAU
        spec = spec_of(
            departments_of(member), lambda: listed.years_of(reports, "plan__year"), bureau
        )
        actions = [("accept", "审核通过"), ("return", "退回修改")] if bureau else []
        context = _context(tab, batch_kind=batch_kind, batch_actions=actions)
        return list_page(request, spec, reports, "pages/list.html", title, context)

    return page


rounds_list = _report_list(
    listed.round_rows, listspecs.rounds_spec, "监控轮次清单", "list_rounds", "monitoring"
)
evaluations_list = _report_list(
    listed.evaluation_rows,
    listspecs.evaluations_spec,
    "绩效自评清单",
    "list_evaluations",
    "evaluation",
)


@member_required
def off_track_list(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    entries = listed.off_track_rows(member)
    spec = listspecs.off_track_spec(
        departments_of(member), lambda: listed.years_of(entries, "round__plan__year")
    )
    return list_page(
        request, spec, entries, "pages/list.html", "偏离目标的项目", _context("list_off_track")
    )


@member_required
def budget_list(request: HttpRequest) -> HttpResponse:
    member = current_member(request)
    rows = listed.budget_rows(member)
    spec = listspecs.budget_spec(departments_of(member), lambda: [r["year"] for r in rows])
    return list_page(
        request, spec, rows, "pages/list.html", "预算安排建议清单", _context("list_budget")
    )
