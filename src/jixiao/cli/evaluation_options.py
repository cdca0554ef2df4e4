"""What ``jixiao evaluate`` and ``jixiao monitor`` share: the evaluation profile, the
output options, the table of projects and the way an unreadable input ends the command."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TypeVar

import click
from rich.console import Console
from rich.table import Table

from jixiao.evaluation import (
    DEFAULT_EVALUATION_PROFILE,
    EvaluationProfile,
    available_evaluation_profiles,
    load_evaluation_profile,
)

F = TypeVar("F", bound=Callable[..., object])


def profile_option(function: F) -> F:
    """``--profile NAME``: a bundled evaluation profile or a JSON file."""
    return click.option(
        "--profile",
        "profile_name",
        default=DEFAULT_EVALUATION_PROFILE,
        show_default=True,
        help="评价方案（内置方案名或 JSON 文件路径）",
    )(function)


def format_option(function: F) -> F:
    """``--format table|json``."""
    return click.option(
        "--format",
        "output_format",
        default="table",
        show_default=True,
        type=click.Choice(["table", "json"]),
        help="输出格式",
    )(function)


def load_profile_option(name: str) -> EvaluationProfile:
    """The profile named on the command line, or a usage error listing those the packs provide."""
    try:
        return load_evaluation_profile(name)
    except (OSError, ValueError) as error:
        known = "、".join(available_evaluation_profiles())
        message = f"{error}（已安装的方案：{known}）"
        raise click.BadParameter(message, param_hint="--profile") from None


def output_option(help_text: str) -> Callable[[F], F]:
    """``-o/--output FILE``: the form or report to write."""
    return click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help=help_text
    )


def project_table(title: str, columns: tuple[str, ...]) -> Table:
    """A table with one row a project: its name (项目) on the left, the figures right."""
    table = Table(title=title)
    for name in columns:
        table.add_column(name, justify="left" if name == "项目" else "right", overflow="fold")
    return table


def input_failed(error: Exception) -> NoReturn:
    """The input could not be read: the reason in red on stderr, exit status 1."""
    Console(stderr=True).print(f"[red]错误[/red] {error}", highlight=False)
    sys.exit(1)
