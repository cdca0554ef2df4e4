"""``jixiao packs``: the installed packs, in merge order, with versions and what each provides."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from jixiao import packs


@click.command("packs")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
def packs_command(as_json: bool) -> None:
    """列出已安装的扩展包（按合并顺序，后者覆盖前者）：名称、版本及提供的数据和代码。"""
    try:
        listing = packs.listing()
    except packs.PackError as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps({"packs": listing}, ensure_ascii=False, indent=1))
        return
    table = Table(title="已安装的扩展包")
    for column in ("名称", "版本", "说明", "提供", "来源"):
        table.add_column(column, overflow="fold")
    for entry in listing:
        provides = entry["provides"]
        assert isinstance(provides, dict)
        lines = [
            f"{packs.HOOKS.get(hook, '数据文件')}：{'、'.join(items)}"
            for hook, items in provides.items()
            if items
        ]
        table.add_row(
            str(entry["name"]),
            str(entry["version"]),
            str(entry["title"]),
            "\n".join(lines),
            str(entry["origin"]),
        )
    Console(width=160).print(table)
