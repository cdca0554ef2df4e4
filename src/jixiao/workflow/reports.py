"""The life of a year's report — a 监控 round or a 自评: 填报中 → 已报送 → 已审核, with 退回.

Monitoring and self-evaluation are reported by the unit once the budget is approved:
the unit fills in (填报) and reports (报送); the finance bureau checks the report and
accepts it (审核通过) or returns it (退回) with what to correct. The supervising
department (主管部门) reads and comments but does not decide. A returned report is
corrected and reported again; an accepted one can be reopened by the bureau.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jixiao.workflow.states import Role, follow


class ReportStatus(StrEnum):
    """报送状态."""

    FILLING = "filling"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    ACCEPTED = "accepted"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ReportStatus.FILLING: "填报中",
    ReportStatus.SUBMITTED: "已报送，待财政局审核",
    ReportStatus.RETURNED: "已退回修改",
    ReportStatus.ACCEPTED: "已审核",
}


class ReportAction(StrEnum):
    """报送操作."""

    SUBMIT = "submit"
    RETURN = "return"
    ACCEPT = "accept"
    REOPEN = "reopen"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]

    @property
    def needs_comment(self) -> bool:
        """A return must say what to correct."""
        return self is ReportAction.RETURN


_ACTION_LABELS = {
    ReportAction.SUBMIT: "报送财政局",
    ReportAction.RETURN: "退回修改",
    ReportAction.ACCEPT: "审核通过",
    ReportAction.REOPEN: "重新打开填报",
}


@dataclass(frozen=True, slots=True)
class ReportStep:
    action: ReportAction
    source: frozenset[ReportStatus]
    target: ReportStatus
    roles: frozenset[Role]


def _step(
    action: ReportAction, source: set[ReportStatus], target: ReportStatus, roles: set[Role]
) -> ReportStep:
    return ReportStep(action, frozenset(source), target, frozenset(roles | {Role.ADMIN}))


REPORT_STEPS: tuple[ReportStep, ...] = (
    _step(
        ReportAction.SUBMIT,
        {ReportStatus.FILLING, ReportStatus.RETURNED},
        ReportStatus.SUBMITTED,
        {Role.UNIT_EDITOR},
    ),
    _step(
        ReportAction.RETURN,
        {ReportStatus.SUBMITTED},
        ReportStatus.RETURNED,
        {Role.BUREAU_REVIEWER},
    ),
    _step(
        ReportAction.ACCEPT,
        {ReportStatus.SUBMITTED},
        ReportStatus.ACCEPTED,
        {Role.BUREAU_REVIEWER},
    ),
    _step(
        ReportAction.REOPEN,
        {ReportStatus.ACCEPTED},
        ReportStatus.RETURNED,
        {Role.BUREAU_REVIEWER},
    ),
)
"""Every allowed move. Administrators may do everything."""


def report_actions(status: ReportStatus, role: Role) -> list[ReportAction]:
    """The actions ``role`` may take on a report in ``status``, in display order."""
    return [s.action for s in REPORT_STEPS if status in s.source and role in s.roles]


def report_transition(
    status: ReportStatus, action: ReportAction, role: Role, comment: str = ""
) -> ReportStatus:
    """The state after ``action``; raises :class:`WorkflowError` with a Chinese reason."""
    target: ReportStatus = follow(REPORT_STEPS, status, action, role, comment, "报告")
    return target


def report_editable_by(status: ReportStatus, role: Role) -> bool:
    """填报 is possible while the report is with the unit: 填报中 or 已退回."""
    if role not in (Role.UNIT_EDITOR, Role.ADMIN):
        return False
    return status in (ReportStatus.FILLING, ReportStatus.RETURNED)
