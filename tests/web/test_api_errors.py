"""Every API error is JSON with a Chinese ``detail`` — 401, 403, 404, 409, 422 and 500 — so
the pages can always show what went wrong (a 500's HTML page used to break the editor)."""

from __future__ import annotations

import json
import re

from django.test import RequestFactory

from jixiao.web.api.site import api
from tests.web.conftest import World

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _chinese_json(response: object, status: int) -> dict[str, object]:
    assert response.status_code == status, response.content  # type: ignore[attr-defined]
    assert response["Content-Type"].startswith("application/json")  # type: ignore[index]
    body: dict[str, object] = json.loads(response.content)  # type: ignore[attr-defined]
    assert isinstance(body["detail"], str) and CHINESE.search(body["detail"]), body
    return body


def test_not_found_forbidden_and_unauthenticated_answer_chinese_json(world: World) -> None:
    editor = world.client("editor")
    _chinese_json(editor.get("/api/projects/999999"), 404)
    _chinese_json(editor.get("/api/no-such-route"), 404)
    other = world.other_plan.projects.first()
    assert other is not None
    assert "没有找到" in str(_chinese_json(editor.get(f"/api/projects/{other.pk}"), 404)["detail"])
    _chinese_json(world.client(None).get(f"/api/plans/{world.own_plan.pk}"), 401)
    reviewer = world.client("reviewer")
    project = world.own_plan.projects.first()
    assert project is not None
    body = {"name": "x", "lock_version": project.lock_version}
    _chinese_json(
        reviewer.put(f"/api/projects/{project.pk}", json.dumps(body), "application/json"), 403
    )


def test_invalid_input_answers_chinese_json_naming_the_field(world: World) -> None:
    project = world.own_plan.projects.first()
    assert project is not None
    response = world.client("editor").put(
        f"/api/projects/{project.pk}",
        json.dumps({"name": "", "lock_version": "abc"}),
        "application/json",
    )
    body = _chinese_json(response, 422)
    assert "版本号：应为整数" in str(body["detail"]) and "项目名称：" in str(body["detail"])
    assert isinstance(body["errors"], list) and len(body["errors"]) == 2
    assert {tuple(e["loc"])[-1] for e in body["errors"]} == {"lock_version", "name"}  # type: ignore[index]


def test_the_refused_fields_are_named_as_the_editor_labels_them(world: World) -> None:
    """The editor shows ``detail`` as it is: a unit that typed "abc" as the budget read
    "budget_total：应为数字" — the field's name in the code, not on the page."""
    project = world.own_plan.projects.first()
    assert project is not None
    draft = {
        "name": project.name,
        "lock_version": project.lock_version,
        "budget_total": "abc",
        "spend_plan": {"6月底": "一半"},
        "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "level3": "x" * 301, "value": "1"}
        ],
    }
    response = world.client("editor").put(
        f"/api/projects/{project.pk}", json.dumps(draft), "application/json"
    )
    detail = str(_chinese_json(response, 422)["detail"])
    assert "预算数（万元）：应为数字" in detail
    assert "资金支出计划“6月底”：应为数字" in detail
    assert "绩效指标第1行“三级指标”：过长" in detail
    assert not re.search(r"[a-z]_[a-z]|level3|indicators", detail), detail


def test_a_server_error_answers_chinese_json() -> None:
    request = RequestFactory().get("/api/plans")
    response = api.on_exception(request, RuntimeError("database is locked"))
    body = _chinese_json(response, 500)
    assert "database is locked" not in str(body["detail"])  # no internals shown
