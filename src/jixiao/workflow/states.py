"""The plan's life: 编制中 → 主管部门初审 → 财政局审核 → 已批复 (公开), with 退回 at each review.

A unit submits (提交); the supervising department (主管部门) passes it on or returns it;
the finance bureau (财政局) approves or returns it. A returned plan is edited and submitted
again. Approval publishes the plan: the public sees approved plans only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class _Labelled(StrEnum):
    """An enum whose members have a Chinese label for the pages (see ``LABELS``)."""

    @property
    def label(self) -> str:
        return LABELS[self]


class Role(_Labelled):
    """角色."""

    UNIT_EDITOR = "unit_editor"
    DEPARTMENT_REVIEWER = "department_reviewer"
    BUREAU_REVIEWER = "bureau_reviewer"
    ADMIN = "admin"
    EXPERT = "expert"  # 评估专家: sees and scores only the assessments assigned to them


_ROLE_LABELS: dict[_Labelled, str] = {
    Role.UNIT_EDITOR: "单位填报人（编制）",
    Role.DEPARTMENT_REVIEWER: "主管部门审核人（初审）",
    Role.BUREAU_REVIEWER: "财政局审核人",
    Role.ADMIN: "系统管理员",
    Role.EXPERT: "评估专家（事前评估）",
}


class Status(_Labelled):
    """计划状态."""

    DRAFT = "draft"
    DEPARTMENT_REVIEW = "department_review"
    BUREAU_REVIEW = "bureau_review"
    RETURNED = "returned"
    APPROVED = "approved"

    @property
    def published(self) -> bool:
        """Approved plans are public (预算公开)."""
        return self is Status.APPROVED


_STATUS_LABELS: dict[_Labelled, str] = {
    Status.DRAFT: "编制中",
    Status.DEPARTMENT_REVIEW: "待主管部门初审",
    Status.BUREAU_REVIEW: "待财政局审核",
    Status.RETURNED: "已退回修改",
    Status.APPROVED: "已批复公开",
}


class Action(_Labelled):
    """流程操作."""

    SUBMIT = "submit"
    FORWARD = "forward"
    RETURN = "return"
    APPROVE = "approve"
    REOPEN = "reopen"

    @property
    def needs_comment(self) -> bool:
        """A return must say what to fix (退回须写明修改意见)."""
        return self is Action.RETURN


_ACTION_LABELS: dict[_Labelled, str] = {
    Action.SUBMIT: "提交审核",
    Action.FORWARD: "初审通过，报财政局",
    Action.RETURN: "退回修改",
    Action.APPROVE: "审核通过（批复并公开）",
    Action.REOPEN: "撤回批复，重新编制",
}

LABELS: dict[_Labelled, str] = {**_ROLE_LABELS, **_STATUS_LABELS, **_ACTION_LABELS}


@dataclass(frozen=True, slots=True)
class Step:
    action: Action
    source: frozenset[Status]
    target: Status
    roles: frozenset[Role]


def _step(action: Action, source: set[Status], target: Status, roles: set[Role]) -> Step:
    return Step(action, frozenset(source), target, frozenset(roles | {Role.ADMIN}))


ACTIONS: tuple[Step, ...] = (
    _step(
        Action.SUBMIT, {Status.DRAFT, Status.RETURNED}, Status.DEPARTMENT_REVIEW, {Role.UNIT_EDITOR}
    ),
    _step(
        Action.FORWARD, {Status.DEPARTMENT_REVIEW}, Status.BUREAU_REVIEW, {Role.DEPARTMENT_REVIEWER}
    ),
    _step(Action.RETURN, {Status.DEPARTMENT_REVIEW}, Status.RETURNED, {Role.DEPARTMENT_REVIEWER}),
    _step(Action.RETURN, {Status.BUREAU_REVIEW}, Status.RETURNED, {Role.BUREAU_REVIEWER}),
    _step(Action.APPROVE, {Status.BUREAU_REVIEW}, Status.APPROVED, {Role.BUREAU_REVIEWER}),
    _step(Action.REOPEN, {Status.APPROVED}, Status.DRAFT, {Role.BUREAU_REVIEWER}),
)
"""Every allowed move. Administrators may do everything a reviewer may."""


class WorkflowError(ValueError):
    """An action that the plan's state or the person's role does not allow."""


def allowed_actions(status: Status, role: Role) -> list[Action]:
    """The actions ``role`` may take on a plan in ``status``, in display order."""
    seen: list[Action] = []
    for step in ACTIONS:
        if status in step.source and role in step.roles and step.action not in seen:
            seen.append(step.action)
    return seen


def follow(
    steps: Iterable[Any], status: Any, action: Any, role: Role, comment: str, what: str
) -> Any:
    """The target of the step that takes ``action`` from ``status``; :class:`WorkflowError`
    with a Chinese reason when the role may not, a return has no comment, or no step fits.
    Shared by the plan's flow and the reports' (``what`` names the thing: 计划, 报告)."""
    for step in steps:
        if step.action is action and status in step.source:
            if role not in step.roles:
                raise WorkflowError(f"{role.label}不能在“{status.label}”状态下{action.label}")
            if action.needs_comment and not comment.strip():
                # An action may say what its comment is for (整改情况, 修改意见…).
                raise WorkflowError(getattr(action, "comment_prompt", "退回时请填写修改意见"))
            return step.target
    raise WorkflowError(f"{what}处于“{status.label}”状态，不能{action.label}")


def transition(status: Status, action: Action, role: Role, comment: str = "") -> Status:
    """The state after ``action``; raises :class:`WorkflowError` with a Chinese reason."""
    target: Status = follow(ACTIONS, status, action, role, comment, "计划")
    return target


def editable_by(status: Status, role: Role) -> bool:
    """编制 is possible while the plan is with the unit: 编制中 or 已退回."""
    if role not in (Role.UNIT_EDITOR, Role.ADMIN):
        return False
    return status in (Status.DRAFT, Status.RETURNED)
