"""监控 lights and 自评 scores are stored, and what is stored is never silently stale.

The results are computed by the core when an input changes and stored with the key of
what they were computed from. A change the store has not caught up with yet — a saved
monitoring figure, a saved self-evaluation value (their jobs are queued on commit), a new
evaluation profile with other weights and thresholds — makes every page show the stored
results marked as being recomputed; after the real worker ran the jobs, every page (the
round, the 自评 page, both dashboards, the API, the lists' columns) agrees with a fresh
computation by the core.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from jixiao.evaluation import score_project
from jixiao.monitoring import monitor_project
from jixiao.scoring.profile import load_evaluation_profile
from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.evaluation.recording import merged_evaluation
from jixiao.web.evaluation.records import evaluation_of
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.monitoring.recording import merged_progress
from jixiao.web.monitoring.rounds import progress_of
from jixiao.web.pages.entryforms import evaluation_values, progress_values
from jixiao.web.plans.convert import project_to_domain
from jixiao.web.reportstore.models import EvaluationResult, RoundResult
from jixiao.web.reportstore.revisions import evaluation_key, round_key
from tests.web.conftest import World, build_world
from tests.web.reports_world import approve, example_evaluations, example_round, find
from tests.web.worker import DATABASE_TASKS, running_worker

PROFILES = Path(__file__).resolve().parents[2] / "src" / "jixiao" / "profiles"
RECOMPUTING = "正在按最新的填报、绩效目标和评价方案重新计算"
LIGHTS = ("red", "yellow", "green", "unfilled")


@pytest.fixture
def committed(transactional_db: Any, settings: Any) -> Iterator[World]:
    """A committed world whose jobs go to the database queue (a worker is started later)."""
    settings.TASKS = DATABASE_TASKS
    yield build_world()


def _expected_lights(round_: MonitoringRoundRecord, profile: str) -> dict[str, str]:
    """Each project's light, computed now by the core under ``profile``."""
    loaded = load_evaluation_profile(profile)
    entries = ProgressRecord.objects.filter(round=round_).select_related("project")
    return {
        e.project.name: monitor_project(
            progress_of(e), project_to_domain(e.project), loaded
        ).light.value
        for e in entries
    }


def _expected_scores(evaluation: SelfEvaluationRecord, profile: str) -> dict[str, str]:
    """Each filled-in project's grade, scored now by the core under ``profile``."""
    loaded = load_evaluation_profile(profile)
    found = {}
    for entry in EvaluationEntryRecord.objects.filter(evaluation=evaluation).select_related(
        "project"
    ):
        data = evaluation_of(entry)
        if not data.is_blank:
            score = score_project(data, loaded)
            found[entry.project.name] = f"{score.total}|{score.grade}"
    return found


def _round_page_lights(client: Client, round_: MonitoringRoundRecord) -> tuple[str, Counter[str]]:
    page = client.get(f"/monitoring/{round_.pk}/").content.decode()
    return page, Counter(re.findall(r'<tr class="light-row-\w+" data-light="(\w+)"', page))


def _summary_counts(page: str) -> tuple[int, ...]:
    found = re.search(
        r"红灯 (\d+)</span> <span[^>]*>黄灯 (\d+)</span> <span[^>]*>绿灯 (\d+)</span>"
        r" <span[^>]*>未填报 (\d+)",
        page,
    )
    assert found is not None, page[:3000]
    return tuple(int(n) for n in found.groups())


def _evaluation_page(client: Client, evaluation: SelfEvaluationRecord) -> tuple[str, Counter[str]]:
    page = client.get(f"/plans/{evaluation.plan_id}/evaluation/").content.decode()
    return page, Counter(g for g in re.findall(r'<tr data-grade="([^"]*)"', page) if g)


def _agree(
    world: World, round_: MonitoringRoundRecord, evaluation: SelfEvaluationRecord, profile: str
) -> None:
    """Every page shows what the core computes now, and none says it is recomputing."""
    lights = _expected_lights(round_, profile)
    counts = Counter(lights.values())
    wanted = tuple(counts[light] for light in LIGHTS)
    bureau = world.client("bureau")
    page, shown = _round_page_lights(bureau, round_)
    assert RECOMPUTING not in page
    assert shown == counts and _summary_counts(page) == wanted
    board = bureau.get("/monitoring/").content.decode()
    assert RECOMPUTING not in board and _summary_counts(board) == wanted
    detail = world.client("other_reviewer").get(f"/api/monitoring/{round_.pk}").json()
    assert {p["name"]: p["light"] for p in detail["projects"]} == lights
    assert detail["red"] == counts["red"]

    scores = _expected_scores(evaluation, profile)
    grades = Counter(value.split("|")[1] for value in scores.values())
    page, shown = _evaluation_page(bureau, evaluation)
    assert RECOMPUTING not in page and shown == grades
    totals = [Decimal(value.split("|")[0]) for value in scores.values()]
    average = round(sum(totals) / len(totals), 2)
    assert f"平均得分 {average}" in page
    stored = dict(
        EvaluationEntryRecord.objects.filter(
            evaluation=evaluation, total__isnull=False
        ).values_list("project__name", "grade")
    )
    assert stored == {name: value.split("|")[1] for name, value in scores.items()}
    board = bureau.get("/evaluation/").content.decode()
    assert RECOMPUTING not in board and f">{average}<" in board


