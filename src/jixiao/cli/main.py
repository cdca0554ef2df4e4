"""``jixiao`` — the command line entry point."""

from __future__ import annotations

import click

from jixiao import __version__
from jixiao.cli.evaluate_command import evaluate_command
from jixiao.cli.export_command import export_command
from jixiao.cli.import_command import import_command
from jixiao.cli.monitor_command import monitor_command
from jixiao.cli.packs_command import packs_command
from jixiao.cli.review_command import review_command
from jixiao.cli.schema_command import schema_command
from jixiao.cli.template_command import template_command
from jixiao.packs import PackError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jixiao")
def cli() -> None:
    """jixiao 绩效 — 预算绩效管理：导入、审核、监控、自评与公开。"""


cli.add_command(import_command)
cli.add_command(review_command)
cli.add_command(export_command)
cli.add_command(template_command)
cli.add_command(schema_command)
cli.add_command(evaluate_command)
cli.add_command(monitor_command)
cli.add_command(packs_command)


def main() -> None:
    try:
        cli()
    except PackError as error:  # a broken pack: one line naming it, not a traceback
        raise SystemExit(f"错误：{error}") from None


if __name__ == "__main__":  # pragma: no cover
    main()
