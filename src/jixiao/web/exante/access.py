"""Who may do what with a proposal, in the manner of :mod:`jixiao.web.orgs.access`: the
department's editors propose, the finance bureau (and administrators) assign assessors and
conclude, each assessor fills only their own sheet."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from jixiao.web.exante.models import ProposalRecord, SheetRecord
from jixiao.web.exante.status import ProposalStatus
from jixiao.web.orgs.access import departments_of
from jixiao.web.orgs.models import Membership
from jixiao.workflow import Role


def visible_proposals(member: Membership | None) -> QuerySet[ProposalRecord]:
    """The department's proposals, and those the person was assigned to assess (all an
    expert sees)."""
    if member is None:
        return ProposalRecord.objects.none()
    if member.role_enum is Role.EXPERT:
        found = ProposalRecord.objects.filter(sheets__assessor_id=member.user_id)
    else:
        found = ProposalRecord.objects.filter(department__in=departments_of(member))
    return found.select_related("department", "plan")


def find_proposal(proposal_id: int) -> ProposalRecord | None:
    """Any 申报 by id (an assessor may reach one outside their departments)."""
    return ProposalRecord.objects.select_related("department").filter(pk=proposal_id).first()


def sees_only_own_sheet(member: Membership | None) -> bool:
    """Experts score independently: each sees their own sheet, not the others'."""
    return member is None or member.role_enum is Role.EXPERT


def can_propose(member: Membership | None) -> bool:
    """A unit editor proposes for the department they belong to."""
    return (
        member is not None
        and member.role_enum is Role.UNIT_EDITOR
        and member.department_id is not None
    )


def can_edit_proposal(member: Membership | None, proposal: ProposalRecord) -> bool:
    """The department's editors (and administrators) while the proposal is 编制中."""
    return (
        member is not None
        and member.role_enum in (Role.UNIT_EDITOR, Role.ADMIN)
        and departments_of(member).filter(pk=proposal.department_id).exists()
    )


def can_decide(member: Membership | None, proposal: ProposalRecord) -> bool:
    """Assigning assessors and recording the conclusion: the finance bureau."""
    return (
        member is not None
        and member.role_enum in (Role.BUREAU_REVIEWER, Role.ADMIN)
        and departments_of(member).filter(pk=proposal.department_id).exists()
    )


def sheet_of(user: Any, proposal: ProposalRecord) -> SheetRecord | None:
    """The person's own sheet on the proposal, if they were assigned."""
    if not getattr(user, "is_authenticated", False):
        return None
    return SheetRecord.objects.filter(proposal=proposal, assessor=user).first()


def may_score(user: Any, proposal: ProposalRecord) -> bool:
    return proposal.status_enum is ProposalStatus.ASSESSING and sheet_of(user, proposal) is not None


def assessor_choices(proposal: ProposalRecord) -> QuerySet[Membership]:
    """Who can be assigned: the region's experts (评估专家), or the proposing department's
    editors for the unit's own 自评."""
    from django.db.models import Q

    unit = Q(role=Role.UNIT_EDITOR.value, department=proposal.department)
    return (
        Membership.objects.filter(region=proposal.department.region)
        .filter(Q(role=Role.EXPERT.value) | unit)
        .select_related("user", "department")
        .order_by("role", "user__username")
    )
