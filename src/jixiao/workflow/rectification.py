"""The life of a 整改 item: 待整改 → 整改中 → 已整改 → 已核实, with 退回 back to 整改中.

The finance bureau (or the supervising department) marks a finding as requiring action;
the responsible unit starts, then reports what it did (整改情况, with attachments); the
bureau verifies it (核实) or sends it back with what is still missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jixiao.workflow.states import Role, follow


class RectificationStatus(StrEnum):
    """整改状态."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    REPORTED = "reported"
    VERIFIED = "verified"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def closed(self) -> bool:
        return self is RectificationStatus.VERIFIED


_STATUS_LABELS = {
    RectificationStatus.PENDING: "待整改",
    RectificationStatus.IN_PROGRESS: "整改中",
    RectificationStatus.REPORTED: "已整改，待核实",
    RectificationStatus.VERIFIED: "已核实",
}


class RectificationAction(StrEnum):
    """整改操作."""

    START = "start"
    REPORT = "report"
    VERIFY = "verify"
    SEND_BACK = "send_back"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]

    @property
    def needs_comment(self) -> bool:
        """Reporting must say what was done; sending back must say what is missing."""
        return self in (RectificationAction.REPORT, RectificationAction.SEND_BACK)

    @property
    def comment_prompt(self) -> str:
        if self is RectificationAction.REPORT:
            return "报送时请填写整改情况：做了什么、结果如何"
        return "退回时请写明还需整改的内容"


_ACTION_LABELS = {
    RectificationAction.START: "开始整改",
    RectificationAction.REPORT: "报送整改情况",
    RectificationAction.VERIFY: "核实通过",
    RectificationAction.SEND_BACK: "退回继续整改",
}


@dataclass(frozen=True, slots=True)
class RectificationStep:
    action: RectificationAction
    source: frozenset[RectificationStatus]
    target: RectificationStatus
    roles: frozenset[Role]


def _step(
    action: RectificationAction,
    source: set[RectificationStatus],
    target: RectificationStatus,
    roles: set[Role],
) -> RectificationStep:
    return RectificationStep(action, frozenset(source), target, frozenset(roles | {Role.ADMIN}))


_S = RectificationStatus
RECTIFICATION_STEPS: tuple[RectificationStep, ...] = (
    _step(RectificationAction.START, {_S.PENDING}, _S.IN_PROGRESS, {Role.UNIT_EDITOR}),
    _step(
        RectificationAction.REPORT,
        {_S.PENDING, _S.IN_PROGRESS},
        _S.REPORTED,
        {Role.UNIT_EDITOR},
    ),
    _step(
        RectificationAction.VERIFY,
        {_S.REPORTED},
        _S.VERIFIED,
        {Role.BUREAU_REVIEWER, Role.DEPARTMENT_REVIEWER},
    ),
    _step(
        RectificationAction.SEND_BACK,
        {_S.REPORTED},
        _S.IN_PROGRESS,
        {Role.BUREAU_REVIEWER, Role.DEPARTMENT_REVIEWER},
    ),
)
"""Every allowed move. Administrators may do everything."""


def rectification_actions(status: RectificationStatus, role: Role) -> list[RectificationAction]:
    """The actions ``role`` may take on an item in ``status``, in display order."""
    return [s.action for s in RECTIFICATION_STEPS if status in s.source and role in s.roles]


def rectification_transition(
    status: RectificationStatus, action: RectificationAction, role: Role, comment: str = ""
) -> RectificationStatus:
    """The state after ``action``; :class:`WorkflowError` with a Chinese reason otherwise."""
    target: RectificationStatus = follow(
        RECTIFICATION_STEPS, status, action, role, comment, "整改事项"
    )
    return target
