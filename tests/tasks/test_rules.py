"""The rules of a task (jixiao.tasks): progress read from the records, deadlines, 催报."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.tasks import (
    DUE_SOON_DAYS,
    Progress,
    Stage,
    board_counts,
    days_left,
    due_soon,
    is_done,
    is_overdue,
    progress_of,
    to_remind,
)
from jixiao.workflow import (
    Action,
    ReportAction,
    ReportStatus,
    Role,
    Status,
    report_transition,
    transition,
)

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
progresses = st.sampled_from(list(Progress))
report_stages = st.sampled_from([Stage.MONITOR, Stage.EVALUATE])


def test_a_plan_status_reads_as_the_board_says() -> None:
    assert progress_of(Stage.DECLARE, None) is Progress.NOT_STARTED
    assert progress_of(Stage.DECLARE, Status.DRAFT) is Progress.FILLING
    assert progress_of(Stage.DECLARE, Status.RETURNED) is Progress.RETURNED
    assert progress_of(Stage.DECLARE, Status.DEPARTMENT_REVIEW) is Progress.SUBMITTED
    assert progress_of(Stage.DECLARE, Status.BUREAU_REVIEW) is Progress.SUBMITTED
    assert progress_of(Stage.DECLARE, Status.APPROVED) is Progress.DONE
    assert Progress.DONE.label == "已审核/已批复" and Progress.NOT_STARTED.label == "未开始"


def test_a_stage_reads_only_its_own_kind_of_record() -> None:
    with pytest.raises(TypeError):
        progress_of(Stage.DECLARE, ReportStatus.FILLING)
    with pytest.raises(TypeError):
        progress_of(Stage.MONITOR, Status.APPROVED)


@given(report_stages, st.sampled_from(list(ReportStatus)))
def test_every_report_status_has_a_progress(stage: Stage, status: ReportStatus) -> None:
    progress = progress_of(stage, status)
    assert is_done(progress) == (status in (ReportStatus.SUBMITTED, ReportStatus.ACCEPTED))


def _walk_plan(actions: list[tuple[Action, Role]]) -> Status:
    status = Status.DRAFT
    for action, role in actions:
        try:
            status = transition(status, action, role, "意见")
        except ValueError:
            continue
    return status


@given(st.lists(st.tuples(st.sampled_from(list(Action)), st.sampled_from(list(Role))), max_size=12))
def test_the_unit_is_done_exactly_when_the_plan_has_left_it(
    actions: list[tuple[Action, Role]],
) -> None:
    """Whatever path the workflow took, the board's 'done' is 'not editable by the unit'."""
    status = _walk_plan(actions)
    progress = progress_of(Stage.DECLARE, status)
    assert is_done(progress) == (status not in (Status.DRAFT, Status.RETURNED))


@given(
    st.lists(
        st.tuples(st.sampled_from(list(ReportAction)), st.sampled_from(list(Role))), max_size=12
    )
)
def test_a_report_is_done_exactly_when_it_has_left_the_unit(
    actions: list[tuple[ReportAction, Role]],
) -> None:
    status = ReportStatus.FILLING
    for action, role in actions:
        try:
            status = report_transition(status, action, role, "意见")
        except ValueError:
            continue
    progress = progress_of(Stage.EVALUATE, status)
    assert is_done(progress) == (status not in (ReportStatus.FILLING, ReportStatus.RETURNED))


@given(dates, dates)
def test_days_left_counts_calendar_days(deadline: dt.date, today: dt.date) -> None:
    left = days_left(deadline, today)
    assert today + dt.timedelta(days=left) == deadline


@given(progresses, dates, dates)
def test_overdue_is_past_the_deadline_and_not_handed_in(
    progress: Progress, deadline: dt.date, today: dt.date
) -> None:
    overdue = is_overdue(progress, deadline, today)
    assert overdue == (today > deadline and not is_done(progress))
    # overdue and due soon never both hold
    assert not (overdue and due_soon(progress, deadline, today))


@given(progresses, dates, st.integers(min_value=-10, max_value=10))
def test_due_soon_is_the_last_days_before_the_deadline(
    progress: Progress, deadline: dt.date, before: int
) -> None:
    today = deadline - dt.timedelta(days=before)
    expected = 0 <= before <= DUE_SOON_DAYS and not is_done(progress)
    assert due_soon(progress, deadline, today) == expected


@given(st.dictionaries(st.integers(), progresses, max_size=30))
def test_reminders_go_to_everyone_not_done_and_counts_add_up(
    board: dict[int, Progress],
) -> None:
    reminded = to_remind(board)
    assert set(reminded) == {key for key, state in board.items() if not is_done(state)}
    assert reminded == [key for key in board if key in set(reminded)]  # the board's order
    counts = board_counts(board.values())
    assert sum(counts.values()) == len(board)
    assert list(counts) == list(Progress)
    handed_in = counts[Progress.SUBMITTED] + counts[Progress.DONE]
    assert len(reminded) == len(board) - handed_in


def test_a_task_refusal_names_what_cannot_be_meant() -> None:
    from jixiao.tasks import task_refusal

    due = dt.date(2025, 3, 31)
    assert task_refusal(2025, Stage.DECLARE, due) is None
    assert task_refusal(2025, Stage.DECLARE, dt.date(2024, 10, 31)) is None  # 申报 the year before
    assert task_refusal(2024, Stage.EVALUATE, dt.date(2026, 3, 1)) is None  # late, but real
    assert "早于2024年" in str(task_refusal(2025, Stage.DECLARE, dt.date(1, 1, 1)))
    assert "不在 2000–2100" in str(task_refusal(1999, Stage.DECLARE, due))
    july = dt.date(2025, 7, 31)
    assert task_refusal(2025, Stage.MONITOR, dt.date(2025, 8, 10), july) is None
    assert "需要填写监控数据截至日期" in str(task_refusal(2025, Stage.MONITOR, due))
    assert "不在预算年度2025年内" in str(
        task_refusal(2025, Stage.MONITOR, dt.date(2025, 8, 10), dt.date(2019, 6, 30))
    )
    assert "早于监控数据截至日期" in str(task_refusal(2025, Stage.MONITOR, due, july))


def test_the_date_asked_is_the_first_due_of_the_rounds_not_opened() -> None:
    from jixiao.tasks import date_asked

    july, october = dt.date(2025, 7, 31), dt.date(2025, 10, 31)
    asked = [(october, dt.date(2025, 11, 10)), (july, dt.date(2025, 8, 10))]
    assert date_asked(asked, []) == july
    assert date_asked(asked, [july]) == october
    assert date_asked(asked, [july, october]) is None
    assert date_asked([], [dt.date(2025, 6, 30)]) is None
