"""The API fuzzed from its own OpenAPI spec (schemathesis): no request may end in a server error.

Every operation of ``/api/openapi.json`` gets generated requests — valid ones and, where there
is something to break, invalid ones — sent in-process to the WSGI application (the same
middleware stack as production, CSRF included) with the bearer token of an administrator and,
in a second world, of a unit editor (填报人). Path parameters are mostly replaced by the ids
of the world's real plans, projects and versions, and valid bodies often carry the record's
current lock_version (乐观锁), so the requests reach the code behind the lookups and the
lock checks instead of stopping at 404 or 409. Valid requests must also be answered in the
documented response schema.

Before fuzzing, the editor's plan has been submitted and returned (versions 1 and 2, editable
again) and the other department's plan approved (published); reads run first, then edits,
then the workflow actions, then the deletion — so the writes do not empty the world before
the reads have seen it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from jixiao.tasks import Stage
from jixiao.web.orgs.tokens import ApiToken
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.tasks.actions import open_task
from jixiao.web.tasks.models import Message
from jixiao.web.wsgi import application
from jixiao.workflow import Action, Role
from tests.web.conftest import World

EXAMPLES = {GenerationMode.POSITIVE: 15, GenerationMode.NEGATIVE: 6}


@pytest.fixture
def in_test_transaction() -> Iterator[None]:
    """Keep the test's database connection across requests, as Django's test client does.

    The WSGI handler closes connections that are not in autocommit mode at the start and end
    of each request — which the test's transaction never is.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(db: Any, in_test_transaction: None) -> Any:
    return schemathesis.openapi.from_wsgi("/api/openapi.json", application)


def move_plans(world: World) -> None:
    """Own plan: submitted and returned (versions 1, 2; editable); other plan: approved."""
    users = world.users
    act(users["editor"], Role.UNIT_EDITOR, world.own_plan, Action.SUBMIT)
    act(users["reviewer"], Role.DEPARTMENT_REVIEWER, world.own_plan, Action.RETURN, "请补充指标")
    act(users["other_editor"], Role.UNIT_EDITOR, world.other_plan, Action.SUBMIT)
    act(users["other_reviewer"], Role.DEPARTMENT_REVIEWER, world.other_plan, Action.FORWARD)
    act(users["bureau"], Role.BUREAU_REVIEWER, world.other_plan, Action.APPROVE)


def real_ids(world: World) -> dict[str, list[int]]:
    """Ids that exist, by parameter name: both plans (the editor sees only the first), some
    of their projects, and the own plan's version numbers."""
    projects: list[int] = []
    for plan in (world.own_plan, world.other_plan):
        projects += list(plan.projects.values_list("pk", flat=True)[:3])
    # a task for both departments: its board, its 催报 and the messages it wrote
    task = open_task(
        world.users["bureau"],
        world.region,
        2023,
        Stage.DECLARE,
        dt.date(2023, 3, 31),
        [world.own, world.other],
    )
    return {
        "task_id": [task.pk],
        "message_id": list(Message.objects.values_list("pk", flat=True)[:4]),
        "plan_id": [world.own_plan.pk, world.other_plan.pk],
        "project_id": projects,
        "number": [1, 2],
        "old": [1, 2],  # the versions compared by /diff (new=0: the current draft)
        "new": [0, 2],
    }


def current_lock(path: dict[str, Any]) -> int | None:
    """The lock_version the record named in the path has now (the project's, else the plan's)."""
    for model, key in ((ProjectRecord, "project_id"), (PlanRecord, "plan_id")):
        if isinstance(path.get(key), int):
            found = model.objects.filter(pk=path[key]).values_list("lock_version", flat=True)
            return next(iter(found), None)
    return None


def with_real_ids(case: Any, chosen: dict[str, int | None], fresh_lock: bool) -> Any:
    path = case.path_parameters
    for name, value in chosen.items():
        for where in (path, case.query):
            if value is not None and where and name in where:
                where[name] = value
    body = case.body
    lock = current_lock(path or {}) if fresh_lock else None
    if lock is not None and isinstance(body, dict) and "lock_version" in body:
        body["lock_version"] = lock
    return case


def fuzz(operation: Any, mode: GenerationMode, ids: dict[str, list[int]], token: str) -> set[int]:
    """Run ``operation`` with generated cases (mostly with real ids, and the current
    lock_version in three valid bodies in four); return the status codes it answered."""
    choices = {name: st.sampled_from([*values, None]) for name, values in ids.items()}
    strategy = st.builds(
        with_real_ids,
        operation.as_strategy(generation_mode=mode),
        st.fixed_dictionaries(choices),
        st.sampled_from([True, True, True, False]) if mode.is_positive else st.just(False),
    )
    checks = [not_a_server_error]
    if mode is GenerationMode.POSITIVE:
        checks.append(response_schema_conformance)
    statuses: set[int] = set()

    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        response = case.call_and_validate(
            headers={"Authorization": f"Bearer {token}"}, checks=checks
        )
        statuses.add(response.status_code)

    run()
    return statuses


