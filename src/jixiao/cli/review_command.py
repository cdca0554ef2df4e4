"""``jixiao review``: the automated review of documents, in four formats.

Documents are reviewed one by one (or in ``--jobs`` worker processes) and each one's part
of the output is written as soon as it is reviewed, so memory depends on the largest
document, not on how many there are. The inputs may be source documents or the JSON that
``jixiao import --out`` wrote (read without parsing the source again; its sources still
point into the original file).
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from functools import partial
from pathlib import Path

import click
from rich.console import Console

from jixiao.cli.parallel import jobs_option, map_files
from jixiao.cli.progress import file_progress, interrupted
from jixiao.cli.review_outputs import ReviewOutput, open_review_output
from jixiao.cli.review_work import review_one
from jixiao.importers.api import expand_inputs
from jixiao.review import available_profiles, load_profile

# Above this many files a progress bar is worth the screen line it takes.
PROGRESS_THRESHOLD = 5


def _profile_argument(profile_name: str) -> str:
    """The profile as workers can load it: a file path made absolute, a bundled id as is."""
    try:
        load_profile(profile_name)
    except (FileNotFoundError, KeyError, ValueError) as error:
        known = "、".join(available_profiles())
        message = f"{error}（已安装的方案：{known}）"
        raise click.BadParameter(message, param_hint="--profile") from None
    path = Path(profile_name)
    return str(path.resolve()) if path.suffix == ".json" and path.exists() else profile_name


@click.command("review")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--profile",
    "profile_name",
    default="hebei-county",
    show_default=True,
    help="审核方案（内置方案名或 JSON 文件路径）",
)
@click.option(
    "--format",
    "output_format",
    default="table",
    show_default=True,
    type=click.Choice(["table", "json", "html", "xlsx"]),
    help="输出格式",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="输出文件（xlsx 必填；其余格式缺省时输出到屏幕）",
)
@jobs_option
def review_command(
    inputs: tuple[Path, ...],
    profile_name: str,
    output_format: str,
    output: Path | None,
    jobs: int | None,
) -> None:
    """自动审核绩效目标：逐条指出问题、原因、位置和修改建议。

    输入可以是原始文档，也可以是 jixiao import --out 写出的 JSON（不再重新解析原文，
    发现仍指向原文位置）。"""
    profile = _profile_argument(profile_name)
    if output_format == "xlsx" and output is None:
        raise click.UsageError("xlsx 格式需要 -o 指定输出文件")
    errors = Console(stderr=True)
    files = list(expand_inputs(list(inputs), with_json=True))
    work = partial(review_one, profile_name=profile, output_format=output_format)
    failures = 0
    with ExitStack() as stack:
        progress = stack.enter_context(
            file_progress("审核", errors, files=len(files), threshold=PROGRESS_THRESHOLD)
        )
        task = progress.add_task("review", total=len(files))
        # Opened inside the bar, so that printing to the terminal goes above it.
        sink: ReviewOutput = stack.enter_context(open_review_output(output_format, output))
        stack.enter_context(interrupted(errors, progress, task))
        for result in map_files(work, files, jobs):
            if result.error is not None:
                failures += 1
                errors.print(f"[red]错误[/red] {result.error}", highlight=False)
            else:
                sink.add(result)
            progress.advance(task)
    if output is not None:
        errors.print(f"已写出 {output}", highlight=False)
    if failures:
        sys.exit(1)
