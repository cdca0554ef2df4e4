"""整改事项: one finding to rectify, where it came from, who answers, by when, what happened."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from jixiao.checks import Finding, Severity
from jixiao.workflow.rectification import (
    RectificationAction,
    RectificationStatus,
    rectification_transition,
)
from jixiao.workflow.states import Role


class Origin(StrEnum):
    """整改来源."""

    REVIEW = "review"
    MONITORING = "monitoring"
    EVALUATION = "evaluation"
    KEY_EVALUATION = "key_evaluation"

    @property
    def label(self) -> str:
        return {
            "review": "目标审核",
            "monitoring": "运行监控预警",
            "evaluation": "单位自评",
            "key_evaluation": "重点评价",
        }[self.value]


class RectificationEvent(BaseModel):
    """One step in an item's history: who did what, when, saying what."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: RectificationAction
    actor: str
    role: Role
    comment: str = ""
    at: datetime
    status: RectificationStatus = Field(description="状态（操作后）")


class RectificationItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    origin: Origin
    check: str = Field(description="规则或检查编号, e.g. 'N102', 'P104', 'E103'; 重点评价: ''")
    title: str
    message: str
    suggestion: str = ""
    severity: Severity = Severity.WARNING
    department: str
    unit: str | None = Field(default=None, description="责任单位（空则为部门）")
    project: str | None = None
    indicator: str | None = None
    year: int
    deadline: date
    status: RectificationStatus = RectificationStatus.PENDING
    events: tuple[RectificationEvent, ...] = ()

    @property
    def answer(self) -> str:
        """The unit's last report of what it did."""
        reports = [e for e in self.events if e.action is RectificationAction.REPORT]
        return reports[-1].comment if reports else ""


def act(
    item: RectificationItem,
    action: RectificationAction,
    actor: str,
    role: Role,
    at: datetime,
    comment: str = "",
) -> RectificationItem:
    """The item after ``action``, with the step in its history; WorkflowError otherwise."""
    status = rectification_transition(item.status, action, role, comment)
    event = RectificationEvent(
        action=action, actor=actor, role=role, comment=comment.strip(), at=at, status=status
    )
    return item.model_copy(update={"status": status, "events": (*item.events, event)})


def is_overdue(item: RectificationItem, today: date) -> bool:
    """Past its deadline and not yet answered (a reported item waits for the bureau)."""
    waiting_for_unit = item.status in (RectificationStatus.PENDING, RectificationStatus.IN_PROGRESS)
    return waiting_for_unit and item.deadline < today


def _item(origin: Origin, finding: Finding, where: _Where) -> RectificationItem:
    return RectificationItem(
        origin=origin,
        check=finding.rule,
        title=finding.title,
        message=finding.message,
        suggestion=finding.suggestion,
        severity=finding.severity,
        department=where.department,
        project=finding.project,
        indicator=finding.indicator,
        year=where.year,
        deadline=where.deadline,
    )


class _Where(BaseModel):
    department: str
    year: int
    deadline: date


def from_review(
    findings: Iterable[Finding],
    department: str,
    year: int,
    deadline: date,
    at_least: Severity = Severity.WARNING,
) -> list[RectificationItem]:
    """Items for the review findings at ``at_least`` or worse."""
    return from_checks(Origin.REVIEW, findings, department, year, deadline, at_least)


def from_checks(
    origin: Origin,
    findings: Iterable[Finding],
    department: str,
    year: int,
    deadline: date,
    at_least: Severity = Severity.WARNING,
) -> list[RectificationItem]:
    """Items for the findings of ``origin`` (review N1xx…, monitoring P1xx, self-evaluation
    E1xx) at ``at_least`` or worse."""
    where = _Where(department=department, year=year, deadline=deadline)
    return [_item(origin, f, where) for f in findings if f.severity.rank >= at_least.rank]


def errors_first(items: Iterable[RectificationItem]) -> list[RectificationItem]:
    """Errors before warnings, each in the order found: a reviewer choosing among 47
    findings to 下达整改 reads the 错误 first (they were scattered among the 警告)."""
    return sorted(items, key=lambda item: -item.severity.rank)


def summary_line(item: RectificationItem) -> str:
    """One line for a report's 整改措施: the problem, the status, what the unit did."""
    where = "、".join(part for part in (item.project, item.indicator) if part)
    answer = f"：{item.answer}" if item.answer else ""
    return f"{where + '：' if where else ''}{item.message}（{item.status.label}{answer}）"
