"""A 审核流程 step (submit, forward, return, approve) changes the plan's status, not its
content: its stored findings stay current (no review is queued, none is run) and the
pages' cached fragments stay valid, while every page that shows the status shows the new
one at once."""

from __future__ import annotations

import json
import re
from typing import Any

from django.test import Client

from jixiao.web.findings.models import PlanReview
from jixiao.web.findings.storing import wanted_key
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.workflow import Action, Role, Status
from tests.web.conftest import World


def _stored_key(plan: PlanRecord) -> tuple[str, Any]:
    review = PlanReview.objects.get(plan=plan)
    return f"{review.revision}|{review.fingerprint}", review.computed_at


def test_a_status_change_reviews_nothing_and_the_stored_findings_stay_current(
    world: World,
) -> None:
    plan = world.own_plan
    key, computed = _stored_key(plan)
    assert key == wanted_key(plan.pk)
    admin = world.users["admin"]
    for action in (Action.SUBMIT, Action.FORWARD, Action.RETURN, Action.SUBMIT):
        act(admin, Role.ADMIN, plan, action, "请补充指标值" if action is Action.RETURN else "")
        # jobs run as they are enqueued here: a queued review would have stored anew
        assert _stored_key(plan) == (key, computed), action
        assert wanted_key(plan.pk) == key, action
    assert PlanRecord.objects.get(pk=plan.pk).status == Status.DEPARTMENT_REVIEW.value


STATUS_PAGES = ("/plans/{pk}/", "/lists/plans/", "/")  # those that name the status


def _shown(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _editable(client: Client, project: ProjectRecord) -> bool:
    """Whether the project page offers its goal table for editing (only while a draft)."""
    page = _shown(client, f"/projects/{project.pk}/")
    state = re.search(
        r'<script id="editor-state" type="application/json">(.*?)</script>', page, re.S
    )
    assert state is not None
    return bool(json.loads(state.group(1))["project"]["editable"])


def test_after_a_status_change_every_page_shows_the_new_status(world: World) -> None:
    plan, admin = world.own_plan, world.users["admin"]
    project = plan.projects.order_by("position").first()
    assert project is not None
    admin_client, editor = world.client("admin"), world.client("editor")
    pages = [path.format(pk=plan.pk) for path in STATUS_PAGES]
    # every page rendered once: their cached fragments are kept across the steps
    assert all(Status.DRAFT.label in _shown(admin_client, path) for path in pages)
    assert _editable(editor, project)
    for action, status in (
        (Action.SUBMIT, Status.DEPARTMENT_REVIEW),
        (Action.FORWARD, Status.BUREAU_REVIEW),
        (Action.APPROVE, Status.APPROVED),
    ):
        act(admin, Role.ADMIN, plan, action)
        for path in pages:
            assert status.label in _shown(admin_client, path), (action, path)
        assert admin_client.get(f"/api/plans/{plan.pk}").json()["status"] == status.value
        assert not _editable(editor, project), action
