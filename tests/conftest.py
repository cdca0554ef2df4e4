"""Shared test fixtures: the seed documents and their hand transcriptions."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.programs import require_shared

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
TRANSCRIPTIONS_DIR = Path(__file__).parent / "fixtures" / "transcriptions"
SEED_STEMS = sorted(p.stem for p in TRANSCRIPTIONS_DIR.glob("*.json"))

# Fields a transcription records; everything else (sources, warnings…) is compared elsewhere.
PLAN_FIELDS = ("department", "year", "units", "overall_goal", "sub_goals", "measures", "projects")
SUB_GOAL_FIELDS = ("title", "goal", "indicator")


def seed_path(stem: str) -> Path:
    return require_shared(SEEDS_DIR / f"{stem}.txt", f"seed {stem}")


def transcription(stem: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (TRANSCRIPTIONS_DIR / f"{stem}.json").read_text(encoding="utf-8")
    )
    return loaded


def comparable(plan: Any) -> dict[str, Any]:
    """A plan as JSON, reduced to the fields a transcription records."""
    data = json.loads(plan.model_dump_json())
    out = {key: data[key] for key in PLAN_FIELDS}
    out["sub_goals"] = [{k: s[k] for k in SUB_GOAL_FIELDS} for s in data["sub_goals"]]
    for project in out["projects"]:
        project.pop("sources")
        for indicator in project["indicators"]:
            indicator.pop("sources")
    return out


# kind and kind_evidence are what an import decides, not fields a writer carries.
_ROUND_TRIP_IGNORED = (
    "sources",
    "warnings",
    "source_file",
    "disclosure",
    "title",
    "kind",
    "kind_evidence",
    "template",
    "produced_by",  # which packs read it: provenance, like source_file
)


def _strip_sources(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_sources(v) for k, v in value.items() if k != "sources"}
    if isinstance(value, list):
        return [_strip_sources(v) for v in value]
    return value


def model_fields(plan: Any) -> dict[str, Any]:
    """model_dump() without sources, warnings, source_file, disclosure, title, targets:
    what a Word or Excel round trip must give back unchanged."""
    data = plan.model_dump()
    for key in _ROUND_TRIP_IGNORED:
        data.pop(key)
    for sub_goal in data["sub_goals"]:
        sub_goal.pop("targets")
    stripped: dict[str, Any] = _strip_sources(data)
    return stripped


def _strip_source(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_source(v) for k, v in value.items() if k not in ("source", "sources")}
    if isinstance(value, list):
        return [_strip_source(v) for v in value]
    return value


def published_fields(plan: Any) -> dict[str, Any]:
    """:func:`model_fields` plus the disclosure tables and sections (without their
    sources): what a round trip through a published format must give back."""
    fields = model_fields(plan)
    fields["disclosure"] = _strip_source(plan.model_dump()["disclosure"])
    return fields


def assert_same_fields(got: dict[str, Any], want: dict[str, Any]) -> None:
    """Compare two plans' fields part by part, so a failure names the part that differs."""
    for key in ("department", "year", "units", "overall_goal", "sub_goals", "measures"):
        assert got[key] == want[key], key
    assert len(got["projects"]) == len(want["projects"])
    for got_project, want_project in zip(got["projects"], want["projects"], strict=True):
        assert got_project == want_project, want_project["name"]
    assert got == want


@pytest.fixture(params=SEED_STEMS)
def seed_stem(request: pytest.FixtureRequest) -> str:
    stem: str = request.param
    return stem


def pytest_sessionstart(session: pytest.Session) -> None:
    """With ``JIXIAO_EXPECT_COMPILED=1`` (``make test-compiled``) the run must test the
    installed compiled build, never the sources under src/."""
    if os.environ.get("JIXIAO_EXPECT_COMPILED") != "1":
        return
    import jixiao
    from jixiao.build_info import build_label, is_compiled

    where = Path(jixiao.__file__).resolve()
    if ROOT / "src" in where.parents or not is_compiled():
        raise pytest.UsageError(f"expected the compiled build, got {build_label()} at {where}")
    print(f"jixiao under test: {build_label()} at {where.parent}")
