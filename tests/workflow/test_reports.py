"""The reporting flow of 监控 and 自评, without a database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.workflow import (
    ReportAction,
    ReportStatus,
    Role,
    WorkflowError,
    report_actions,
    report_editable_by,
    report_transition,
)


def test_a_unit_reports_and_the_bureau_accepts() -> None:
    status = report_transition(ReportStatus.FILLING, ReportAction.SUBMIT, Role.UNIT_EDITOR)
    assert status is ReportStatus.SUBMITTED
    assert not report_editable_by(status, Role.UNIT_EDITOR)
    status = report_transition(status, ReportAction.ACCEPT, Role.BUREAU_REVIEWER)
    assert status is ReportStatus.ACCEPTED


def test_a_return_needs_a_comment_and_gives_the_report_back_to_the_unit() -> None:
    with pytest.raises(WorkflowError, match="修改意见"):
        report_transition(ReportStatus.SUBMITTED, ReportAction.RETURN, Role.BUREAU_REVIEWER)
    back = report_transition(
        ReportStatus.SUBMITTED, ReportAction.RETURN, Role.BUREAU_REVIEWER, "执行数与账务不符"
    )
    assert back is ReportStatus.RETURNED and report_editable_by(back, Role.UNIT_EDITOR)


def test_the_department_reviewer_reads_but_does_not_decide() -> None:
    with pytest.raises(WorkflowError, match="主管部门审核人（初审）不能"):
        report_transition(ReportStatus.SUBMITTED, ReportAction.ACCEPT, Role.DEPARTMENT_REVIEWER)
    assert report_actions(ReportStatus.SUBMITTED, Role.DEPARTMENT_REVIEWER) == []
    assert report_actions(ReportStatus.SUBMITTED, Role.BUREAU_REVIEWER) == [
        ReportAction.RETURN,
        ReportAction.ACCEPT,
    ]


def test_an_accepted_report_is_reopened_only_by_the_bureau() -> None:
    with pytest.raises(WorkflowError, match="不能"):
        report_transition(ReportStatus.ACCEPTED, ReportAction.SUBMIT, Role.UNIT_EDITOR)
    status = report_transition(ReportStatus.ACCEPTED, ReportAction.REOPEN, Role.BUREAU_REVIEWER)
    assert report_editable_by(status, Role.UNIT_EDITOR)


@given(
    st.sampled_from(list(ReportStatus)),
    st.sampled_from(list(ReportAction)),
    st.sampled_from(list(Role)),
)
def test_offered_actions_are_exactly_the_allowed_ones(
    status: ReportStatus, action: ReportAction, role: Role
) -> None:
    offered = action in report_actions(status, role)
    try:
        report_transition(status, action, role, "意见")
    except WorkflowError:
        assert not offered
    else:
        assert offered
    # nobody but the unit (or an administrator) writes the figures
    if report_editable_by(status, role):
        assert role in (Role.UNIT_EDITOR, Role.ADMIN)
