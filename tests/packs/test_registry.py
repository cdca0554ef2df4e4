"""The pack registry: merge order, folder packs named by JIXIAO_PACKS, and clear errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from jixiao.packs import contributed, folder_pack, installed, merged_data
from jixiao.packs.merge import merge_data
from jixiao.packs.pack import PackError

PROFILES = Path(__file__).parent.parent.parent / "src" / "jixiao" / "profiles"
FIXTURES = Path(__file__).parent.parent / "fixtures"
SELF_EVALUATION = FIXTURES / "evaluation" / "self-evaluation-2024.json"


def test_later_data_extends_lists_first_and_replaces_values() -> None:
    earlier = {"roles": [{"role": "value"}, {"role": "unit"}], "units": {"元": 1, "万元": 2}}
    later = {"roles": [{"role": "unit"}, {"role": "extra"}], "units": {"元": 3}, "new": True}
    assert merge_data(earlier, later) == {
        "roles": [{"role": "unit"}, {"role": "extra"}, {"role": "value"}],
        "units": {"元": 3, "万元": 2},
        "new": True,
    }


def test_the_built_in_pack_is_first_and_gives_the_built_in_code() -> None:
    from jixiao.exporters.formats import Format
    from jixiao.importers.registry import Reader

    assert installed()[0].name == "jixiao"
    assert {f.name for f in contributed("formats", Format)} >= {"docx", "pdf", "xlsx", "csv"}
    assert ".docx" in {s for r in contributed("readers", Reader) for s in r.suffixes}
    bundled = json.loads((PROFILES / "import-headers.json").read_text(encoding="utf-8"))
    assert merged_data("import-headers.json")["column_roles"][0] == bundled["column_roles"][0]


def _run(*args: str, packs: list[Path]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, JIXIAO_PACKS=os.pathsep.join(str(p) for p in packs))
    return subprocess.run(
        [sys.executable, "-m", "jixiao.cli.main", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_a_folder_pack_adds_a_profile_and_later_packs_win(tmp_path: Path) -> None:
    first, second = tmp_path / "county", tmp_path / "county-2026"
    for folder, version, weight in ((first, "1.0", 20), (second, "2.0", 40)):
        folder.mkdir()
        manifest = {"name": folder.name, "version": version, "title": "某县"}
        (folder / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
        profile = json.loads((PROFILES / "hebei-county.evaluation.json").read_text("utf-8"))
        profile["id"] = "county"
        profile["scoring"]["execution_weight"] = weight
        profile["scoring"]["pools"][0]["weight"] = 60 - weight  # 产出 + 执行率 stay at 60
        (folder / "county.evaluation.json").write_text(json.dumps(profile), encoding="utf-8")
    listed = json.loads(_run("packs", "--json", packs=[first, second]).stdout)["packs"]
    names = [(p["name"], p["version"]) for p in listed]
    assert names[1:] == [("county", "1.0"), ("county-2026", "2.0")]
    scored = _run("evaluate", str(SELF_EVALUATION), "--profile", "county", "--format", "json",
                  packs=[first, second])  # fmt: skip
    assert scored.returncode == 0, scored.stderr
    projects = json.loads(scored.stdout)["projects"]
    audit = next(p for p in projects if p["name"] == "2024年办公用房评估审计费")
    assert audit["execution_score"] == 40  # fully executed: the later pack's weight


def test_a_broken_manifest_is_named(tmp_path: Path) -> None:
    (tmp_path / "pack.json").write_text('{"name": "x",\n "version": }', encoding="utf-8")
    result = _run("packs", packs=[tmp_path])
    assert result.returncode != 0
    assert "pack.json" in result.stderr and "第 2 行" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    try:
        folder_pack(empty)
    except PackError as error:
        assert "没有 pack.json" in str(error)
    else:
        raise AssertionError("a folder without pack.json was accepted")


def test_a_pack_naming_the_wrong_kind_of_code_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "wrong"
    folder.mkdir()
    manifest = {"name": "wrong", "version": "0.1", "code": {"formats": ["jixiao.packs:HOOKS"]}}
    (folder / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    shutil.copy(PROFILES / "import-headers.json", folder / "import-headers.json")
    result = _run("export", str(SELF_EVALUATION), "-f", "pdf", packs=[folder])
    assert result.returncode != 0
    assert "wrong" in result.stderr and "导出格式" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_pack_adds_an_output_format_to_jixiao_export(tmp_path: Path) -> None:
    folder = tmp_path / "outline"
    folder.mkdir()
    (folder / "outline_format.py").write_text(
        "from jixiao.exporters.formats import Format\n"
        "def write(plan, path):\n"
        "    lines = [f'# {plan.department}'] + [f'- {p.name}' for p in plan.projects]\n"
        "    path.write_text('\\n'.join(lines), encoding='utf-8')\n"
        "    return [path]\n"
        "FORMAT = Format('outline', '.md', 'text/markdown', '项目提纲', '提纲', write)\n",
        encoding="utf-8",
    )
    code = {"formats": ["outline_format:FORMAT"]}
    manifest = {"name": "outline", "version": "0.1", "code": code}
    (folder / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    from jixiao.model.plan import DepartmentPlan, Project

    source = tmp_path / "plan.json"
    plan = DepartmentPlan(source_file="x.txt", department="某局", projects=[Project(name="项目甲")])
    source.write_text(plan.model_dump_json(), encoding="utf-8")
    target = tmp_path / "提纲.md"
    env = dict(os.environ, JIXIAO_PACKS=str(folder), PYTHONPATH=str(folder))
    export = ["export", str(source), "-f", "outline", "-o", str(target)]
    result = subprocess.run(
        [sys.executable, "-m", "jixiao.cli.main", *export],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").splitlines() == ["# 某局", "- 项目甲"]
