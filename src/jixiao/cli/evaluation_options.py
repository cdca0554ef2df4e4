"""Options shared by ``jixiao evaluate`` and ``jixiao monitor``: the evaluation profile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

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
