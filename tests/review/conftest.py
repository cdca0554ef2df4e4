"""Fixtures for the review tests: the five seed documents, imported and reviewed once."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from typing import Any

import pytest

from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import Finding, ReviewResult, review_plan
from tests.conftest import seed_path
from tests.review.findings_snapshot import documents

SEEDS = {
    "000": "000_6fea33418e000787",
    "001": "001_a168ace21779f849",
    "002": "002_9d52ecbd56ee9879",
    "003": "003_8840c27e1ab8127d",
    "004": "004_c52ee38ce6c6c3d2",
}


@cache
def _imported(stem: str) -> DepartmentPlan:
    return import_file(seed_path(stem))


def seed_plan(short: str) -> DepartmentPlan:
    return _imported(SEEDS[short])


@cache
def corpus_plans() -> list[tuple[str, DepartmentPlan]]:
    """(snapshot key, plan) of the seeds and every corpus document that imports."""
    plans = []
    for key, path in sorted(documents().items()):
        try:
            plans.append((key, import_file(path)))
        except ImportFailed:
            continue
    return plans


@cache
def seed_report(short: str) -> ReviewResult:
    return review_plan(seed_plan(short))


@cache
def corpus_report(document: str) -> ReviewResult:
    """The review of a corpus document named “kind/stem” (tests/fixtures/corpus), imported."""
    from tests.review.audit.render import CORPUS

    return review_plan(import_file(CORPUS / f"{document}.txt"))


@cache
def transcribed_report(document: str) -> ReviewResult:
    """The review of a corpus document as transcribed by hand (its .expected.json): the rows
    and figures a reader takes from the page, for documents the import misreads."""
    return review_plan(transcribed_plan(document))


def transcribed_plan(document: str) -> DepartmentPlan:
    """A corpus document as transcribed by hand (its .expected.json), a new plan each call."""
    from tests.review.audit.render import CORPUS

    data = json.loads((CORPUS / f"{document}.expected.json").read_text(encoding="utf-8"))
    projects = [
        Project(
            name=p["name"],
            budget_total=_number(p["budget_total"]),
            execution_rate=_number(p["execution_rate"]),
            indicators=_indicators(p["indicators"]),
        )
        for p in data["projects"]
    ]
    return DepartmentPlan(source_file=document, kind=data["kind"], projects=projects)


def transcribed_rows(document: str) -> list[Indicator]:
    """The first project's rows of a corpus document as transcribed (its .expected.json)."""
    from tests.review.audit.render import CORPUS

    data = json.loads((CORPUS / f"{document}.expected.json").read_text(encoding="utf-8"))
    return _indicators(data["projects"][0]["indicators"])


def _indicators(rows: list[dict[str, Any]]) -> list[Indicator]:
    return [
        Indicator(
            level1=r["level1"] or "",
            level2=r["level2"] or "",
            level3=r["level3"],
            value=r["value"],
            actual=r["actual"],
            weight=_number(r["weight"]),
            score=_number(r["score"]),
        )
        for r in rows
    ]


def _number(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def one_row_plan(level1: str, level2: str, name: str, value: str) -> DepartmentPlan:
    """A self-evaluation of one project with one indicator row, to review a rule's cases."""
    row = Indicator(level1=level1, level2=level2, level3=name, value=value)
    project = Project(name="示例项目", indicators=[row])
    return DepartmentPlan(source_file="t", kind="self_evaluation", year=2023, projects=[project])


def found(
    report: ReviewResult, rule: str, project: int | None = None, indicator: int | None = None
) -> list[Finding]:
    """Findings of ``rule`` at a place (project and indicator 1-based; None = any)."""
    return [
        f
        for f in report.findings
        if f.rule == rule
        and (project is None or f.project_index == project)
        and (indicator is None or f.indicator_index == indicator)
    ]


@pytest.fixture(params=sorted(SEEDS))
def any_seed(request: pytest.FixtureRequest) -> str:
    short: str = request.param
    return short
