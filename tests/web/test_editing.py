"""Editing a goal table through the API: findings follow the edit, concurrent saves never
overwrite each other silently, every change is audited with before and after."""

from __future__ import annotations

import re
from typing import Any

import pytest

from jixiao.web.audit.models import AuditEntry
from jixiao.web.plans.models import ProjectRecord
from tests.web.conftest import World


def project_payload(data: dict[str, Any]) -> dict[str, Any]:
    """The editor's PUT body from a GET /api/projects/{id} answer."""
    keys = (
        "lock_version",
        "code",
        "name",
        "unit_code",
        "unit_name",
        "budget_total",
        "budget_fiscal",
        "budget_other",
        "purpose",
        "spend_plan",
        "goals",
    )
    body = {k: data[k] for k in keys}
    body["indicators"] = [
        {k: i[k] for k in ("id", "level1", "level2", "level3", "description", "value", "basis")}
        for i in data["indicators"]
    ]
    return body


def first_project(world: World) -> ProjectRecord:
    project = world.own_plan.projects.get(position=1)
    return project


def findings_on_row(client: Any, project: ProjectRecord, row: int) -> list[str]:
    found = client.get(f"/api/projects/{project.pk}/findings").json()
    return [f["rule"] for f in found if f["indicator_index"] == row]


@pytest.mark.django_db
def test_fixing_a_value_removes_its_finding(world: World) -> None:
    client = world.client("editor")
    project = first_project(world)
    # Seed 002, project 1, row 3: “不断加强公务用车监管政策更新落实 ≥100百分比” (N102).
    assert "N102" in findings_on_row(client, project, 3)
    data = client.get(f"/api/projects/{project.pk}").json()
    body = project_payload(data)
    assert body["indicators"][2]["value"] == "≥100百分比"
    body["indicators"][2]["value"] = "100%"

    checked = client.post(
        f"/api/projects/{project.pk}/check", body, content_type="application/json"
    ).json()
    assert "N102" not in [f["rule"] for f in checked if f["row"] == 3]
    assert "N102" in findings_on_row(client, project, 3), "check must not save"

    saved = client.put(f"/api/projects/{project.pk}", body, content_type="application/json")
    assert saved.status_code == 200, saved.content
    assert saved.json()["lock_version"] == data["lock_version"] + 1
    assert "N102" not in findings_on_row(client, project, 3)


@pytest.mark.django_db
def test_a_concurrent_save_is_refused_with_a_clear_message(world: World) -> None:
    first, second = world.client("editor"), world.client("admin")
    project = first_project(world)
    data = first.get(f"/api/projects/{project.pk}").json()
    mine, theirs = project_payload(data), project_payload(data)
    mine["indicators"][0]["value"] = "≥5辆"
    theirs["indicators"][0]["value"] = "≥6辆"

    assert (
        first.put(f"/api/projects/{project.pk}", mine, content_type="application/json").status_code
        == 200
    )
    late = second.put(f"/api/projects/{project.pk}", theirs, content_type="application/json")
    assert late.status_code == 409
    assert "已被editor于" in late.json()["detail"] and "尚未保存" in late.json()["detail"]
    stored = first.get(f"/api/projects/{project.pk}").json()
    assert stored["indicators"][0]["value"] == "≥5辆"

    # Having seen the other change, the second person saves on top of the new version.
    theirs["lock_version"] = stored["lock_version"]
    assert (
        second.put(
            f"/api/projects/{project.pk}", theirs, content_type="application/json"
        ).status_code
        == 200
    )


@pytest.mark.django_db
def test_every_save_is_audited_with_before_and_after(world: World) -> None:
    client = world.client("editor")
    project = first_project(world)
    body = project_payload(client.get(f"/api/projects/{project.pk}").json())
    old_value = body["indicators"][0]["value"]
    body["indicators"][0]["value"] = "≥7辆"
    client.put(f"/api/projects/{project.pk}", body, content_type="application/json")
    entry = AuditEntry.objects.filter(action="edit_project").latest("at")
    assert entry.user == world.users["editor"]
    assert entry.before["indicators"][0]["value"] == old_value
    assert entry.after["indicators"][0]["value"] == "≥7辆"
    assert entry.department == world.own


