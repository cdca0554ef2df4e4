"""The one checks core: one Finding type, one catalogue mechanism, generated docs."""

from __future__ import annotations

import ast
import json
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.checks import IMPORT_CHECKS, Catalogue, Check, Finding, Severity, import_finding
from jixiao.cli.checks_docs import render_checks_page
from jixiao.evaluation import (
    IndicatorResult,
    ProjectEvaluation,
    ProjectScore,
    load_evaluation_profile,
    score_project,
)
from jixiao.importers.api import import_file
from jixiao.monitoring import MonitoringRound, monitor_round
from jixiao.monitoring import checks as monitoring_checks
from jixiao.packs import installed
from jixiao.review import review_plan
from tests.conftest import SEED_STEMS, seed_path

ROOT = Path(__file__).resolve().parents[2]


def test_checks_page_is_current() -> None:
    page = ROOT / "docs" / "checks.md"
    regenerate = "run: python -m jixiao.cli.checks_docs docs/checks.md"
    assert page.read_text(encoding="utf-8") == render_checks_page(), regenerate


def test_a_catalogue_refuses_a_second_entry_with_the_same_id() -> None:
    first = Check("X101", Severity.WARNING, "甲", "说明", "建议")
    with pytest.raises(ValueError, match="编号重复：X101"):
        Catalogue("示例", (first, Check("X101", Severity.ERROR, "乙", "说明", "建议")))


def _scored_project() -> ProjectScore:
    """A project that misses its target with no explanation: the evaluation finds E101."""
    profile = load_evaluation_profile("hebei-county")
    return score_project(
        ProjectEvaluation(
            name="示例项目",
            budget_total=Decimal(100),
            executed=Decimal(100),
            indicators=[
                IndicatorResult(
                    level1="产出指标",
                    level2="数量指标",
                    level3="培训人数",
                    target="≥100人",
                    actual="60人",
                )
            ],
        ),
        profile,
    )


def test_review_monitoring_and_evaluation_give_the_same_finding_type() -> None:
    reviewed = review_plan(import_file(seed_path("000_6fea33418e000787")))
    scored = _scored_project()
    warning = monitoring_checks.BEHIND_TIME.found("执行率30%，序时进度50%", project="示例项目")
    findings = [*reviewed.findings, *scored.findings, warning]
    assert reviewed.findings and scored.findings
    assert {type(f) for f in findings} == {Finding}
    assert {f.rule for f in scored.findings} >= {"E101"}
    # The ids keep the name each output has published them under.
    record = json.loads(scored.model_dump_json())["findings"][0]
    assert record["check"] == record["rule"] == scored.findings[0].rule
    assert "check" not in reviewed.findings[0].model_dump(mode="json")


def _raised_codes() -> set[str]:
    """Every literal code the importers pass to ``warn``/``_warn`` or ``ImportIssue``."""
    codes: set[str] = set()
    for path in (ROOT / "src" / "jixiao" / "importers").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in {"warn", "_warn"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    codes.add(first.value)
    return codes


def test_every_code_the_importers_raise_is_catalogued() -> None:
    codes = _raised_codes()
    assert "no-structure" in codes and len(codes) >= 10  # the scan sees the importers
    assert codes - set(IMPORT_CHECKS) == set()


@pytest.mark.parametrize("stem", SEED_STEMS)
def test_import_issues_of_the_seeds_are_findings(stem: str) -> None:
    plan = import_file(seed_path(stem))
    assert plan.warnings  # every seed has something odd: an inferred year, continued rows…
    for issue in plan.warnings:
        finding = import_finding(issue, plan.source_file)
        assert finding.rule == issue.code and finding.message == issue.message
        assert finding.title == IMPORT_CHECKS[issue.code].title
        assert finding.location == issue.source and finding.source == plan.source_file


def test_a_monitoring_round_publishes_its_findings_with_check_and_rule() -> None:
    round_file = ROOT / "tests" / "fixtures" / "monitoring" / "round-2024-07.json"
    plan = import_file(seed_path("003_8840c27e1ab8127d"))
    result = monitor_round(
        MonitoringRound.model_validate_json(round_file.read_text(encoding="utf-8")),
        plan,
        load_evaluation_profile("hebei-county"),
    )
    records = [
        record
        for project in json.loads(result.model_dump_json())["projects"]
        for record in project["findings"]
    ]
    assert records and all(r["check"] == r["rule"] and r["rule"][0] == "P" for r in records)
    assert {r["severity"] for r in records} <= {"error", "warning", "info"}


def test_every_finding_names_the_pack_that_produced_it() -> None:
    """Review, monitoring, self-evaluation and import findings of the built-in checks all
    record the built-in pack with its version, in the model and in their JSON."""
    built_in = next(p for p in installed() if p.name == "jixiao")
    expected = f"jixiao@{built_in.version}"
    plan = import_file(seed_path("003_8840c27e1ab8127d"))
    reviewed = review_plan(plan).findings
    round_file = ROOT / "tests" / "fixtures" / "monitoring" / "round-2024-07.json"
    monitored = monitor_round(
        MonitoringRound.model_validate_json(round_file.read_text(encoding="utf-8")),
        plan,
        load_evaluation_profile("hebei-county"),
    )
    monitoring = [f for project in monitored.projects for f in project.findings]
    evaluation = _scored_project().findings
    imported = [import_finding(issue, plan.source_file) for issue in plan.warnings]
    assert reviewed and monitoring and evaluation and imported
    for finding in (*reviewed, *monitoring, *evaluation, *imported):
        assert finding.pack == expected, finding.describe()
        assert json.loads(finding.model_dump_json())["pack"] == expected