def modes(operation: Any) -> list[GenerationMode]:
    """Valid requests always; invalid ones where there is something to break."""
    raw = operation.definition.raw
    if raw.get("parameters") or "requestBody" in raw:
        return [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]
    return [GenerationMode.POSITIVE]


def stage(operation: Any) -> int:
    """Reads, then edits, then workflow actions, then deletions."""
    method = operation.method.upper()
    if method == "GET":
        return 0
    if method == "DELETE":
        return 3
    return 2 if operation.path.endswith("/actions") else 1


def operations(schema: Any) -> list[Any]:
    found = [result.ok() for result in schema.get_all_operations()]
    return sorted(found, key=lambda op: (stage(op), op.path, op.method))


@pytest.mark.parametrize("who", ["admin", "editor"])
def test_no_operation_answers_with_a_server_error(api_schema: Any, world: World, who: str) -> None:
    move_plans(world)
    token = ApiToken.issue(world.users[who], label="fuzz").key
    ids = real_ids(world)
    answered: dict[str, set[int]] = {}
    for operation in operations(api_schema):
        label = f"{operation.method.upper()} {operation.path}"
        for mode in modes(operation):
            answered.setdefault(label, set()).update(fuzz(operation, mode, ids, token))
    declared = sum(len(methods) for methods in api_schema.raw_schema["paths"].values())
    assert len(answered) == declared
    # The requests reached real records and real writes, not only 404, 409 and 422.
    reached = {
        "GET /api/plans/{plan_id}/versions/{number}": 200,
        "GET /api/plans/{plan_id}/diff": 200,
        "GET /api/public/plans/{plan_id}": 200,
        "GET /api/projects/{project_id}/findings": 200,
        "PUT /api/projects/{project_id}": 200,
        "POST /api/plans/{plan_id}/projects": 201,
    }
    for label, status in reached.items():
        assert status in answered[label], (label, answered[label])


def test_a_token_client_writes_without_a_csrf_token(world: World) -> None:
    """Found by the fuzzing: the session check ran first and refused every token write with
    “CSRF check Failed”, although a token client has no session and no CSRF cookie."""
    token = ApiToken.issue(world.users["reviewer"], label="script").key
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/api/plans/{world.own_plan.pk}/comments",
        data=json.dumps({"text": "请核实资金用途"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201, response.content
    assert response.json()["author"] == "reviewer"


def test_a_session_write_without_a_csrf_token_is_still_refused(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["reviewer"])
    response = client.post(
        f"/api/plans/{world.own_plan.pk}/comments",
        data=json.dumps({"text": "请核实资金用途"}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert not world.own_plan.comments.exists()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("put", "/api/projects/{project}", {"name": "培训\x00费", "lock_version": 1}),
        ("post", "/api/plans/{plan}/comments", {"text": "请核实\x00"}),
        ("post", "/api/plans/{plan}/projects", {"name": "新项目\x00"}),
        ("put", "/api/plans/{plan}/goals", {"lock_version": 1, "measures": ["\x00"]}),
        (
            "put",
            "/api/projects/{project}",
            {"name": "培训费", "lock_version": 1, "spend_plan": {"3月底\x00": 20}},
        ),
    ],
)
def test_text_with_a_nul_character_is_refused(
    world: World, method: str, path: str, body: dict[str, Any]
) -> None:
    """Found by the fuzzing on PostgreSQL, which cannot store NUL: the save ended in a
    server error (DataError). Now the request is refused as invalid, on every database."""
    project = world.own_plan.projects.order_by("position").first()
    assert project is not None
    body = dict(body)
    if "lock_version" in body:  # the current one, so only the NUL can be refused
        body["lock_version"] = (world.own_plan if "goals" in path else project).lock_version
    before = (project.lock_version, world.own_plan.lock_version, project.name)
    url = path.format(plan=world.own_plan.pk, project=project.pk)
    client = world.client("admin")
    response = getattr(client, method)(url, data=json.dumps(body), content_type="application/json")
    assert response.status_code == 422, response.content
    assert "NUL" in response.content.decode()
    project.refresh_from_db()
    world.own_plan.refresh_from_db()
    assert (project.lock_version, world.own_plan.lock_version, project.name) == before
    assert not world.own_plan.comments.exists()
    assert not world.own_plan.projects.filter(name__contains="新项目").exists()
