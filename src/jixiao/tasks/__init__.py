"""任务下发与催报 (tasks with deadlines): framework-free rules.

The finance bureau opens a task for a year and a stage (申报 / 监控 / 自评) for chosen
departments with a deadline. A department's progress on a task is never stored: it is
read from the department's own records (the plan's status, the report's status) by
:func:`progress_of`. Who is overdue, how many days are left and whom a reminder (催报)
goes to follow from that progress and the deadline.
"""

from jixiao.tasks.rules import (
    DUE_SOON_DAYS,
    Progress,
    Stage,
    board_counts,
    date_asked,
    days_left,
    due_soon,
    is_done,
    is_overdue,
    progress_of,
    task_refusal,
    to_remind,
)

__all__ = [
    "DUE_SOON_DAYS",
    "Progress",
    "Stage",
    "board_counts",
    "date_asked",
    "days_left",
    "due_soon",
    "is_done",
    "is_overdue",
    "progress_of",
    "task_refusal",
    "to_remind",
]
