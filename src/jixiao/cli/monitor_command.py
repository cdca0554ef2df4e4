"""``jixiao monitor``: 双监控 of a plan's projects from an actuals upload or a 监控表."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click
from openpyxl import load_workbook
from rich.console import Console

from jixiao.cli.evaluation_options import (
    format_option,
    input_failed,
    load_profile_option,
    output_option,
    profile_option,
    project_table,
)
from jixiao.forms.files import FORM_FORMATS, form_format
from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.monitoring import MonitoringResult, MonitoringRound, monitor_round
from jixiao.monitoring.actuals import read_actuals_xlsx, write_actuals_template
from jixiao.monitoring.engine import pct
from jixiao.monitoring.form import (
    SUMMARY_SHEET,
    read_monitoring_form,
    read_monitoring_xlsx,
    write_monitoring_form,
)
from jixiao.monitoring.imported import round_date, round_from_plan

NO_DATE = "文档未写明1-N月及年度，请用 --date 指定监控日期"
_STYLE = {"green": "green", "yellow": "yellow", "red": "bold red", "unfilled": "dim"}


def _read_round(path: Path, date: dt.date | None) -> MonitoringRound:
    """A 监控表 (Word, PDF, or a workbook with the 监控汇总 sheet), an actuals upload, or
    another template's 监控表 in any format ``jixiao import`` reads."""
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf", ".xlsx", ".xlsm"):
        return _imported_round(path, date)
    if suffix in (".docx", ".pdf"):
        try:
            return read_monitoring_form(path)
        except ImportFailed:
            return _imported_round(path, date)
    try:
        names = load_workbook(path, read_only=True).sheetnames
    except Exception:  # let the readers report the damaged file in their words
        names = []
    if SUMMARY_SHEET in names:
        return read_monitoring_xlsx(path)
    return read_actuals_xlsx(path, date)


def _imported_round(path: Path, date: dt.date | None) -> MonitoringRound:
    plan = import_file(path)
    when = round_date(plan, date)
    if when is None:
        raise ImportFailed(path.name, NO_DATE)
    return round_from_plan(plan, when)


def print_report(report: MonitoringResult, console: Console) -> None:
    table = project_table(
        f"绩效运行监控（数据截至{report.monitor_date.isoformat()}）",
        ("项目", "预算数", "累计支出", "执行率", "计划进度", "序时进度", "预计年底", "预警"),
    )
    for p in report.projects:
        table.add_row(
            p.name,
            str(p.budget_total or "—"),
            str(p.spent_to_date or "—"),
            pct(p.execution_rate) if p.execution_rate is not None else "—",
            f"{pct(p.planned_at_checkpoint)}（{p.checkpoint}）" if p.planned_at_checkpoint else "—",
            pct(p.time_progress),
            pct(p.forecast_rate) if p.forecast_rate is not None else "—",
            f"[{_STYLE[p.light.value]}]{p.light.label}[/]",
        )
    console.print(table)
    for p in report.projects:
        for finding in p.findings:
            console.print(f"  {finding.describe()}", highlight=False, markup=False)


@click.command("monitor")
@click.argument("plan_file", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("actuals", type=click.Path(path_type=Path, dir_okay=False), required=False)
@click.option("--date", "date_text", help="监控日期，如 2026-06-30（填报表未填日期时使用）")
@profile_option
@format_option
@output_option("写出监控表（.xlsx、.docx 或 .pdf）")
@click.option(
    "--template",
    type=click.Path(dir_okay=False, path_type=Path),
    help="只写出按计划预填的实际支出填报模板（.xlsx）",
)
def monitor_command(
    plan_file: Path,
    actuals: Path | None,
    date_text: str | None,
    profile_name: str,
    output_format: str,
    output: Path | None,
    template: Path | None,
) -> None:
    """绩效运行监控：对照资金支出计划和序时进度，预测年底执行率，亮红黄绿灯。"""
    errors = Console(stderr=True)
    try:
        date = dt.date.fromisoformat(date_text) if date_text else None
    except ValueError:
        raise click.BadParameter(
            f"“{date_text}”不是日期（应如 2026-06-30）", param_hint="--date"
        ) from None
    profile = load_profile_option(profile_name)
    _check_output(output)
    try:
        plan = import_file(plan_file)
        if template is not None:
            write_actuals_template(plan, template, date)
            errors.print(f"已写出 {template}", highlight=False)
            return
        if actuals is None and plan.kind == "monitoring":
            # another template's 监控表: its own targets and its 1–N月 progress
            when = round_date(plan, date)
            if when is None:
                raise ImportFailed(plan_file.name, NO_DATE)
            round_ = round_from_plan(plan, when)
        elif actuals is None:
            raise click.UsageError(
                "请给出实际支出填报表或监控表（ACTUALS），或用 --template 生成模板"
            )
        else:
            round_ = _read_round(actuals, date)
    except ImportFailed as error:
        input_failed(error)
    report = monitor_round(round_, plan, profile)
    if output_format == "json":
        sys.stdout.write(
            json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"
        )
    else:
        print_report(report, Console(width=None if sys.stdout.isatty() else 160, highlight=False))
    if output is not None:
        write_monitoring_form(round_, output, report)
        errors.print(f"已写出 {output}", highlight=False)


def _check_output(output: Path | None) -> None:
    """Refuse an output suffix no form is written in, before any work is done."""
    if output is None:
        return
    try:
        form_format(output)
    except ImportFailed:
        choices = "、".join(f".{f}" for f in FORM_FORMATS)
        raise click.BadParameter(f"监控表应为 {choices} 文件", param_hint="-o") from None
