"""The workflow's rules, without a database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.workflow import Action, Role, Status, WorkflowError, allowed_actions, transition
from jixiao.workflow.states import editable_by


def test_the_main_road_from_draft_to_published() -> None:
    status = Status.DRAFT
    status = transition(status, Action.SUBMIT, Role.UNIT_EDITOR)
    status = transition(status, Action.FORWARD, Role.DEPARTMENT_REVIEWER)
    status = transition(status, Action.APPROVE, Role.BUREAU_REVIEWER)
    assert status is Status.APPROVED and status.published


def test_a_return_needs_a_comment_and_sends_the_plan_back_to_the_unit() -> None:
    with pytest.raises(WorkflowError, match="修改意见"):
        transition(Status.BUREAU_REVIEW, Action.RETURN, Role.BUREAU_REVIEWER, "  ")
    back = transition(Status.BUREAU_REVIEW, Action.RETURN, Role.BUREAU_REVIEWER, "请改第3行")
    assert back is Status.RETURNED and editable_by(back, Role.UNIT_EDITOR)
    assert transition(back, Action.SUBMIT, Role.UNIT_EDITOR) is Status.DEPARTMENT_REVIEW


def test_roles_cannot_skip_their_step() -> None:
    with pytest.raises(WorkflowError, match="财政局审核人不能"):
        transition(Status.DEPARTMENT_REVIEW, Action.FORWARD, Role.BUREAU_REVIEWER)
    with pytest.raises(WorkflowError, match="不能"):
        transition(Status.DRAFT, Action.APPROVE, Role.BUREAU_REVIEWER)
    assert allowed_actions(Status.BUREAU_REVIEW, Role.UNIT_EDITOR) == []
    assert allowed_actions(Status.BUREAU_REVIEW, Role.BUREAU_REVIEWER) == [
        Action.RETURN,
        Action.APPROVE,
    ]


def test_nobody_edits_a_plan_that_is_under_review_or_approved() -> None:
    for status in (Status.DEPARTMENT_REVIEW, Status.BUREAU_REVIEW, Status.APPROVED):
        assert not any(editable_by(status, role) for role in Role)


@given(st.sampled_from(Status), st.sampled_from(Action), st.sampled_from(Role))
def test_allowed_actions_are_exactly_the_transitions_that_succeed(
    status: Status, action: Action, role: Role
) -> None:
    try:
        transition(status, action, role, "意见")
    except WorkflowError:
        assert action not in allowed_actions(status, role)
    else:
        assert action in allowed_actions(status, role)
