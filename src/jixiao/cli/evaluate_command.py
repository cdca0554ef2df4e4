"""``jixiao evaluate``: score self-evaluations (单位自评打分) under an evaluation profile."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from jixiao.cli.evaluation_options import format_option, load_profile_option, profile_option
from jixiao.evaluation import (
    EvaluationBatch,
    EvaluationProfile,
    ProjectScore,
    draft_report,
    render_evaluation_html,
    score_batch,
    write_evaluation_docx,
    write_evaluation_xlsx,
)
from jixiao.evaluation.load import load_batch
from jixiao.importers.errors import ImportFailed


def scores_json(profile_id: str, scores: list[ProjectScore]) -> str:
    """The JSON output: ``{"profile": …, "projects": [ProjectScore…]}``."""
    projects = [s.model_dump(mode="json") for s in scores]
    return json.dumps({"profile": profile_id, "projects": projects}, ensure_ascii=False, indent=1)


def _percent(rate: object) -> str:
    return "—" if rate is None else f"{float(str(rate)) * 100:.2f}%"


def print_scores(scores: list[ProjectScore], console: Console) -> None:
    table = Table(title="单位自评得分")
    for name in ("项目", "预算执行率", "执行率得分", "总分", "等级", "提示"):
        table.add_column(name, justify="left" if name == "项目" else "right", overflow="fold")
    for score in scores:
        table.add_row(
            score.name,
            _percent(score.execution_rate),
            str(score.execution_score),
            str(score.total),
            score.grade,
            str(len(score.findings)),
        )
    console.print(table)
    for score in scores:
        for finding in score.findings:
            console.print(f"  {finding.describe()}", highlight=False)
            console.print(f"      建议：{finding.suggestion}", style="dim", highlight=False)


@click.command("evaluate")
@click.argument("input_file", type=click.Path(path_type=Path, dir_okay=False))
@profile_option
@format_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="写出自评表（.xlsx、.docx、.html）或自评报告草稿（.md）",
)
def evaluate_command(
    input_file: Path, profile_name: str, output_format: str, output: Path | None
) -> None:
    """单位自评打分：预算执行率、各项指标得分、总分和等级（优/良/中/差）。"""
    profile = load_profile_option(profile_name)
    try:
        batch = load_batch(input_file)
    except ImportFailed as error:
        Console(stderr=True).print(f"[red]错误[/red] {error}", highlight=False)
        sys.exit(1)
    scores = score_batch(batch, profile)
    if output_format == "json":
        sys.stdout.write(scores_json(profile.id, scores) + "\n")
    else:
        print_scores(scores, Console(width=None if sys.stdout.isatty() else 140, highlight=False))
    if output is not None:
        _write(output, batch, scores, profile)
        Console(stderr=True).print(f"已写出 {output}", highlight=False)


def _write(
    output: Path, batch: EvaluationBatch, scores: list[ProjectScore], profile: EvaluationProfile
) -> None:
    suffix = output.suffix.lower()
    projects = batch.projects
    if suffix == ".docx":
        write_evaluation_docx(projects, output, profile)
    elif suffix in (".html", ".htm"):
        fragments = (render_evaluation_html(p, s) for p, s in zip(projects, scores, strict=True))
        output.write_text("\n".join(fragments), encoding="utf-8")
    elif suffix == ".md":
        text = draft_report(projects, scores, department=batch.department, year=batch.year)
        output.write_text(text, encoding="utf-8")
    else:
        write_evaluation_xlsx(projects, output, profile)
