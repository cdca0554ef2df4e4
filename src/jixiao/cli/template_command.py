"""``jixiao template``: blank templates for users to fill."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("template")
def template_command() -> None:
    """生成可填写的模板。"""


@template_command.command("xlsx")
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path),
    help="输出文件，如 绩效目标表模板.xlsx",
)
def xlsx_template(output: Path) -> None:
    """财政厅样式的绩效目标表 Excel 模板（可被 jixiao import 读取）。"""
    from jixiao.exporters.plan_xlsx_template import write_template_xlsx

    write_template_xlsx(output)
    click.echo(f"已生成模板：{output}")
