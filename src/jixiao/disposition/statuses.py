"""处理状态 of a finding and who may set which: the unit answers 已修改 (and comments),
reviewers decide any status; 不予采纳 must say why."""

from __future__ import annotations

from enum import StrEnum

from jixiao.workflow import Role


class DispositionStatus(StrEnum):
    PENDING = "pending"
    MODIFIED = "modified"
    REJECTED = "rejected"
    VERIFIED = "verified"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    DispositionStatus.PENDING: "待处理",
    DispositionStatus.MODIFIED: "已修改",
    DispositionStatus.REJECTED: "不予采纳",
    DispositionStatus.VERIFIED: "已核实",
}

_REVIEWERS = (Role.DEPARTMENT_REVIEWER, Role.BUREAU_REVIEWER, Role.ADMIN)


class DispositionRefused(ValueError):
    """A status the person may not set, or one set without what it needs."""


def statuses_for(role: Role) -> list[DispositionStatus]:
    """The statuses ``role`` may give a finding (none: the role only reads)."""
    if role in _REVIEWERS:
        return list(DispositionStatus)
    if role == Role.UNIT_EDITOR:
        return [DispositionStatus.MODIFIED]
    return []


def check_disposition(role: Role, status: str, note: str) -> DispositionStatus:
    """The status asked for, if ``role`` may set it with ``note``; else why not, in Chinese."""
    try:
        wanted = DispositionStatus(status)
    except ValueError:
        raise DispositionRefused(f"未知的处理状态：{status!r}") from None
    if wanted not in statuses_for(role):
        raise DispositionRefused(f"您的角色不能将审核发现标记为“{wanted.label}”")
    if wanted == DispositionStatus.REJECTED and not note.strip():
        raise DispositionRefused("不予采纳须填写理由")
    return wanted
