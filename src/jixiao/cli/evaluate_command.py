"""``jixiao evaluate``: score self-evaluations (单位自评打分) under an evaluation profile."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console

from jixiao.cli.evaluation_options import (
    format_option,
    input_failed,
    load_profile_option,
    output_option,
    profile_option,
    project_table,
)
from jixiao.evaluation import (
    EvaluationBatch,
    EvaluationProfile,
    ProjectScore,
    draft_report,
    render_evaluation_html,
    score_batch,
)
from jixiao.evaluation.form import read_evaluation_form, write_evaluation_form
from jixiao.evaluation.imported import ScoreDifference, batch_from_plan, compare_published
from jixiao.evaluation.load import load_batch
from jixiao.evaluation.model import ProjectEvaluation
from jixiao.forms.files import FORM_FORMATS
from jixiao.importers.api import import_file, load_plan
from jixiao.importers.errors import ImportFailed
from jixiao.model.plan import KIND_NAMES, DepartmentPlan
from jixiao.packs import produced_by


def scores_json(profile_id: str, scores: list[ProjectScore]) -> str:
    """The JSON output: ``{"profile": …, "produced_by": [packs…], "projects": [ProjectScore…]}``
    (the packs in effect, so that the scores can be reproduced)."""
    projects = [s.model_dump(mode="json") for s in scores]
    packs = [p.model_dump() for p in produced_by()]
    return json.dumps(
        {"profile": profile_id, "produced_by": packs, "projects": projects},
        ensure_ascii=False,
        indent=1,
    )


def _percent(rate: object) -> str:
    return "—" if rate is None else f"{float(str(rate)) * 100:.2f}%"


def print_scores(scores: list[ProjectScore], console: Console) -> None:
    columns = ("项目", "预算执行率", "执行率得分", "总分", "等级", "提示")
    table = project_table("单位自评得分", columns)
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
@output_option("写出自评表（.xlsx、.docx、.pdf、.html）或自评报告草稿（.md）")
def evaluate_command(
    input_file: Path, profile_name: str, output_format: str, output: Path | None
) -> None:
    """单位自评打分：预算执行率、各项指标得分、总分和等级（优/良/中/差）。

    INPUT_FILE 为自评数据（.json），或填好的自评表（.xlsx、.docx、.pdf）。
    """
    profile = load_profile_option(profile_name)
    if output is not None and output.suffix.lower() not in _OUTPUTS:
        raise click.BadParameter(f"应为 {'、'.join(_OUTPUTS)} 文件", param_hint="-o")
    try:
        batch, imported = _read_batch(input_file, profile)
    except ImportFailed as error:
        input_failed(error)
    scores = score_batch(batch, profile)
    if output_format == "json":
        sys.stdout.write(scores_json(profile.id, scores) + "\n")
    else:
        console = Console(width=None if sys.stdout.isatty() else 140, highlight=False)
        print_scores(scores, console)
        if imported is not None:
            print_published(compare_published(imported, scores), console)
    if output is not None:
        _write(output, batch, scores, profile)
        Console(stderr=True).print(f"已写出 {output}", highlight=False)


_FORMS = tuple(f".{f}" for f in FORM_FORMATS)
_OUTPUTS = (*_FORMS, ".html", ".htm", ".md")


def _read_batch(
    path: Path, profile: EvaluationProfile
) -> tuple[EvaluationBatch, DepartmentPlan | None]:
    """The JSON input, the projects of a filled 自评表 (their department and year when
    they share one), or any document ``jixiao import`` reads as a self-evaluation (then
    with the imported plan, whose published scores are compared)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        if '"source_file"' not in path.read_text(encoding="utf-8", errors="replace"):
            return load_batch(path), None
        plan = load_plan(path)  # the JSON `jixiao import` wrote
        return batch_from_plan(plan), plan
    if suffix not in _FORMS:
        plan = import_file(path)
        batch = batch_from_plan(plan)
        if not batch.projects:
            raise ImportFailed(
                path.name,
                "未读到自评表的项目和指标（文档类别："
                f"{KIND_NAMES.get(plan.kind or '', '未识别')}）",
            )
        return batch, plan
    try:
        projects = read_evaluation_form(path, profile)
    except ImportFailed:
        projects = []
    if not projects:
        plan = import_file(path)  # another template's 自评表 in Word, Excel or PDF
        return batch_from_plan(plan), plan
    return _batch_of(projects), None


def _batch_of(projects: list[ProjectEvaluation]) -> EvaluationBatch:
    departments = {p.department for p in projects}
    years = {p.year for p in projects}
    return EvaluationBatch(
        department=departments.pop() if len(departments) == 1 else None,
        year=years.pop() if len(years) == 1 else None,
        projects=projects,
    )


def print_published(differences: list[ScoreDifference], console: Console) -> None:
    """公布得分 beside 复算得分, with where the points differ."""
    columns = ("项目", "公布总分", "公布等级", "复算总分", "复算等级", "差异")
    table = project_table("公布得分与复算得分", columns)
    for item in differences:
        published = "—" if item.published is None else str(item.published)
        difference = "—" if item.difference is None else f"{item.difference:+}"
        grades = (item.published_grade or "—", item.recomputed_grade or "—")
        table.add_row(item.name, published, grades[0], str(item.recomputed), grades[1], difference)
    console.print(table)
    for item in differences:
        for reason in item.reasons:
            console.print(f"  {item.name}：{reason}", highlight=False)


def _write(
    output: Path, batch: EvaluationBatch, scores: list[ProjectScore], profile: EvaluationProfile
) -> None:
    suffix = output.suffix.lower()
    projects = batch.projects
    if suffix in _FORMS:
        write_evaluation_form(projects, output, profile)
    elif suffix in (".html", ".htm"):
        fragments = (render_evaluation_html(p, s) for p, s in zip(projects, scores, strict=True))
        output.write_text("\n".join(fragments), encoding="utf-8")
    else:
        text = draft_report(projects, scores, department=batch.department, year=batch.year)
        output.write_text(text, encoding="utf-8")
