"""The summary of ``jixiao import``: one row per file for a few files; for a province's
thousands, totals by kind that add up to the files' own figures, and the unread files
still named one by one."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

from rich.console import Console

from jixiao.cli.import_summary import FILES_LISTED, ImportSummary
from jixiao.cli.import_work import ImportedFile, import_one
from tests.conftest import SEEDS_DIR, seed_path


def _imported(tmp_path: Path) -> list[ImportedFile]:
    seed_path("000_6fea33418e000787")  # skip when the seeds are absent
    notice = tmp_path / "通知.txt"
    notice.write_text("某单位关于做好工作的通知\n各科室：请按时报送材料。\n", encoding="utf-8")
    paths = [*sorted(SEEDS_DIR.glob("*.txt")), notice]
    return [import_one(p, out_dir=None, list_warnings=False, keep_plan=False) for p in paths]


def _printed(summary: ImportSummary) -> str:
    out = StringIO()
    summary.print(Console(file=out, width=140))
    return out.getvalue()


def test_a_few_files_get_a_row_each(tmp_path: Path) -> None:
    results = _imported(tmp_path)
    summary = ImportSummary(len(results))
    for result in results:
        summary.add(result)
    text = _printed(summary)
    assert all(result.path.name in text for result in results)
    assert "未识别" in text and "部门" in text


def test_a_province_gets_totals_by_kind_and_the_unread_files_by_name(tmp_path: Path) -> None:
    results = _imported(tmp_path)
    summary = ImportSummary(FILES_LISTED + 1)
    for result in results:
        summary.add(result)
    text = _printed(summary)
    assert not any(r.path.name in text for r in results if r.unread is None)
    assert "通知.txt：未识别：" in text
    goal_tables = [r for r in results if r.kind_name == "目标表"]
    assert len(goal_tables) >= 5
    projects = sum(r.projects for r in goal_tables)
    indicators = sum(r.indicators for r in goal_tables)
    row = next(line for line in text.splitlines() if "目标表" in line)
    cells = [cell.strip() for cell in row.strip("│ ").split("│")]
    assert cells == [
        "目标表",
        f"{len(goal_tables):,}",
        f"{projects:,}",
        f"{indicators:,}",
        f"{sum(r.warning_count for r in goal_tables):,}",
    ]
