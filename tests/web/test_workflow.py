"""The review workflow through the API: submit → 主管部门 → 财政局 → return or approve,
with frozen versions, comments that the unit sees, and the diff between versions."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from jixiao.web.plans.models import PlanRecord, PlanVersion
from tests.web.conftest import World
from tests.web.test_editing import project_payload


def act(client: Any, plan_id: int, action: str, comment: str = "") -> Any:
    return client.post(
        f"/api/plans/{plan_id}/actions",
        {"action": action, "comment": comment},
        content_type="application/json",
    )


@pytest.mark.django_db
def test_the_whole_round_with_a_return_and_a_fix(world: World) -> None:
    editor, reviewer, bureau = (world.client(w) for w in ("editor", "reviewer", "bureau"))
    plan = world.own_plan.pk

    assert act(editor, plan, "submit").json()["status"] == "department_review"
    # while under review the unit cannot edit
    project = world.own_plan.projects.get(position=1)
    body = project_payload(editor.get(f"/api/projects/{project.pk}").json())
    assert (
        editor.put(f"/api/projects/{project.pk}", body, content_type="application/json").status_code
        == 403
    )
    assert act(editor, plan, "approve").status_code == 403
    assert act(reviewer, plan, "forward").json()["status"] == "bureau_review"
    # a return must say why
    assert act(bureau, plan, "return").status_code == 422
    returned = act(bureau, plan, "return", "第1个项目第3行“≥100百分比”请改为“=100%”")
    assert returned.json()["status"] == "returned"

    comments = editor.get(f"/api/plans/{plan}/comments").json()
    assert comments[0]["text"].startswith("第1个项目第3行")
    page = editor.get(f"/plans/{plan}/").content.decode()
    assert "退回意见" in page and "≥100百分比" in page

    body = project_payload(editor.get(f"/api/projects/{project.pk}").json())
    body["indicators"][2]["value"] = "=100%"
    assert (
        editor.put(f"/api/projects/{project.pk}", body, content_type="application/json").status_code
        == 200
    )
    assert act(editor, plan, "submit").status_code == 200
    assert act(reviewer, plan, "forward").status_code == 200
    assert act(bureau, plan, "approve").json()["status"] == "approved"

    versions = editor.get(f"/api/plans/{plan}/versions").json()
    assert [v["action"] for v in versions] == [
        "submit",
        "forward",
        "return",
        "submit",
        "forward",
        "approve",
    ]
    # the fix is exactly the difference between the two submissions
    diff = editor.get(f"/api/plans/{plan}/diff", {"old": 1, "new": 4}).json()
    assert len(diff["changes"]) == 1
    change = diff["changes"][0]
    assert (change["before"], change["after"]) == ("≥100百分比", "=100%")
    assert "指标值" in change["where"]

    # approved means published
    public = world.client(None).get("/api/public/plans").json()
    assert [p["department"] for p in public] == [world.own.name]


@pytest.mark.django_db
def test_versions_are_frozen_copies(world: World) -> None:
    editor = world.client("editor")
    plan = world.own_plan.pk
    act(editor, plan, "submit")
    version = PlanVersion.objects.get(plan_id=plan, number=1)
    snapshot = editor.get(f"/api/plans/{plan}/versions/1").json()
    assert snapshot == version.snapshot
    assert len(snapshot["projects"]) == 8
    assert snapshot["department"] == world.own.name


@pytest.mark.django_db
def test_a_reviewer_comments_on_one_indicator_and_the_editor_sees_where(world: World) -> None:
    reviewer = world.client("reviewer")
    project = world.own_plan.projects.get(position=2)
    indicator = project.indicators.get(position=3)
    made = reviewer.post(
        f"/api/plans/{world.own_plan.pk}/comments",
        {"text": "接待质量请用满意率衡量", "indicator_id": indicator.pk},
        content_type="application/json",
    )
    assert made.status_code == 201
    assert made.json()["indicator_label"] == indicator.level3
    # an indicator of another department's plan cannot be targeted
    foreign = world.other_plan.projects.first().indicators.first()  # type: ignore[union-attr]
    wrong = reviewer.post(
        f"/api/plans/{world.own_plan.pk}/comments",
        {"text": "x", "indicator_id": foreign.pk},  # type: ignore[union-attr]
        content_type="application/json",
    )
    assert wrong.status_code == 422
    page = world.client("editor").get(f"/projects/{project.pk}/").content.decode()
    state = json.loads(page.split('id="editor-state" type="application/json">')[1].split("</")[0])
    assert [(c["indicator_id"], c["text"]) for c in state["comments"]] == [
        (indicator.pk, "接待质量请用满意率衡量")
    ]


@pytest.mark.django_db
def test_the_plan_page_says_when_the_last_person_acted(world: World) -> None:
    """The plan page's "更新 <time>（<person>）" named the reviewer who returned the plan
    with the time of the unit's last edit, until the worker re-reviewed the plan (a step
    now reviews nothing: the step itself sets the time)."""
    plan = world.own_plan
    PlanRecord.objects.filter(pk=plan.pk).update(updated_at=timezone.now() - timedelta(days=3))
    act(world.client("editor"), plan.pk, "submit")
    plan.refresh_from_db()
    assert timezone.now() - plan.updated_at < timedelta(minutes=5)
    page = world.client("reviewer").get(f"/plans/{plan.pk}/").content.decode()
    when = timezone.localtime(plan.updated_at).strftime("%Y-%m-%d %H:%M")
    assert f"更新 {when}（" in page
