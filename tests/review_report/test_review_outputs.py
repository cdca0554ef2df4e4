"""``jixiao review`` in its four formats, run as a real process on the seeds."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import SEEDS_DIR, seed_path

REQUIRED = {"rule", "severity", "criterion", "source", "project", "indicator", "field",
            "message", "suggestion"}  # fmt: skip


def run_review(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jixiao.cli.main", "review", *args],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def all_findings() -> list[dict[str, object]]:
    seed_path("004_c52ee38ce6c6c3d2")
    result = run_review(str(SEEDS_DIR), "--format", "json")
    assert result.returncode == 0, result.stderr
    loaded: list[dict[str, object]] = json.loads(result.stdout)
    return loaded


def test_json_is_an_array_of_complete_findings(all_findings: list[dict[str, object]]) -> None:
    assert all_findings
    for finding in all_findings:
        assert set(finding) >= REQUIRED
        assert finding["severity"] in ("error", "warning", "info")
        assert str(finding["source"]).endswith(".txt")
    sources = {f["source"] for f in all_findings}
    assert sources == {p.name for p in SEEDS_DIR.glob("*.txt")}


def test_json_names_department_level_findings_without_a_project(
    all_findings: list[dict[str, object]],
) -> None:
    narrative = [
        f for f in all_findings
        if f["source"] == "004_c52ee38ce6c6c3d2.txt" and "8320.77" in str(f["message"])
    ]  # fmt: skip
    assert narrative, "the 8320.77 vs 8900.03 contradiction in seed 004 must be found"
    assert all(f["project"] is None for f in narrative)


def test_html_report_is_self_contained_and_puts_findings_beside_rows(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_review(str(seed_path("002_9d52ecbd56ee9879")), "--format", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert not re.search(r'(src|href)="https?:', page)  # no external assets
    assert page.count("<h3>") == 8 + 1  # 部门整体 + eight projects
    # The row holding "≥100百分比" carries its finding in the same table row.
    row = next(r for r in page.split("<tr") if "≥100百分比" in r and "finding" in r)
    assert re.search(r"<b>[A-Z]\d{3} (错误|警告|提示)</b>", row)


def test_xlsx_lists_every_finding(tmp_path: Path) -> None:
    out = tmp_path / "findings.xlsx"
    seed = seed_path("003_8840c27e1ab8127d")
    result = run_review(str(seed), "--format", "xlsx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    counted = json.loads(run_review(str(seed), "--format", "json").stdout)
    workbook = openpyxl.load_workbook(out)
    sheet = workbook["审核发现"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["文件", "部门", "项目序号", "项目名称"]
    assert sheet.max_row - 1 == len(counted)
    assert {c.value for c in sheet["J"][1:]} <= {"错误", "警告", "提示"}
    grades = workbook["评分"]
    assert grades.max_row - 1 == 1 + 14  # the document and its fourteen projects


def test_table_groups_by_document_and_project() -> None:
    result = run_review(str(seed_path("001_a168ace21779f849")))
    assert result.returncode == 0, result.stderr
    assert "001_a168ace21779f849.txt" in result.stdout
    assert re.search(r"项目1 办公设备购置\s+等级 [优良中差]", result.stdout)


def test_xlsx_needs_an_output_and_unknown_profile_is_refused() -> None:
    seed = str(seed_path("001_a168ace21779f849"))
    assert run_review(seed, "--format", "xlsx").returncode == 2
    refused = run_review(seed, "--profile", "no-such-profile")
    assert refused.returncode == 2 and "hebei-county" in refused.stderr


def test_one_finding_per_row_kept_in_json_and_grouped_in_reports(
    all_findings: list[dict[str, object]], tmp_path: Path
) -> None:
    """Seed 000 fills no 指标值确定依据: one S105 per row in JSON, one group per project."""
    missing = [
        f for f in all_findings if f["source"] == "000_6fea33418e000787.txt" and f["rule"] == "S105"
    ]  # fmt: skip
    assert len(missing) == 72
    assert all(f["project"] and f["indicator"] and f["indicator_index"] for f in missing)
    seed = str(seed_path("000_6fea33418e000787"))
    table = run_review(seed).stdout
    assert table.count("未填写指标值确定依据（9处）") == 8  # eight projects of nine rows
    out = tmp_path / "report.html"
    assert run_review(seed, "--format", "html", "-o", str(out)).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<b>S105</b> 未填写指标值确定依据：9处（指标1") == 8
    xlsx = tmp_path / "f.xlsx"
    assert run_review(seed, "--format", "xlsx", "-o", str(xlsx)).returncode == 0
    sheet = openpyxl.load_workbook(xlsx)["审核发现"]
    groups = [c.value for c in sheet["R"][1:] if str(c.value).startswith("S105")]
    assert len(groups) == 72 and "S105 9/9" in groups
