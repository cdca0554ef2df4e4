"""The summary ``jixiao import`` prints: one row per file for a handful of files, totals
by kind for a province's thousands (a table of 10,000 rows is read by nobody and took
rich five seconds to lay out, after the workers had finished)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from jixiao.cli.import_work import ImportedFile

# Up to this many files each gets its row; above, the rows are totals by kind.
FILES_LISTED = 200


@dataclass
class _Totals:
    files: int = 0
    projects: int = 0
    indicators: int = 0
    warnings: int = 0


PER_FILE = ("文件", "类别", "部门", "年度", "项目", "指标", "警告")
PER_KIND = ("类别", "文件数", "项目", "指标", "警告")
_NUMERIC = {"文件数", "年度", "项目", "指标", "警告"}


def _table(columns: tuple[str, ...]) -> Table:
    table = Table(title="导入结果", show_lines=False)
    for name in columns:
        numeric = name in _NUMERIC
        # Fold long names rather than cut them: a summary must not hide a department.
        table.add_column(name, justify="right" if numeric else "left", overflow="fold")
    return table


class ImportSummary:
    """Collects each file's outcome as it comes; ``print`` lays the table out."""

    def __init__(self, files: int) -> None:
        self.listed = files <= FILES_LISTED
        self.table = _table(PER_FILE if self.listed else PER_KIND)
        self.totals: dict[str, _Totals] = {}
        self.unread: list[str] = []
        self.rows = 0

    def add(self, result: ImportedFile) -> None:
        self.rows += 1
        if self.listed:
            self.table.add_row(
                result.path.name,
                result.kind_name,
                f"未识别：{result.unread}" if result.unread else result.department or "—",
                str(result.year or "—"),
                str(result.projects),
                str(result.indicators),
                str(result.warning_count),
            )
            return
        if result.unread:
            self.unread.append(f"{result.path.name}：未识别：{result.unread}")
        totals = self.totals.setdefault(result.kind_name, _Totals())
        totals.files += 1
        totals.projects += result.projects
        totals.indicators += result.indicators
        totals.warnings += result.warning_count

    def print(self, console: Console) -> None:
        if not self.rows:
            return
        if not self.listed:
            for kind, totals in self.totals.items():
                self.table.add_row(
                    kind,
                    f"{totals.files:,}",
                    f"{totals.projects:,}",
                    f"{totals.indicators:,}",
                    f"{totals.warnings:,}",
                )
            for line in self.unread:
                console.print(line, highlight=False, markup=False)
        console.print(self.table)
