"""Defect classes for what a 自评表 concludes (N220–N222): its 自评等级, its 预算执行率得分
and its 总分 made to disagree with the rest of the table. They run on the corpus's
self-evaluations (``"corpus": "self_evaluation"`` in catalogue.json) and change one stated
figure of the first project that states it, nothing else."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from jixiao.review.rules.budget_lines import execution_weight_too_large
from tests.review.defects.mutations import Target, mutation


@mutation
def grade_unlike_total(plan: DepartmentPlan) -> Target | None:
    """The stated 总分 given the grade two bands away (≥90 written 差, below written 优)."""
    for p, project in enumerate(plan.projects, start=1):
        if project.total_score is not None:
            project.grade = "差" if project.total_score >= 80 else "优"
            return Target(p, frozenset())
    return None


@mutation
def execution_points_unlike_rate(plan: DepartmentPlan) -> Target | None:
    """The 预算执行率得分 halved (and one point off), its rate and 分值 kept. Not where the
    分值 itself is beyond the table's 100 points (N236, 鄂州's 分值 100): no 得分 is
    checked by it there."""
    for p, project in enumerate(plan.projects, start=1):
        weight, score = project.execution_weight, project.execution_score
        if execution_weight_too_large(project):
            continue
        if weight and score is not None and project.execution_rate is not None:
            project.execution_score = (
                (score / 2 - 1).quantize(Decimal("0.1")) if score > 2 else weight
            )
            return Target(p, frozenset())
    return None
