"""``jixiao export``: write plans as Word, PDF, Excel, HTML, JSON or CSV open data."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from jixiao.cli.progress import file_progress
from jixiao.exporters.formats import export_plan, formats, get_format
from jixiao.importers.api import expand_inputs, load_plan
from jixiao.importers.errors import ImportFailed
from jixiao.model import DepartmentPlan

PROGRESS_THRESHOLD = 3
"""Above this many files a progress bar is worth its line (PDF takes a second each)."""


def _target(source: Path, fmt: str, output: Path | None, *, many: bool) -> Path:
    """Where one input's export goes.

    One input: ``-o`` is the file (or a folder to put it in). Several: ``-o`` is a
    folder. CSV open data gets a folder per plan (CSV, datapackage.json, JSON).
    """
    chosen = get_format(fmt)
    name = chosen.file_name or f"{source.stem}{chosen.suffix}"
    if output is None:
        folder = source.parent / source.stem if chosen.packaged else source.parent
        return folder / name
    folder_named = output.is_dir() or output.suffix == ""  # "-o 公开/" names a folder
    if many or folder_named or (chosen.packaged and output.suffix.lower() != chosen.suffix):
        folder = output / source.stem if chosen.packaged and many else output
        return folder / name
    return output


def _known_format(name: str) -> str:
    """``name`` if a pack provides that format (looked up when the command runs, not when
    the command line is built, so a broken pack breaks only what uses it)."""
    if name not in formats():
        raise click.BadParameter(f"“{name}”不是可用的格式；可选：{'、'.join(formats())}")
    return name


@click.command("export")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    required=True,
    callback=lambda _context, _option, value: _known_format(value),
    help="输出格式：docx（公文版式）、pdf、xlsx（财政厅样式）、html、json、csv（开放数据），"
    "或已安装的扩展包提供的格式（jixiao packs）",
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(path_type=Path),
    help="输出文件；多个输入时为输出文件夹。缺省时写在输入文件旁",
)
@click.option(
    "--db",
    "from_db",
    is_flag=True,
    help="从数据库导出：输入为“部门名称”或“部门名称:年度”（DATABASE_URL，默认 var/jixiao.sqlite3）",
)
def export_command(inputs: tuple[Path, ...], fmt: str, output: Path | None, from_db: bool) -> None:
    """导出部门预算绩效文本：Word、PDF、Excel、网页、JSON 或 CSV 开放数据。

    输入可为 jixiao import 能读取的任何文件（.txt/.docx/.xlsx/.pdf）、
    jixiao import --out 写出的 .json、包含这些文件的文件夹，或（--db）数据库中的计划。
    """
    console = Console(stderr=False, highlight=False)
    errors = Console(stderr=True, highlight=False)
    stored: dict[Path, DepartmentPlan] = {}
    if from_db:
        stored = plans_from_database([str(i) for i in inputs])
        files = list(stored)
    else:
        files = list(expand_inputs(list(inputs), with_json=True))
    if not files:
        raise click.UsageError("没有找到可导出的文件")
    many = len(files) > 1
    if many and output is not None and output.exists() and not output.is_dir():
        raise click.UsageError(f"多个输入时 -o 须为文件夹：{output}")
    failures = 0
    written = 0
    with file_progress("导出", errors, files=len(files), threshold=PROGRESS_THRESHOLD) as progress:
        task = progress.add_task("export", total=len(files))
        for source in files:
            try:
                plan = stored[source] if from_db else load_plan(source)
                target = _target(source, fmt, output, many=many)
                paths = export_plan(plan, fmt, target)
            except ImportFailed as error:
                failures += 1
                errors.print(f"[red]错误[/red] {error}", markup=True)
            except OSError as error:
                failures += 1
                errors.print(f"[red]错误[/red] {source.name}: 无法写出（{error}）", markup=True)
            else:
                written += 1
                for path in paths:
                    console.print(f"{source.name} → {path}", markup=False, soft_wrap=True)
            progress.advance(task)
    if written and many:
        console.print(f"已导出 {written} 个文件（{fmt}）", markup=False)
    if failures:
        sys.exit(1)


def plans_from_database(names: list[str]) -> dict[Path, DepartmentPlan]:
    """The stored plans named “部门名称” (latest year) or “部门名称:年度”.

    Django is started only here, so that the plain CLI stays quick and framework-free.
    """
    from jixiao.web.setup import configure

    configure()
    from jixiao.web.plans.convert import plan_to_domain
    from jixiao.web.plans.lookup import latest_plan

    found: dict[Path, DepartmentPlan] = {}
    for name in names:
        department, _, year = name.partition(":")
        record = latest_plan(department.strip(), int(year) if year.strip().isdigit() else None)
        if record is None:
            raise click.UsageError(f"数据库中没有“{name}”的绩效文本")
        found[Path(f"{record.department.name}{record.year}年")] = plan_to_domain(record)
    return found
