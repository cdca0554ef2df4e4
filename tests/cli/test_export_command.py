"""``jixiao export`` run as a user runs it, on the seeds and on JSON from import."""

from __future__ import annotations

from pathlib import Path

from jixiao.importers.api import import_file
from tests.cli.test_import_command import run_jixiao
from tests.conftest import SEEDS_DIR, published_fields, seed_path


def test_export_one_file_to_word_and_back(tmp_path: Path) -> None:
    seed = seed_path("001_a168ace21779f849")
    out = tmp_path / "out.docx"
    result = run_jixiao("export", str(seed), "--format", "docx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"→ {out}" in result.stdout
    assert published_fields(import_file(out)) == published_fields(import_file(seed))


def test_export_json_from_import_and_a_folder(tmp_path: Path) -> None:
    seed_path("000_6fea33418e000787")
    assert run_jixiao("import", str(SEEDS_DIR), "--out", str(tmp_path / "json")).returncode == 0
    result = run_jixiao("export", str(tmp_path / "json"), "-f", "csv", "-o", str(tmp_path / "od"))
    assert result.returncode == 0, result.stderr
    stems = sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    assert sorted(p.name for p in (tmp_path / "od").iterdir()) == stems
    for stem in stems:
        names = sorted(p.name for p in (tmp_path / "od" / stem).iterdir())
        assert names == ["datapackage.json", "department-plan.json", "indicators.csv"]
    assert f"已导出 {len(stems)} 个文件（csv）" in result.stdout


def test_export_html_next_to_the_input_by_default(tmp_path: Path) -> None:
    source = tmp_path / "plan.txt"
    source.write_bytes(seed_path("003_8840c27e1ab8127d").read_bytes())
    result = run_jixiao("export", str(source), "-f", "html")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert "张家口市机关事务管理局" in html


def test_bad_inputs_fail_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "坏.json"
    broken.write_text('{"projects": 3}', encoding="utf-8")
    result = run_jixiao("export", str(broken), "-f", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert "坏.json" in result.stderr and "不是 jixiao 导出的部门预算绩效 JSON" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    unknown = run_jixiao("export", str(broken), "-f", "odt")
    assert unknown.returncode == 2 and "odt" in unknown.stderr
