"""``jixiao`` — the command line entry point.

Each command's module is imported only when that command runs: the evaluation or export
machinery costs half a second to import, and every worker process of ``--jobs`` imports
this module again (it is the ``__main__`` the workers are spawned from).
"""

from __future__ import annotations

import importlib

import click

from jixiao import __version__
from jixiao.packs import PackError

# command name -> "module:attribute" of its click command, in the order help lists them
COMMANDS = {
    "import": "jixiao.cli.import_command:import_command",
    "review": "jixiao.cli.review_command:review_command",
    "export": "jixiao.cli.export_command:export_command",
    "template": "jixiao.cli.template_command:template_command",
    "schema": "jixiao.cli.schema_command:schema_command",
    "evaluate": "jixiao.cli.evaluate_command:evaluate_command",
    "monitor": "jixiao.cli.monitor_command:monitor_command",
    "packs": "jixiao.cli.packs_command:packs_command",
}


class LazyGroup(click.Group):
    """A group whose commands are imported when they are asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attribute = target.split(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """The version and which build runs (docs/deploy.md, 编译版); imported only when asked."""
    if not value or ctx.resilient_parsing:
        return
    from jixiao.build_info import build_label

    click.echo(f"jixiao {__version__} ({build_label()})")
    ctx.exit()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="显示版本及所用构建（解释执行或编译版）后退出。",
)
def cli() -> None:
    """jixiao 绩效 — 预算绩效管理：导入、审核、监控、自评与公开。"""


def main() -> None:
    try:
        cli()
    except PackError as error:  # a broken pack: one line naming it, not a traceback
        raise SystemExit(f"错误：{error}") from None


if __name__ == "__main__":  # pragma: no cover
    main()
