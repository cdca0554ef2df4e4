"""``jixiao review``: the automated review of documents, in four formats."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from jixiao.benchmarks import MemoryStore, unit_costs
from jixiao.importers.api import expand_inputs, import_file
from jixiao.importers.errors import ImportFailed
from jixiao.reports import (
    findings_json,
    print_review_table,
    render_review_html,
    write_review_xlsx,
)
from jixiao.reports.reviewed import Reviewed
from jixiao.review import available_profiles, load_profile, review_plan


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
def review_command(
    inputs: tuple[Path, ...], profile_name: str, output_format: str, output: Path | None
) -> None:
    """自动审核绩效目标：逐条指出问题、原因、位置和修改建议。"""
    try:
        profile = load_profile(profile_name)
    except (FileNotFoundError, KeyError, ValueError) as error:
        known = "、".join(available_profiles())
        raise click.BadParameter(f"{error}（内置方案：{known}）", param_hint="--profile") from None
    if output_format == "xlsx" and output is None:
        raise click.UsageError("xlsx 格式需要 -o 指定输出文件")
    errors = Console(stderr=True)
    plans = []
    failures = 0
    for path in expand_inputs(list(inputs)):
        try:
            plans.append(import_file(path))
        except ImportFailed as error:
            failures += 1
            errors.print(f"[red]错误[/red] {error}", highlight=False)
    # The documents reviewed together are each other's peers for unit costs (C107).
    peers = MemoryStore(cost for plan in plans for cost in unit_costs(plan))
    documents = [Reviewed(plan=p, report=review_plan(p, profile, peers=peers)) for p in plans]
    if output_format == "table":
        console = Console(width=None if sys.stdout.isatty() else 140, highlight=False)
        if output is not None:
            with output.open("w", encoding="utf-8") as handle:
                print_review_table(documents, Console(file=handle, width=140, highlight=False))
        else:
            print_review_table(documents, console)
    elif output_format == "xlsx":
        assert output is not None
        write_review_xlsx(documents, output)
    else:
        text = (
            findings_json(documents)
            if output_format == "json"
            else render_review_html(documents, peers=peers)
        )
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
    if output is not None:
        errors.print(f"已写出 {output}", highlight=False)
    if failures:
        sys.exit(1)
