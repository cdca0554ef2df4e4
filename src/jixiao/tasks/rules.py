"""The rules of a task: its stages, each department's progress read from its records,
days left, overdue, due soon, and who is reminded."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

from jixiao.workflow import ReportStatus, Status

DUE_SOON_DAYS = 3
"""A reminder that the deadline is near goes out this many days before it (and on the day)."""


class Stage(StrEnum):
    """任务环节: what the departments have to hand in."""

    DECLARE = "declare"
    MONITOR = "monitor"
    EVALUATE = "evaluate"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]

    @property
    def needs_monitor_date(self) -> bool:
        """A 监控 task names the date the figures run to (数据截至日期)."""
        return self is Stage.MONITOR


_STAGE_LABELS = {
    Stage.DECLARE: "绩效目标申报",
    Stage.MONITOR: "绩效运行监控",
    Stage.EVALUATE: "单位自评",
}


class Progress(StrEnum):
    """A department's progress on a task, in the order of the board."""

    NOT_STARTED = "not_started"
    FILLING = "filling"
    RETURNED = "returned"
    SUBMITTED = "submitted"
    DONE = "done"

    @property
    def label(self) -> str:
        return _PROGRESS_LABELS[self]


_PROGRESS_LABELS = {
    Progress.NOT_STARTED: "未开始",
    Progress.FILLING: "填报中",
    Progress.RETURNED: "已退回",
    Progress.SUBMITTED: "已提交",
    Progress.DONE: "已审核/已批复",
}

_FROM_PLAN = {
    Status.DRAFT: Progress.FILLING,
    Status.RETURNED: Progress.RETURNED,
    Status.DEPARTMENT_REVIEW: Progress.SUBMITTED,
    Status.BUREAU_REVIEW: Progress.SUBMITTED,
    Status.APPROVED: Progress.DONE,
}
_FROM_REPORT = {
    ReportStatus.FILLING: Progress.FILLING,
    ReportStatus.RETURNED: Progress.RETURNED,
    ReportStatus.SUBMITTED: Progress.SUBMITTED,
    ReportStatus.ACCEPTED: Progress.DONE,
}


def progress_of(stage: Stage, status: Status | ReportStatus | None) -> Progress:
    """What the department's record says: the plan's status for 申报, the report's status
    (the 监控 round at the task's date, the 自评) for the others; no record is 未开始.

    A plan that is already past the unit (in review or approved) counts for a 监控 or 自评
    task only through the report: the stage decides which record is read."""
    if status is None:
        return Progress.NOT_STARTED
    if stage is Stage.DECLARE:
        if not isinstance(status, Status):
            raise TypeError(f"申报任务读取绩效文本的状态，而不是 {status!r}")
        return _FROM_PLAN[status]
    if not isinstance(status, ReportStatus):
        raise TypeError(f"{stage.label}任务读取报送状态，而不是 {status!r}")
    return _FROM_REPORT[status]


def is_done(progress: Progress) -> bool:
    """Handed in: submitted (waiting for review) or accepted. The unit has nothing to do."""
    return progress in (Progress.SUBMITTED, Progress.DONE)


def days_left(deadline: dt.date, today: dt.date) -> int:
    """Days until the deadline: 0 on the day itself, negative once it has passed."""
    return (deadline - today).days


def is_overdue(progress: Progress, deadline: dt.date, today: dt.date) -> bool:
    """Past the deadline and not handed in (逾期)."""
    return not is_done(progress) and days_left(deadline, today) < 0


def due_soon(progress: Progress, deadline: dt.date, today: dt.date) -> bool:
    """Not handed in and the deadline is within :data:`DUE_SOON_DAYS` days (not yet past)."""
    return not is_done(progress) and 0 <= days_left(deadline, today) <= DUE_SOON_DAYS


def date_asked(
    asked: Iterable[tuple[dt.date, dt.date]], opened: Iterable[dt.date]
) -> dt.date | None:
    """The 监控数据截至日期 a department is asked for and has not opened a round of:
    of the (monitor date, deadline) its 监控 tasks set, the one due first — a round of
    another date does not count for the task (its progress reads the round of that date)."""
    done = set(opened)
    waiting = sorted((deadline, date) for date, deadline in asked if date not in done)
    return waiting[0][1] if waiting else None


Key = TypeVar("Key")


def to_remind(progress: Mapping[Key, Progress]) -> list[Key]:
    """催报 goes to every department that has not handed in, in the mapping's order."""
    return [key for key, state in progress.items() if not is_done(state)]


def board_counts(progress: Iterable[Progress]) -> dict[Progress, int]:
    """How many departments are at each step, every step listed (zeros too)."""
    counts = Counter(progress)
    return {state: counts.get(state, 0) for state in Progress}


FIRST_YEAR, LAST_YEAR = 2000, 2100
"""The budget years a task may be opened for."""


def task_refusal(
    year: int, stage: Stage, deadline: dt.date, monitor_date: dt.date | None = None
) -> str | None:
    """Why a task cannot be opened (or its deadline set) as asked, in Chinese; None if it can.

    The 申报 of a budget year is due in the year before it at the earliest, so a deadline
    before that year is a slip of the keyboard (0001-01-01, 2000 for 2025); a 监控 names a
    date of its own year and cannot be due before the figures it asks for exist."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return f"预算年度 {year} 不在 {FIRST_YEAR}–{LAST_YEAR} 之间"
    if deadline.year < year - 1:
        return f"截止日期{deadline.isoformat()}早于{year - 1}年，不像是{year}年度任务的截止日期"
    if stage.needs_monitor_date:
        if monitor_date is None:
            return "运行监控任务需要填写监控数据截至日期"
        if monitor_date.year != year:
            return f"监控数据截至日期{monitor_date.isoformat()}不在预算年度{year}年内"
        if deadline < monitor_date:
            return f"截止日期{deadline.isoformat()}早于监控数据截至日期{monitor_date.isoformat()}"
    return None
