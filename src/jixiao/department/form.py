"""部门整体支出绩效自评表: the department's self-evaluation as an official form (Excel,
Word, PDF) that carries every input, so a filled form reads back to the same evaluation
and the same score."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.department.figures import DepartmentFigures
from jixiao.department.profile import DepartmentProfile
from jixiao.department.scoring import (
    DepartmentEvaluation,
    DepartmentScore,
    JudgedScore,
    ProjectResult,
    TargetResult,
    score_department,
)
from jixiao.forms import Form, SheetGrid, cell, label
from jixiao.forms.output import forms_bytes, read_form_grids, write_forms
from jixiao.scoring.profile import EvaluationProfile

FORM_TITLE = "部门整体支出绩效自评表"
WIDTHS = (10.0, 18.0, 8.0, 14.0, 14.0, 10.0, 8.0, 18.0)
FIGURES: tuple[tuple[str, str], ...] = tuple(
    (str(field.description), name) for name, field in DepartmentFigures.model_fields.items()
)
GRID = ("一级指标", "三级指标", "分值", "计算公式或评分要点", "实际值", "得分", "说明")
TARGETS_HEAD, PROJECTS_HEAD, SURVEYS_HEAD = "目标内容", "项目名称", "满意度调查"


def _figure_rows(form: Form, figures: DepartmentFigures) -> None:
    pairs = [(caption, getattr(figures, name)) for caption, name in FIGURES]
    for start in range(0, len(pairs), 4):
        row = []
        for caption, value in pairs[start : start + 4]:
            row += [label(caption), cell(value)]
        form.add(*row, *([cell(None)] * (8 - len(row))))


def department_form(
    evaluation: DepartmentEvaluation, score: DepartmentScore, profile: DepartmentProfile
) -> Form:
    """The 自评表 of the department: figures, the scored indicator tree and every input."""
    explained = {
        leaf.id: leaf.formula or leaf.guide for level in profile.levels for leaf in level.indicators
    }
    form = Form(
        title=FORM_TITLE, subtitle=f"（{evaluation.year}年度）    单位：万元", widths=WIDTHS
    )
    form.add(
        label("部门名称"),
        cell(evaluation.department, 3),
        label("年度"),
        cell(str(evaluation.year), 3),
    )
    _figure_rows(form, evaluation.figures)
    form.add(
        label(GRID[0]), label(GRID[1]), label(GRID[2]), label(GRID[3], 2), *map(label, GRID[4:])
    )
    for row in score.indicators:
        form.add(
            cell(row.level),
            cell(row.name),
            cell(row.weight),
            cell(explained[row.id], 2),
            cell(row.value),
            cell(row.score),
            cell(row.note),
        )
    form.add(
        label("总分", 2),
        cell(Decimal(100)),
        cell(None, 2),
        cell(None),
        cell(score.total),
        cell(score.grade or "（有指标未评分）"),
    )
    form.add(label(TARGETS_HEAD, 3), label("目标值", 2), label("实际完成值", 3))
    for target in evaluation.targets:
        form.add(cell(target.subject, 3), cell(target.target, 2), cell(target.actual, 3))
    form.add(label(PROJECTS_HEAD, 4), label("全年预算数", 2), label("自评得分", 2))
    for project in evaluation.projects:
        form.add(cell(project.name, 4), cell(project.budget, 2), cell(project.total, 2))
    form.add(label(SURVEYS_HEAD, 4), label("满意率（%）", 4))
    for number, rate in enumerate(evaluation.satisfaction, start=1):
        form.add(cell(f"调查{number}", 4), cell(rate, 4))
    return form


def write_department_form(
    evaluations: list[DepartmentEvaluation],
    path: Path,
    profile: DepartmentProfile,
    settings: EvaluationProfile,
) -> list[DepartmentScore]:
    """The 自评表 of each department into ``path`` (.xlsx/.docx/.pdf); returns the scores."""
    forms, scores = _forms(evaluations, profile, settings)
    write_forms(forms, [e.department for e in evaluations], path, FORM_TITLE)
    return scores


def department_form_bytes(
    evaluations: list[DepartmentEvaluation],
    profile: DepartmentProfile,
    settings: EvaluationProfile,
    fmt: str,
) -> bytes:
    forms, _ = _forms(evaluations, profile, settings)
    return forms_bytes(forms, [e.department for e in evaluations], FORM_TITLE, fmt)


def _forms(
    evaluations: list[DepartmentEvaluation],
    profile: DepartmentProfile,
    settings: EvaluationProfile,
) -> tuple[list[Form], list[DepartmentScore]]:
    scores = [score_department(e, profile, settings) for e in evaluations]
    forms = [department_form(e, s, profile) for e, s in zip(evaluations, scores, strict=True)]
    return forms, scores


# -- reading back -------------------------------------------------------------------------


def _amount(grid: SheetGrid, caption: str) -> Decimal | None:
    row, col = grid.require(caption)
    return grid.number(grid.at(row, col + 1), row, col + 1)


def read_department_sheet(grid: SheetGrid, profile: DepartmentProfile) -> DepartmentEvaluation:
    """One department's 自评表 grid back to its evaluation."""
    figures = DepartmentFigures(**{name: _amount(grid, caption) for caption, name in FIGURES})
    head, name_col = grid.require(GRID[1])
    score_col, note_col = grid.require("得分", start=head)[1], grid.require("说明", start=head)[1]
    end, _ = grid.require("总分", start=head)
    judged = {}
    for level in profile.levels:
        for leaf in level.indicators:
            if leaf.measure != "judged":
                continue
            row = next(r for r in range(head + 1, end) if grid.at(r, name_col) == leaf.name)
            points = grid.number(grid.at(row, score_col), row, score_col)
            if points is not None:
                judged[leaf.id] = JudgedScore(points=points, comment=grid.at(row, note_col))
    t_head, _ = grid.require(TARGETS_HEAD, start=end)
    p_head, _ = grid.require(PROJECTS_HEAD, start=t_head)
    s_head, _ = grid.require(SURVEYS_HEAD, start=p_head)
    targets = [
        TargetResult(subject=t["subject"], target=t["target"], actual=t["actual"])
        for _, t in grid.records({"subject": 0, "target": 3, "actual": 5}, t_head + 1, p_head)
    ]
    projects = [
        ProjectResult(
            name=p["name"],
            budget=grid.number(p["budget"], row, 4) or Decimal(0),
            total=grid.number(p["total"], row, 6) or Decimal(0),
        )
        for row, p in grid.records({"name": 0, "budget": 4, "total": 6}, p_head + 1, s_head)
    ]
    rates = [grid.number(s["rate"], row, 4) for row, s in grid.records({"rate": 4}, s_head + 1)]
    year = grid.after("年度")
    return DepartmentEvaluation(
        department=grid.after("部门名称"),
        year=int(year) if year.isdigit() else 0,
        figures=figures,
        targets=targets,
        projects=projects,
        satisfaction=[rate for rate in rates if rate is not None],
        judged=judged,
    )


def read_department_form(path: Path, profile: DepartmentProfile) -> list[DepartmentEvaluation]:
    """Every 部门整体支出绩效自评表 of a .xlsx, .docx or .pdf file."""
    return [read_department_sheet(grid, profile) for grid in read_form_grids(path, FORM_TITLE)]