@pytest.mark.django_db
def test_an_edited_value_forgets_its_source_location_but_others_keep_theirs(world: World) -> None:
    client = world.client("editor")
    project = first_project(world)
    indicator = project.indicators.order_by("position").first()
    assert indicator is not None and "value" in indicator.sources and "level3" in indicator.sources
    body = project_payload(client.get(f"/api/projects/{project.pk}").json())
    body["indicators"][0]["value"] = "≥9辆"
    client.put(f"/api/projects/{project.pk}", body, content_type="application/json")
    indicator.refresh_from_db()
    assert "value" not in indicator.sources
    assert "level3" in indicator.sources


@pytest.mark.django_db
def test_rows_can_be_added_reordered_and_deleted(world: World) -> None:
    client = world.client("editor")
    project = first_project(world)
    data = client.get(f"/api/projects/{project.pk}").json()
    body = project_payload(data)
    rows = body["indicators"]
    first_id = rows[0]["id"]
    rows.reverse()
    del rows[0]
    rows.append(
        {
            "id": None,
            "level1": "满意度指标",
            "level2": "服务对象满意度指标",
            "level3": "驾驶员满意度",
            "description": "",
            "value": "≥90%",
            "basis": "",
        }
    )
    saved = client.put(f"/api/projects/{project.pk}", body, content_type="application/json").json()
    names = [i["level3"] for i in saved["indicators"]]
    assert len(names) == len(data["indicators"])
    assert names[-1] == "驾驶员满意度"
    assert saved["indicators"][-2]["id"] == first_id  # reversed, so the first is now near the end
    assert [i["position"] for i in saved["indicators"]] == list(range(1, len(names) + 1))


@pytest.mark.django_db
def test_the_grammar_endpoint_reads_a_value_as_the_editor_shows_it(world: World) -> None:
    reading = world.client(None).get("/api/grammar", {"value": "不少于 4 次"}).json()
    assert (reading["direction"], reading["number"], reading["unit"]) == ("≥", "4", "次")
    vague = world.client(None).get("/api/grammar", {"value": "进一步提高"}).json()
    assert vague["kind"] == "vague" and not vague["measurable"]


@pytest.mark.django_db
def test_suggestions_fit_the_project_and_skip_what_it_has(world: World) -> None:
    client = world.client("editor")
    project = first_project(world)  # 公务用车 project of seed 002
    have = set(project.indicators.values_list("level3", flat=True))
    offered = client.get(f"/api/projects/{project.pk}/suggestions", {"limit": 10}).json()
    assert offered and not {s["level3"] for s in offered} & have
    assert all(s["reason"] for s in offered)
    assert not any("承德" in s["reason"] or "张家口" in s["reason"] for s in offered)


SIMILAR_WORDING = (
    r"同类项目(（名称含“[^”]+”）)?中有 \d+ 个用过此指标(；已导入的全部项目中共 \d+ 个用过)?"
    r"(；已有指标值均不可衡量，宜改写)?"
)


@pytest.mark.django_db
def test_a_suggestion_says_in_words_what_it_counts(world: World) -> None:
    """「同类项目（办公楼）中出现 1 次，共 13 次」 left the reader guessing what was counted:
    the hint names projects that used the indicator, among similar ones and among all."""
    project = first_project(world)
    offered = world.client("editor").get(f"/api/projects/{project.pk}/suggestions").json()
    similar = [s["reason"] for s in offered if s["reason"].startswith("同类项目")]
    assert similar, [s["reason"] for s in offered]
    for reason in similar:
        assert re.fullmatch(SIMILAR_WORDING, reason), reason
        assert "出现" not in reason and " 次" not in reason
