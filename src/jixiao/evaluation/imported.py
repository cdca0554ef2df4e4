"""A self-evaluation imported from any document (``jixiao import``), as scoring input,
and its published scores set beside the ones the profile gives.

A 自评表 of another province states its own 分值 / 得分 / 总分; re-scoring it by the
profile shows where the unit's arithmetic or method differs from ours.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.evaluation.engine import ProjectScore
from jixiao.evaluation.model import EvaluationBatch, IndicatorResult, ProjectEvaluation
from jixiao.model.money import Amount
from jixiao.model.plan import DepartmentPlan, Project


def _evaluation(project: Project, plan: DepartmentPlan) -> ProjectEvaluation:
    return ProjectEvaluation(
        name=project.name,
        code=project.code,
        department=project.department or plan.department,
        unit=project.implementer or project.unit_name,
        year=plan.year,
        budget_initial=project.budget_initial,
        budget_total=project.budget_adjusted or project.budget_total or project.budget_initial,
        executed=project.spent,
        fiscal_current=project.budget_fiscal,
        other_funds=project.budget_other,
        goal_expected=project.annual_goal or "\n".join(project.goals),
        indicators=[
            IndicatorResult(
                level1=i.level1,
                level2=i.level2,
                level3=i.level3,
                target=i.value,
                actual=i.actual or "",
                weight=i.weight,
                explanation=i.deviation or "",
            )
            for i in project.indicators
        ],
    )


def batch_from_plan(plan: DepartmentPlan) -> EvaluationBatch:
    """The projects of an imported self-evaluation, ready to score."""
    return EvaluationBatch(
        department=plan.department,
        year=plan.year,
        projects=[_evaluation(p, plan) for p in plan.projects if p.indicators],
    )


class ScoreDifference(BaseModel):
    """The published 总分 of a project next to the recomputed one, and why they differ."""

    model_config = ConfigDict(extra="forbid")

    name: str
    published: Amount | None = Field(description="总分 / 自评得分 as the document states it")
    published_grade: str | None = Field(
        default=None, description="自评等级 as the document states it (优, 良好 …)"
    )
    recomputed: Amount = Field(description="总分 by the profile")
    recomputed_grade: str | None = Field(default=None, description="等级 by the profile")
    difference: Amount | None = Field(description="recomputed − published")
    reasons: list[str] = Field(default_factory=list, description="Where the points differ")


RATE_STEP = Decimal("0.0001")  # a published rate rounded to 0.01 % is the same rate


def _reasons(project: Project, score: ProjectScore) -> list[str]:
    reasons: list[str] = []
    for stated, scored in zip(project.indicators, score.indicators, strict=False):
        if stated.score is not None and stated.score != scored.score:
            reasons.append(
                f"“{stated.level3}”公布得分 {stated.score}，按方案计 {scored.score}"
                f"（分值 {scored.weight}，实际 {scored.actual or '未填'}，目标 {scored.target}）"
            )
        elif stated.weight is not None and stated.weight != scored.weight:
            reasons.append(f"“{stated.level3}”公布分值 {stated.weight}，按方案分配 {scored.weight}")
    rates = (project.execution_rate, score.execution_rate)
    if rates[0] is not None and rates[1] is not None and abs(rates[0] - rates[1]) >= RATE_STEP:
        reasons.append(f"预算执行率公布 {rates[0]:.2%}，按金额计 {rates[1]:.2%}")
    stated_sum = sum((i.score for i in project.indicators if i.score is not None), Decimal(0))
    differs = project.total_score is not None and project.total_score != score.total
    if differs and stated_sum and not reasons:
        reasons.append(
            f"公布的指标得分合计 {stated_sum}，执行率得分按方案计 {score.execution_score}"
        )
    return reasons


def compare_published(plan: DepartmentPlan, scores: list[ProjectScore]) -> list[ScoreDifference]:
    """For each scored project, the published 总分 beside the recomputed one."""
    projects = [p for p in plan.projects if p.indicators]
    out: list[ScoreDifference] = []
    for project, score in zip(projects, scores, strict=True):
        published = project.total_score
        out.append(
            ScoreDifference(
                name=project.name,
                published=published,
                published_grade=project.grade,
                recomputed=score.total,
                recomputed_grade=score.grade,
                difference=None if published is None else score.total - published,
                reasons=_reasons(project, score),
            )
        )
    return out
