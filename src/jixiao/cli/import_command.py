"""``jixiao import``: read documents, print a summary, optionally write JSON."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

import click
from rich.console import Console

from jixiao.cli.import_summary import ImportSummary
from jixiao.cli.import_work import import_one, remove_partial_files
from jixiao.cli.parallel import jobs_option, map_files
from jixiao.cli.progress import file_progress, interrupted
from jixiao.importers.api import expand_inputs
from jixiao.model.plan import DepartmentPlan

# Above this many files a progress bar is worth the screen line it takes.
PROGRESS_THRESHOLD = 5


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
@click.option(
    "--db",
    "to_db",
    is_flag=True,
    help="写入数据库（DATABASE_URL，默认 var/jixiao.sqlite3），与网页导入相同：目标表存为"
    "绩效文本，自评表写入该年度自评，监控表写入1-N月的监控，公开表、决算表存为导入文档；"
    "全部成功才写入",
)
@click.option(
    "--region", default="示例区划", show_default=True, help="--db：文档所属区划（财政局）"
)
@click.option("--year", "default_year", type=int, help="--db：文档未写明年度时使用的预算年度")
@click.option("--replace", is_flag=True, help="--db：也替换审核中或已批复的计划")
@jobs_option
def import_command(
    inputs: tuple[Path, ...],
    out_dir: Path | None,
    show_warnings: bool,
    to_db: bool,
    region: str,
    default_year: int | None,
    replace: bool,
    jobs: int | None,
) -> None:
    """导入部门预算绩效文本（.txt/.docx/.xlsx/.pdf，可为文件夹）。

    逐个文件处理并立即写出、释放，内存只取决于最大的一个文件；--db 须一次性写入，
    故保留全部计划。"""
    # Piped output has no terminal width; a wide table beats a folded one there.
    console = Console(stderr=False, width=None if sys.stdout.isatty() else 140)
    errors = Console(stderr=True)
    files = list(expand_inputs(list(inputs)))
    if not files:
        raise click.UsageError("没有找到可导入的文件")
    summary = ImportSummary(len(files))
    work = partial(import_one, out_dir=out_dir, list_warnings=show_warnings, keep_plan=to_db)
    plans: list[DepartmentPlan] = []  # only with --db
    failures = written = unread = 0
    with file_progress("导入", errors, files=len(files), threshold=PROGRESS_THRESHOLD) as progress:
        task = progress.add_task("import", total=len(files))
        with interrupted(errors, progress, task, partial(remove_partial_files, out_dir)):
            for result in map_files(work, files, jobs):
                if result.error is not None:
                    failures += 1
                    errors.print(f"[red]错误[/red] {result.error}", markup=True, highlight=False)
                else:
                    written += 1
                    unread += result.unread is not None
                    summary.add(result)
                    for line in result.warnings:
                        console.print(line, highlight=False, markup=False)
                    if result.plan is not None and result.unread is None:
                        plans.append(result.plan)  # what gave nothing replaces nothing
                progress.advance(task)
    summary.print(console)
    if out_dir is not None and written:
        console.print(f"已写出 {written} 个 JSON 文件到 {out_dir}", highlight=False)
    if to_db:
        if failures:
            errors.print("有文件无法导入：数据库未作任何修改", highlight=False)
            sys.exit(1)
        for line in store_in_database(plans, region, default_year, replace):
            console.print(line, highlight=False, markup=False)
        if unread:
            console.print(f"{unread} 个未识别的文件未写入数据库", highlight=False)
    if failures:
        sys.exit(1)
    if unread:
        sys.exit(3)  # some input gave no content: not a success, though the others imported


def store_in_database(
    plans: list[DepartmentPlan], region_name: str, default_year: int | None, replace: bool
) -> list[str]:
    """Store all documents in one transaction (the web application's database), each
    where the web import puts its kind; one line per document saying where it went.

    Django is started only here, so that the plain CLI stays quick and framework-free.
    """
    from jixiao.web.setup import configure

    configure()
    from jixiao.web.plans.loading import region_named, store_documents
    from jixiao.web.plans.storing import StoreRefused

    region = region_named(region_name)
    try:
        records = store_documents(plans, region, default_year=default_year, replace=replace)
    except StoreRefused as refused:
        raise click.ClickException(f"{refused}（数据库未作任何修改）") from refused
    lines = []
    for record in records:
        where = f"{record.source_file}（{record.kind_name}）→ {record.attached_to}"
        lines.append(f"已写入数据库：{where}")
        lines += [f"  {note}" for note in record.notes]
    return lines
