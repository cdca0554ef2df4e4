"""Find the record a request names, or answer 404 when the person may not see it.

Invisible and non-existent look the same (404): a person from another department
cannot even learn that a plan exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import Http404, HttpRequest

from jixiao.web.orgs.access import can_view, membership_of
from jixiao.web.plans.lookup import find_plan, find_project

if TYPE_CHECKING:
    from jixiao.web.orgs.models import Membership
    from jixiao.web.plans.models import PlanRecord, ProjectRecord


def member(request: HttpRequest) -> Membership | None:
    return membership_of(request.user)


def plan_for(request: HttpRequest, plan_id: int) -> PlanRecord:
    plan = find_plan(plan_id)
    if plan is None or not can_view(member(request), plan):
        raise Http404("没有找到该绩效文本")
    return plan


def project_for(request: HttpRequest, project_id: int) -> ProjectRecord:
    project = find_project(project_id)
    if project is None or not can_view(member(request), project.plan):
        raise Http404("没有找到该项目")
    return project
