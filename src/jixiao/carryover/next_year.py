"""下年度绩效目标起草: next year's plan started from this year's, with last year's actuals.

Every project is carried over with its goals, indicators, budget and spending plan (the
budget office revises the money later). Where the self-evaluation gives an indicator's
实际完成值, it is offered as the 历史标准 basis of next year's value (指标值确定依据:
"历史标准：2024年实际完成95%"; the former basis is kept after it). A year written in a
project name ("2024年水电费") moves on by one. Source locations, import warnings and the
disclosure tables belong to last year's document and are dropped.
"""

from __future__ import annotations

import re

from jixiao.evaluation.model import IndicatorResult, ProjectEvaluation
from jixiao.model.plan import DepartmentPlan, Indicator, Project

_KEY_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    return _KEY_SPACES.sub("", text)


def _renamed(name: str, year: int | None) -> str:
    if year is None:
        return name
    return name.replace(f"{year}年", f"{year + 1}年").replace(str(year), str(year + 1))


def _basis(indicator: Indicator, actual: IndicatorResult | None, year: int | None) -> str:
    if actual is None or not actual.actual.strip():
        return indicator.basis
    when = f"{year}年" if year else "上年"
    offered = f"历史标准：{when}实际完成{actual.actual.strip()}"
    if indicator.basis and indicator.basis != offered:
        return f"{offered}；原依据：{indicator.basis}"
    return offered


def _match(project: Project, evaluations: list[ProjectEvaluation]) -> ProjectEvaluation | None:
    for evaluation in evaluations:
        if project.code and evaluation.code == project.code:
            return evaluation
    return next((e for e in evaluations if _key(e.name) == _key(project.name)), None)


def _carry_project(
    project: Project, evaluation: ProjectEvaluation | None, year: int | None
) -> Project:
    actuals = {_key(i.level3): i for i in evaluation.indicators} if evaluation else {}
    indicators = [
        Indicator(
            level1=i.level1,
            level2=i.level2,
            level3=i.level3,
            description=i.description,
            value=i.value,
            basis=_basis(i, actuals.get(_key(i.level3)), year),
        )
        for i in project.indicators
    ]
    data = project.model_dump(exclude={"sources", "indicators"})
    data["name"] = _renamed(project.name, year)
    return Project(**data, indicators=indicators)


def next_year_plan(
    plan: DepartmentPlan, evaluations: list[ProjectEvaluation] | None = None
) -> DepartmentPlan:
    """A draft of next year's plan from ``plan`` and this year's self-evaluations."""
    year = plan.year
    found = evaluations or []
    projects = [_carry_project(p, _match(p, found), year) for p in plan.projects]
    data = plan.model_dump(
        exclude={"sources", "projects", "warnings", "disclosure", "sub_goals", "title"}
    )
    data["year"] = year + 1 if year is not None else None
    data["source_file"] = f"{plan.source_file}（结转起草）"
    sub_goals = [s.model_copy(update={"sources": {}}) for s in plan.sub_goals]
    return DepartmentPlan(**data, sub_goals=sub_goals, projects=projects)
