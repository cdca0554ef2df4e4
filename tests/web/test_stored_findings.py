"""Pages read the stored findings; stored findings are never silently stale.

The findings are stored when a plan changes, with the plan's revision and the fingerprint
of the rules and profile. A change the store did not see (here: a stricter threshold in the
profile) makes every page show the old findings marked as being recomputed and queue one
recomputation; after the real worker ran it, every page agrees with a fresh review.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db.models import F
from django.test import Client

from jixiao.review import load_profile, review_plan
from jixiao.web.benchmarking.store import StoredPeers
from jixiao.web.findings.models import PlanReview, StoredFinding
from jixiao.web.findings.storing import wanted_key
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from tests.web.conftest import World, build_world
from tests.web.worker import DATABASE_TASKS, running_worker

RECOMPUTING = "审核发现正在按最新的内容和审核规则重新计算"
PROFILES = Path(__file__).resolve().parents[2] / "src" / "jixiao" / "profiles"
Key = tuple[str, int | None, int | None, str]


def _keys(findings: list[dict[str, Any]]) -> list[Key]:
    return [(f["rule"], f["project_index"], f["indicator_index"], f["message"]) for f in findings]


def _fresh_review(plan: PlanRecord, profile: str) -> list[Key]:
    report = review_plan(plan_to_domain(plan), load_profile(profile), peers=StoredPeers())
    return [(f.rule, f.project_index, f.indicator_index, f.message) for f in report.findings]


def _api(client: Client, path: str) -> tuple[str, list[Key]]:
    """Every finding the API lists, its pages followed by their ``Link: rel="next"``."""
    states, found = set(), []
    next_page: str | None = path
    while next_page is not None:
        response = client.get(next_page)
        assert response.status_code == 200, next_page
        states.add(response["X-Findings-State"])
        found += _keys(response.json())
        link = re.match(r'<([^>]+)>; rel="next"', response.get("Link", ""))
        next_page = link.group(1) if link else None
    assert len(states) == 1, path
    if response.has_header("X-Total-Count"):  # the plan's findings page; a project's do not
        assert int(response["X-Total-Count"]) == len(found), path
    return states.pop(), found


def _project_page_findings(client: Client, project: ProjectRecord) -> tuple[str, list[Key]]:
    page = client.get(f"/projects/{project.pk}/").content.decode()
    state = re.search(
        r'<script id="editor-state" type="application/json">(.*?)</script>', page, re.S
    )
    assert state is not None
    return page, _keys(json.loads(state.group(1))["findings"])


def test_a_save_stores_the_findings_the_pages_then_read(world: World, settings: Any) -> None:
    plan = world.own_plan
    review = PlanReview.objects.get(plan=plan)
    assert f"{review.revision}|{review.fingerprint}" == wanted_key(plan.pk)
    expected = _fresh_review(plan, settings.JIXIAO_PROFILE)
    assert StoredFinding.objects.filter(plan=plan).count() == len(expected) > 0
    client = world.client("editor")
    assert _api(client, f"/api/plans/{plan.pk}/findings") == ("current", expected)
    project = plan.projects.get(position=2)
    page, shown = _project_page_findings(client, project)
    assert shown == [k for k in expected if k[1] == 2] and RECOMPUTING not in page
    # the indexed columns filter without reading the findings' JSON
    # every finding on one page (seed 002 has more than the default page of 100)
    every = client.get(f"/api/plans/{plan.pk}/findings?limit=1000").json()
    rule, severity = every[0]["rule"], every[0]["severity"]
    wanted = [f for f in every if f["rule"] == rule and f["severity"] == severity]
    query = f"?rule={rule}&severity={severity}&project_id={project.pk}"
    _, only = _api(client, f"/api/plans/{plan.pk}/findings{query}")
    assert only == _keys([f for f in wanted if f["project_index"] == 2])
    assert _api(client, f"/api/plans/{plan.pk}/findings?rule={rule}")[1] == _keys(
        [f for f in every if f["rule"] == rule]
    )


def test_a_change_the_store_did_not_see_is_recomputed_before_it_is_shown(world: World) -> None:
    """With a queue that runs tasks at once, the page's recomputation is done before it
    renders: the renamed project's findings carry the new name."""
    project = world.own_plan.projects.get(position=1)
    ProjectRecord.objects.filter(pk=project.pk).update(
        name="改名后的项目", lock_version=F("lock_version") + 1
    )
    state, _ = _api(world.client("editor"), f"/api/plans/{world.own_plan.pk}/findings")
    assert state == "current"
    names = set(
        StoredFinding.objects.filter(plan=world.own_plan, project_index=1).values_list(
            "data__project", flat=True
        )
    )
    assert names == {"改名后的项目"}


