"""A province's pack written outside jixiao, installed with pip, used by the command line.

The pack's source is ``tests/fixtures/packs/example_pack`` (docs/packs.md walks through it):
a header synonym the built-in vocabulary does not know (预期绩效水平 for the 指标值
column) and an evaluation profile with its own weights. It is installed with pip into a
temporary folder (offline: no build isolation) and jixiao runs in a subprocess with that
folder on ``PYTHONPATH``; the same commands without it are the control.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.packs.installing import FIXTURES, install_example_pack

SELF_EVALUATION = FIXTURES / "evaluation" / "self-evaluation-2024.json"
PACK = {"name": "example-province", "version": "1.2.0"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pack installed with pip into a folder of its own."""
    return install_example_pack(tmp_path_factory.mktemp("pack"))


def jixiao(*args: str, site: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("JIXIAO_PACKS", None)
    if site is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "jixiao.cli.main", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def _self_evaluation_table(path: Path) -> Path:
    """A province's 自评表 whose 指标值 column is headed 预期绩效水平."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["2025年度项目支出绩效自评表"],
        ["项目名称", "农村饮水安全巩固提升"],
        ["一级指标", "二级指标", "三级指标", "预期绩效水平", "实际完成值"],
        ["产出指标", "数量指标", "改造供水工程数量", "≥12处", "12处"],
        ["产出指标", "质量指标", "工程验收合格率", "≥95%", "100%"],
        ["效益指标", "社会效益指标", "受益人口", "≥3万人", "3.2万人"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%"],
    ):
        sheet.append(row)
    book.save(path)
    return path


def test_jixiao_packs_lists_the_installed_pack(site: Path) -> None:
    listed = jixiao("packs", "--json", site=site)
    assert listed.returncode == 0, listed.stderr
    packs = {p["name"]: p for p in json.loads(listed.stdout)["packs"]}
    assert list(packs) == ["jixiao", "example-province"]  # the built-in pack first
    example = packs["example-province"]
    assert example["version"] == "1.2.0"
    data = ["example-province.evaluation.json", "import-headers.json"]
    assert example["provides"]["data"] == data
    assert "hebei-county.evaluation.json" in packs["jixiao"]["provides"]["data"]
    table = jixiao("packs", site=site)
    assert table.returncode == 0 and "example-province" in table.stdout
    without = json.loads(jixiao("packs", "--json").stdout)["packs"]
    assert [p["name"] for p in without] == ["jixiao"]


def test_the_packs_header_synonym_reads_the_value_column(site: Path, tmp_path: Path) -> None:
    document = _self_evaluation_table(tmp_path / "自评表.xlsx")

    def imported(out: Path, pack_site: Path | None) -> dict[str, object]:
        result = jixiao("import", str(document), "--out", str(out), site=pack_site)
        assert result.returncode == 0, result.stderr
        loaded: dict[str, object] = json.loads((out / "自评表.json").read_text("utf-8"))
        return loaded

    def values(plan: dict[str, object]) -> dict[str, str]:
        projects = plan["projects"]
        assert isinstance(projects, list)
        return {i["level3"]: i["value"] for p in projects for i in p["indicators"]}

    with_pack = imported(tmp_path / "with", site)
    assert values(with_pack) == {
        "改造供水工程数量": "≥12处",
        "工程验收合格率": "≥95%",
        "受益人口": "≥3万人",
        "群众满意度": "≥90%",
    }
    assert with_pack["produced_by"] == [{"name": "jixiao", "version": _version()}, PACK]
    without = imported(tmp_path / "without", None)
    assert set(values(without).values()) == {""}  # the column is not known without the pack
    assert without["produced_by"] == [{"name": "jixiao", "version": _version()}]


def test_the_packs_weights_score_the_self_evaluation(site: Path) -> None:
    result = jixiao(
        "evaluate", str(SELF_EVALUATION), "--profile", "example-province", "--format", "json",
        site=site,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    scored = json.loads(result.stdout)
    assert scored["profile"] == "example-province" and PACK in scored["produced_by"]
    service = next(p for p in scored["projects"] if p["name"] == "2024年服务保障运行经费")
    # 产出 40 points over six indicators, 效益 40, 满意度 10 (the built-in gives 50/30/10).
    assert [i["weight"] for i in service["indicators"]] == [6.67] * 6 + [40, 10]
    built_in = jixiao("evaluate", str(SELF_EVALUATION), "--format", "json", site=site)
    projects = json.loads(built_in.stdout)["projects"]
    service_before = next(p for p in projects if p["name"] == "2024年服务保障运行经费")
    assert [i["weight"] for i in service_before["indicators"]] == [8.33] * 6 + [30, 10]
    assert service["total"] != service_before["total"]
    unknown = jixiao("evaluate", str(SELF_EVALUATION), "--profile", "example-province")
    assert unknown.returncode != 0 and "example-province" in unknown.stderr


def _version() -> str:
    from importlib.metadata import version

    return version("jixiao")


def test_findings_name_the_pack_that_registered_their_rule(site: Path) -> None:
    seed = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
    document = seed / "000_6fea33418e000787.txt"
    if not document.exists():
        pytest.skip(f"seed {document} is not available on this machine")
    result = jixiao("review", str(document), "--format", "json", site=site)
    assert result.returncode == 0, result.stderr
    findings: list[dict[str, Any]] = json.loads(result.stdout)  # one record per finding
    packs = {f["rule"]: f["pack"] for f in findings}
    assert packs["X101"] == "example-province@1.2.0"
    long_names = {f["indicator"] for f in findings if f["rule"] == "X101"}
    assert "提倡绿色出行，促进生态文明建设" in long_names
    assert {p for r, p in packs.items() if r != "X101"} == {f"jixiao@{_version()}"}
    without = jixiao("review", str(document), "--format", "json")
    plain: list[dict[str, Any]] = json.loads(without.stdout)
    assert plain and "X101" not in {f["rule"] for f in plain}
    assert {f["pack"] for f in plain} == {f"jixiao@{_version()}"}
