"""``jixiao import`` run as a user runs it: a real process on the real seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from jixiao.checks import IMPORT_CHECKS, import_finding
from jixiao.importers.api import import_file
from jixiao.schema import plan_json_schema, published_schema
from tests.conftest import SEEDS_DIR, seed_path

REQUIRED_PROJECT_KEYS = {
    "unit_code",
    "unit_name",
    "code",
    "name",
    "budget_total",
    "budget_fiscal",
    "budget_other",
    "purpose",
    "spend_plan",
    "goals",
    "indicators",
}


def run_jixiao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jixiao.cli.main", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_import_directory_prints_summary_and_writes_valid_json(tmp_path: Path) -> None:
    seed_path("000_6fea33418e000787")  # skip when the seeds are absent
    result = run_jixiao("import", str(SEEDS_DIR), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "秦皇岛市北戴河区机关事务管理局" in result.stdout or "秦皇岛市北戴河区" in result.stdout
    written = sorted(p.name for p in tmp_path.glob("*.json"))
    assert written == sorted(p.stem + ".json" for p in SEEDS_DIR.glob("*.txt"))
    schema = published_schema()
    for path in tmp_path.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)
        assert {
            "department",
            "year",
            "overall_goal",
            "sub_goals",
            "measures",
            "projects",
            "disclosure",
        } <= set(data)
        for project in data["projects"]:
            assert set(project) >= REQUIRED_PROJECT_KEYS
            assert set(project["spend_plan"]) == {"3月底", "6月底", "10月底", "12月底"}
            for indicator in project["indicators"]:
                assert {"level1", "level2", "level3", "description", "value", "basis"} <= set(
                    indicator
                )


def test_numbers_are_json_numbers(tmp_path: Path) -> None:
    result = run_jixiao("import", str(seed_path("000_6fea33418e000787")), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "000_6fea33418e000787.json").read_text(encoding="utf-8"))
    first = data["projects"][0]
    assert first["budget_total"] == 5.91 and first["budget_other"] == 0
    assert first["spend_plan"] == {"3月底": None, "6月底": None, "10月底": 75, "12月底": 100}


def test_bad_file_fails_with_one_line_and_others_still_import(tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"garbage")
    result = run_jixiao("import", str(bad), str(seed_path("001_a168ace21779f849")))
    assert result.returncode == 1
    assert "broken.docx: 文件已损坏" in result.stderr
    assert "Traceback" not in result.stderr
    assert "曹妃甸区政务接待中心" in result.stdout


def test_warnings_option_lists_locations() -> None:
    result = run_jixiao("import", str(seed_path("002_9d52ecbd56ee9879")), "--warnings")
    assert result.returncode == 0
    assert "002_9d52ecbd56ee9879.txt:294" in result.stdout


def test_import_issues_print_as_findings() -> None:
    """Each issue is the line its Finding describes: [code severity] place: message."""
    seed = seed_path("002_9d52ecbd56ee9879")
    result = run_jixiao("import", str(seed), "--warnings")
    plan = import_file(seed)
    assert len(plan.warnings) == 5
    for issue in plan.warnings:
        line = import_finding(issue, seed.name).describe()
        assert line.startswith(f"[{issue.code} {IMPORT_CHECKS[issue.code].severity.label}]")
        assert line in result.stdout
    assert "[spend-plan-misaligned 提示] 002_9d52ecbd56ee9879.txt:294: " in result.stdout


def test_published_schema_is_generated_from_the_model() -> None:
    assert published_schema() == plan_json_schema(), (
        "src/jixiao/schema/department-plan.schema.json is stale: run `jixiao schema > …`"
    )


def test_schema_command_prints_the_schema() -> None:
    result = run_jixiao("schema")
    assert json.loads(result.stdout) == plan_json_schema()


def test_a_document_with_nothing_read_says_unrecognised_and_exits_3(tmp_path: Path) -> None:
    notice = tmp_path / "通知.txt"
    notice.write_text("某单位关于做好工作的通知\n各科室：请按时报送材料。\n", encoding="utf-8")
    other = tmp_path / "目标表.txt"
    other.write_text(
        "项目绩效目标表\n(2022年度)\n项目名称 | 绿化项目\n"
        "一级指标 | 二级指标 | 三级指标 | 计量单位 | 指标性质 | 指标值\n"
        "产出指标 | 数量指标 | 绿化公路 | 米 | = | 3500\n",
        encoding="utf-8",
    )
    result = run_jixiao("import", str(notice), str(other))
    assert result.returncode == 3, result.stderr
    assert "未识别" in result.stdout and "某单位关于做好工作的通知" in result.stdout
    assert "绿化项目" not in result.stdout  # the summary names departments, not projects
    assert "目标表" in result.stdout