@pytest.fixture
def committed(transactional_db: Any, settings: Any) -> Iterator[World]:
    """A committed world whose jobs go to the database queue (a worker is started later)."""
    settings.TASKS = DATABASE_TASKS
    yield build_world()


def test_a_stricter_threshold_shows_as_recomputing_then_every_page_agrees(
    committed: World, settings: Any, tmp_path: Path
) -> None:
    world, plan = committed, committed.own_plan
    client = world.client("editor")
    before = _api(client, f"/api/plans/{plan.pk}/findings?limit=7")[1]
    assert before == _fresh_review(plan, settings.JIXIAO_PROFILE)
    # the report's page is now rendered and cached under the plan's revision and rules
    cached = client.get(f"/plans/{plan.pk}/download/review.html").content.decode()

    # The province shortens the allowed length of an indicator name (W105's threshold).
    data = json.loads((PROFILES / "hebei-county.json").read_text(encoding="utf-8"))
    data.setdefault("thresholds", {})["long_name_chars"] = 8
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    settings.JIXIAO_PROFILE = str(strict)
    expected = _fresh_review(plan, str(strict))
    assert len(expected) > len(before) and any(k[0] == "W105" for k in expected)

    # No worker yet: every page shows the stored findings, marked, and nothing is computed.
    project = plan.projects.get(position=1)
    assert RECOMPUTING in client.get(f"/plans/{plan.pk}/").content.decode()
    page, shown = _project_page_findings(client, project)
    assert RECOMPUTING in page and shown == [k for k in before if k[1] == 1]
    assert _api(client, f"/api/plans/{plan.pk}/findings") == ("recomputing", before)
    assert client.get(f"/api/projects/{project.pk}/findings")["X-Findings-State"] == "recomputing"
    assert RECOMPUTING in client.get(f"/plans/{plan.pk}/download/review.html").content.decode()
    assert PlanReview.objects.get(plan=plan).queued == wanted_key(plan.pk)

    log = tmp_path / "worker.log"
    with running_worker(log, JIXIAO_PROFILE=str(strict)):
        _wait_until_current(plan)
        # the other plan was not visited: the command queues it (and only it)
        out = _command_output()
        assert out.startswith("已排队重新审核 1 个绩效文本（共 2 个）"), out
        _wait_until_current(world.other_plan)
    print(log.read_text(errors="replace")[-2000:])

    assert _api(client, f"/api/plans/{plan.pk}/findings") == ("current", expected)
    assert _api(client, f"/api/plans/{plan.pk}/findings?limit=7") == ("current", expected)
    page, shown = _project_page_findings(client, project)
    assert RECOMPUTING not in page and shown == [k for k in expected if k[1] == 1]
    assert _api(client, f"/api/projects/{project.pk}/findings") == (
        "current",
        [k for k in expected if k[1] == 1],
    )
    plan_page = client.get(f"/plans/{plan.pk}/").content.decode()
    assert RECOMPUTING not in plan_page and f"审核发现 {len(expected)} 条" in plan_page
    report = client.get(f"/plans/{plan.pk}/download/review.html").content.decode()
    assert RECOMPUTING not in report and report.count("W105") > cached.count("W105")
    plan.refresh_from_db()
    fresh = review_plan(plan_to_domain(plan), load_profile(str(strict)), peers=StoredPeers())
    assert (plan.grade, plan.score) == (fresh.grades.document.grade, fresh.grades.document.score)
    other = world.client("other_editor")
    other_expected = _fresh_review(world.other_plan, str(strict))
    assert _api(other, f"/api/plans/{world.other_plan.pk}/findings") == ("current", other_expected)


def _wait_until_current(plan: PlanRecord, timeout: float = 120) -> None:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        review = PlanReview.objects.filter(plan=plan).first()
        if review is not None and f"{review.revision}|{review.fingerprint}" == wanted_key(plan.pk):
            return
        time.sleep(0.2)
    raise AssertionError(f"{plan} was not recomputed within {timeout} s")


def _command_output() -> str:
    from io import StringIO

    out = StringIO()
    call_command("refresh_findings", stdout=out)
    return out.getvalue()
