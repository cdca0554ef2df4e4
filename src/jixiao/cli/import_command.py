"""``jixiao import``: read documents, print a summary, optionally write JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from jixiao.cli.progress import file_progress
from jixiao.importers.api import expand_inputs, import_file
from jixiao.importers.errors import ImportFailed
from jixiao.model.plan import DepartmentPlan

# Above this many files a progress bar is worth the screen line it takes.
PROGRESS_THRESHOLD = 5


def _summary_table() -> Table:
    table = Table(title="导入结果", show_lines=False)
    for name in ("文件", "部门", "年度", "项目", "指标", "警告"):
        numeric = name in ("年度", "项目", "指标", "警告")
        # Fold long names rather than cut them: a summary must not hide a department.
        table.add_column(name, justify="right" if numeric else "left", overflow="fold")
    return table


def _write_json(plan: DepartmentPlan, out_dir: Path, source: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{source.stem}.json"
    target.write_text(plan.model_dump_json(indent=1), encoding="utf-8")
    return target


@click.command("import")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="为每个输入文件写出 DIR/<文件名>.json",
)
@click.option(
    "--warnings/--no-warnings", "show_warnings", default=False, help="逐条列出导入警告及其位置"
)
def import_command(inputs: tuple[Path, ...], out_dir: Path | None, show_warnings: bool) -> None:
    """导入部门预算绩效文本（.txt/.docx/.xlsx/.pdf，可为文件夹）。"""
    # Piped output has no terminal width; a wide table beats a folded one there.
    console = Console(stderr=False, width=None if sys.stdout.isatty() else 140)
    errors = Console(stderr=True)
    files = list(expand_inputs(list(inputs)))
    if not files:
        raise click.UsageError("没有找到可导入的文件")
    table = _summary_table()
    failures = 0
    plans: list[tuple[Path, DepartmentPlan]] = []
    with file_progress("导入", errors, files=len(files), threshold=PROGRESS_THRESHOLD) as progress:
        task = progress.add_task("import", total=len(files))
        for path in files:
            try:
                plan = import_file(path)
            except ImportFailed as error:
                failures += 1
                errors.print(f"[red]错误[/red] {error}", markup=True, highlight=False)
            else:
                plans.append((path, plan))
                if out_dir is not None:
                    _write_json(plan, out_dir, path)
            progress.advance(task)
    for path, plan in plans:
        table.add_row(
            path.name,
            plan.department or "—",
            str(plan.year or "—"),
            str(len(plan.projects)),
            str(plan.indicator_count),
            str(len(plan.warnings)),
        )
    if plans:
        console.print(table)
    if show_warnings:
        for path, plan in plans:
            for warning in plan.warnings:
                console.print(
                    f"{path.name}: [{warning.code}] {warning.describe()}",
                    highlight=False,
                    markup=False,
                )
    if out_dir is not None and plans:
        console.print(f"已写出 {len(plans)} 个 JSON 文件到 {out_dir}", highlight=False)
    if failures:
        sys.exit(1)