def _wait_until_current(round_: MonitoringRoundRecord, evaluation: SelfEvaluationRecord) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        rounds = RoundResult.objects.filter(round=round_, key=round_key(round_.pk))
        scores = EvaluationResult.objects.filter(
            evaluation=evaluation, key=evaluation_key(evaluation.pk)
        )
        if rounds.exists() and scores.exists():
            return
        time.sleep(0.2)
    raise AssertionError("the results were not recomputed within 120 s")


def test_changed_inputs_show_as_recomputing_then_every_page_agrees(
    committed: World, settings: Any, tmp_path: Path
) -> None:
    world, plan = committed, committed.other_plan
    approve(plan, world.users["admin"])
    editor = world.client("other_editor")
    assert editor.post(f"/plans/{plan.pk}/monitoring/new/", {"monitor_date": "2024-07-31"})
    assert editor.post(f"/plans/{plan.pk}/evaluation/start/").status_code == 302
    round_ = MonitoringRoundRecord.objects.get(plan=plan)
    evaluation = SelfEvaluationRecord.objects.get(plan=plan)
    profile = str(settings.JIXIAO_EVALUATION_PROFILE)

    # The unit reports the example year's figures, project by project.
    for item in example_round().projects:
        entry = find([e.project for e in round_.entries.all()], item.code, item.name)
        progress = entry.progress_entries.get()
        values = progress_values(merged_progress(progress_of(progress), item))
        values["lock_version"] = str(progress.lock_version)
        assert editor.post(f"/monitoring/entries/{progress.pk}/", values).status_code == 302
    for item in example_evaluations().projects:
        entry = find([e.project for e in evaluation.entries.all()], item.code, item.name)
        scored = entry.evaluation_entries.get()
        values = evaluation_values(merged_evaluation(evaluation_of(scored), item))
        values["lock_version"] = str(scored.lock_version)
        assert editor.post(f"/evaluation/entries/{scored.pk}/", values).status_code == 302

    # No worker yet: the pages show the results stored when the reports were opened
    # (every project 未填报), marked as being recomputed.
    page, shown = _round_page_lights(world.client("bureau"), round_)
    assert RECOMPUTING in page and set(shown) == {"unfilled"}
    assert RECOMPUTING in world.client("bureau").get("/monitoring/").content.decode()
    page, shown = _evaluation_page(world.client("bureau"), evaluation)
    assert RECOMPUTING in page and not shown
    assert RECOMPUTING in world.client("bureau").get("/evaluation/").content.decode()

    log = tmp_path / "worker.log"
    with running_worker(log):
        _wait_until_current(round_, evaluation)
    _agree(world, round_, evaluation, profile)
    before = _expected_lights(round_, profile)
    before_scores = _expected_scores(evaluation, profile)

    # The province weighs execution three times as much and tightens the gap to 序时进度.
    data = json.loads((PROFILES / "hebei-county.evaluation.json").read_text(encoding="utf-8"))
    data["monitoring"]["time_gap"] = {"yellow": 3, "red": 6}
    data["scoring"]["execution_weight"] = 30
    data["scoring"]["pools"][0]["weight"] = 30
    strict = tmp_path / "strict.evaluation.json"
    strict.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    settings.JIXIAO_EVALUATION_PROFILE = str(strict)
    assert _expected_lights(round_, str(strict)) != before
    assert _expected_scores(evaluation, str(strict)) != before_scores

    # No worker: every page shows the old results, marked; nothing is computed in a page.
    page, shown = _round_page_lights(world.client("bureau"), round_)
    assert RECOMPUTING in page and shown == Counter(before.values())
    page, _ = _evaluation_page(world.client("bureau"), evaluation)
    assert RECOMPUTING in page

    with running_worker(log, JIXIAO_EVALUATION_PROFILE=str(strict)):
        _wait_until_current(round_, evaluation)
        out = StringIO()
        call_command("refresh_report_results", stdout=out)
        assert out.getvalue().startswith("已排队重新计算 0 轮监控、0 个绩效自评"), out.getvalue()
    print(log.read_text(errors="replace")[-2000:])
    _agree(world, round_, evaluation, str(strict))
