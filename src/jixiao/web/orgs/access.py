"""权限 (authorisation): who may see and change which plans.

One place decides; pages and the API both ask here. The rule of the house: nobody reads
or changes another department's unpublished plans. Finance-bureau reviewers and
administrators see the departments of their region. The yearly reports (监控, 自评) follow
the same lines: the department's editors fill them in once the plan is approved (a
unit-restricted editor only the projects of that unit), the bureau decides.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from jixiao.web.orgs.models import Department, Membership
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.reporting.models import ReportRecord
from jixiao.workflow import (
    ReportAction,
    ReportStatus,
    Role,
    Status,
    editable_by,
    report_actions,
    report_editable_by,
)


class Forbidden(Exception):
    """The person may not do this here (403 / 404 to hide existence)."""


def membership_of(user: Any) -> Membership | None:
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        member: Membership = user.membership
    except Membership.DoesNotExist:
        return None
    return member


def departments_of(member: Membership | None) -> QuerySet[Department]:
    """The departments whose unpublished plans the person may read."""
    if member is None:
        return Department.objects.none()
    if member.role_enum in (Role.BUREAU_REVIEWER, Role.ADMIN):
        return Department.objects.filter(region_id=member.region_id)
    if member.department_id is None:
        return Department.objects.none()
    return Department.objects.filter(pk=member.department_id)


def visible_department(member: Membership | None, department_id: int) -> Department | None:
    """The department of that id if the person may see it, else None."""
    return departments_of(member).filter(pk=department_id).first()


def visible_plans(member: Membership | None) -> QuerySet[PlanRecord]:
    return PlanRecord.objects.filter(department__in=departments_of(member)).select_related(
        "department"
    )


def published_plans() -> QuerySet[PlanRecord]:
    return PlanRecord.objects.filter(status=Status.APPROVED.value).select_related("department")


def sees_department(member: Membership | None, department: Department) -> bool:
    """Whether ``department`` is one of :func:`departments_of` ``member``, told from the ids
    already loaded: pages ask this several times, a query each time added up."""
    if member is None:
        return False
    if member.role_enum in (Role.BUREAU_REVIEWER, Role.ADMIN):
        return member.region_id is not None and department.region_id == member.region_id
    return member.department_id is not None and department.pk == member.department_id


def can_view(member: Membership | None, plan: PlanRecord) -> bool:
    return sees_department(member, plan.department)


def can_edit_plan(member: Membership | None, plan: PlanRecord) -> bool:
    """Department goals (部门整体目标): the department's editors without a unit restriction."""
    return (
        can_view(member, plan)
        and member is not None
        and editable_by(plan.status_enum, member.role_enum)
        and member.unit_id is None
    )


def can_edit_project(member: Membership | None, project: ProjectRecord) -> bool:
    """A unit-restricted editor changes only the projects of that unit."""
    plan = project.plan
    if member is None or not can_view(member, plan):
        return False
    if not editable_by(plan.status_enum, member.role_enum):
        return False
    return member.unit is None or member.unit.code == project.unit_code


def can_import(member: Membership | None, plan_department: Department) -> bool:
    return (
        member is not None
        and member.role_enum in (Role.UNIT_EDITOR, Role.ADMIN)
        and sees_department(member, plan_department)
        and member.unit_id is None
    )


def can_comment(member: Membership | None, plan: PlanRecord) -> bool:
    return (
        member is not None and member.role_enum is not Role.UNIT_EDITOR and can_view(member, plan)
    )


def can_see_audit(member: Membership | None) -> bool:
    return member is not None and member.role_enum not in (Role.UNIT_EDITOR, Role.EXPERT)


def audit_departments(member: Membership | None) -> QuerySet[Department]:
    if not can_see_audit(member):
        return Department.objects.none()
    return departments_of(member)


def can_open_report(member: Membership | None, plan: PlanRecord) -> bool:
    """A 监控 round or the 自评 starts on an approved plan, by the department's editors."""
    return (
        member is not None
        and can_view(member, plan)
        and plan.status_enum is Status.APPROVED
        and member.role_enum in (Role.UNIT_EDITOR, Role.ADMIN)
        and member.unit_id is None
    )


def _plan_of(report: ReportRecord) -> PlanRecord:
    plan: PlanRecord = report.plan  # type: ignore[attr-defined]
    return plan


def can_fill(member: Membership | None, report: ReportRecord, project: ProjectRecord) -> bool:
    """填报 one project's entry while the report is with the unit."""
    return can_fill_unit(member, report, project.unit_code)


def can_fill_unit(member: Membership | None, report: ReportRecord, unit_code: str) -> bool:
    """:func:`can_fill` for a project known by its unit's code (a page's stored rows)."""
    return (
        member is not None
        and can_view(member, _plan_of(report))
        and report_editable_by(report.status_enum, member.role_enum)
        and (member.unit is None or member.unit.code == unit_code)
    )


def fill_scope(member: Membership | None, report: ReportRecord) -> str:
    """What :func:`can_fill` depends on besides the project, as one value: a page that
    shows who may fill each project is the same for everyone with the same scope."""
    if member is None:
        return ""
    editable = report_editable_by(report.status_enum, member.role_enum)
    return f"{editable}:{member.unit.code if member.unit else '*'}"


def can_fill_all(member: Membership | None, report: ReportRecord) -> bool:
    """An upload touches every project: editors without a unit restriction."""
    return (
        member is not None
        and can_view(member, _plan_of(report))
        and report_editable_by(report.status_enum, member.role_enum)
        and member.unit_id is None
    )


def report_actions_for(member: Membership | None, report: ReportRecord) -> list[ReportAction]:
    """报送 actions the person may take now (the unit's submit needs no unit restriction)."""
    if member is None or not can_view(member, _plan_of(report)):
        return []
    actions = report_actions(report.status_enum, member.role_enum)
    if member.unit_id is not None:
        actions = [a for a in actions if a is not ReportAction.SUBMIT]
    return actions


def takes_in_another_state(
    member: Membership | None, report: ReportRecord, action: ReportAction
) -> bool:
    """Whether the person takes ``action`` on this report in a state other than its own: a
    page out of date asked for it after someone else moved the report on."""
    if member is None or not can_view(member, _plan_of(report)):
        return False
    if member.unit_id is not None and action is ReportAction.SUBMIT:
        return False
    return any(action in report_actions(status, member.role_enum) for status in ReportStatus)


def can_carry_over(member: Membership | None, plan: PlanRecord) -> bool:
    """Starting next year's plan writes a new plan: who may import may carry over."""
    return can_import(member, plan.department)
