"""The pages' shared cache: rendered parts of the plan, project and review pages and the
findings API are kept in a table of the database (every worker of every machine reads
them), under a key naming what they were made from — so no change can leave one shown.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.core.cache import caches
from django.db import connection
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext

from jixiao.web.caching.config import LOCAL, PAGES, TABLE
from jixiao.web.findings.models import PlanReview
from jixiao.web.findings.tasks import refresh_findings
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from tests.web.conftest import World
from tests.web.worker import DATABASE_TASKS

RECOMPUTING = "审核发现正在按最新的内容和审核规则重新计算"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def _paths(plan: PlanRecord, project: ProjectRecord) -> list[str]:
    return [
        f"/plans/{plan.pk}/",
        f"/projects/{project.pk}/",
        f"/plans/{plan.pk}/download/review.html",
        f"/api/plans/{plan.pk}/findings",
    ]


def _shared_entries() -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {TABLE}")
        (count,) = cursor.fetchone()
    return int(count)


def _body(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return CSRF.sub("", response.content.decode())  # a fresh token on every page


def test_another_worker_serves_the_parts_from_the_shared_table(world: World) -> None:
    plan, client = world.own_plan, world.client("bureau")
    paths = _paths(plan, plan.projects.get(position=2))
    first = {path: _body(client, path) for path in paths}
    assert _shared_entries() == len(paths)  # one part (or page) each, in the database

    caches[LOCAL].clear()  # a worker that has served none of them
    with CaptureQueriesContext(connection) as queries:
        again = {path: _body(client, path) for path in paths}
    assert again == first
    read = " ".join(q["sql"] for q in queries.captured_queries)
    assert TABLE in read
    # nothing rendered again: neither the indicators nor the stored findings were read
    assert 'FROM "plans_indicatorrecord"' not in read
    assert "findings_storedfinding" not in read
    assert _shared_entries() == len(paths)


def test_a_change_shows_at_once_even_while_the_findings_are_being_recomputed(
    world: World, settings: Any
) -> None:
    settings.TASKS = DATABASE_TASKS  # recomputations wait in the queue: no worker runs
    plan, client = world.own_plan, world.client("bureau")
    project = plan.projects.get(position=1)
    paths = _paths(plan, project)
    for path in paths:
        client.get(path)  # cached while the findings are current
    PlanReview.objects.filter(plan=plan).update(fingerprint="the-rules-of-before")
    assert RECOMPUTING in _body(client, paths[0])
    for name in ("第一次改名的项目", "第二次改名的项目"):
        ProjectRecord.objects.filter(pk=project.pk).update(
            name=name, lock_version=F("lock_version") + 1
        )
        plan_page, project_page, report, _ = (_body(client, path) for path in paths)
        assert RECOMPUTING in plan_page and name in plan_page
        state = re.search(r'<script id="editor-state"[^>]*>(.*?)</script>', project_page, re.S)
        assert state is not None and json.loads(state.group(1))["project"]["name"] == name
        assert name in report


def test_the_recomputation_job_puts_the_pages_in_the_cache_before_anyone_asks(
    world: World,
) -> None:
    plan, client = world.own_plan, world.client("bureau")
    paths = _paths(plan, plan.projects.get(position=2))
    PlanReview.objects.filter(plan=plan).update(fingerprint="the-rules-of-before")
    caches[PAGES].clear()
    refresh_findings.enqueue(plan.pk)  # the job, run in place: review stored, pages warmed
    # one entry per page of the project list, per project, per report page, and the API's
    assert _shared_entries() == 1 + plan.projects.count() + 1 + 1

    caches[LOCAL].clear()  # a worker that has served nothing yet
    with CaptureQueriesContext(connection) as queries:
        warmed = {path: _body(client, path) for path in paths}
    read = " ".join(q["sql"] for q in queries.captured_queries)
    assert 'FROM "plans_indicatorrecord"' not in read  # nothing rendered on first view
    assert "findings_storedfinding" not in read
    assert not any(RECOMPUTING in body for body in warmed.values())

    caches[PAGES].clear()  # the same pages rendered on demand
    assert {path: _body(client, path) for path in paths} == warmed
