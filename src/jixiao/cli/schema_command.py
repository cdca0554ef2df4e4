"""``jixiao schema``: print the JSON Schema of the import output."""

from __future__ import annotations

import click

from jixiao.schema import render_schema


@click.command("schema")
def schema_command() -> None:
    """输出导入结果 JSON 的 JSON Schema。"""
    click.echo(render_schema(), nl=False)
