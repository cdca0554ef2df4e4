"""预算安排建议清单: the projects the budget office should look at, and what to do.

A project is listed when its self-evaluation grade has a treatment in the profile
(``results.treatments``: 差 → 取消, 中 → 压减 by default) or when its 预算执行率 is
below ``results.low_execution_rate`` (→ 调整). When both apply, the stronger treatment
stands (取消 > 压减 > 调整) and both reasons are given. The list is ordered by
treatment, then by score. A project whose 预算执行率 is unknown (its 全年执行数 or
全年预算数 not yet filled, or a budget of 0 to measure against) is not listed: its
self-evaluation is unfinished, and the grade of a partly filled form (a 满意率 filled in
from a survey, say: 10 points, 差) is no ground to cut or cancel a budget.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.evaluation.engine import ProjectScore
from jixiao.model.money import Amount
from jixiao.model.percent import shown_percent
from jixiao.scoring.profile import EvaluationProfile

STRENGTH = {"取消": 3, "压减": 2, "调整": 1}


class BudgetAdvice(BaseModel):
    """One line of the list for the budget office (预算科)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="项目名称")
    code: str | None = Field(default=None, description="项目编码")
    grade: str = Field(description="自评等级")
    total: Amount = Field(description="自评总分")
    execution_rate: Amount | None = Field(description="预算执行率")
    treatment: str = Field(description="建议处理：取消 / 压减 / 调整")
    reasons: list[str] = Field(description="理由")


def advise(
    name: str,
    code: str | None,
    grade: str,
    total: Decimal,
    execution_rate: Decimal | None,
    profile: EvaluationProfile,
) -> BudgetAdvice | None:
    """One project's line on the list, or None when its grade and execution call for
    nothing (also for dashboards that keep grades and rates without the full score), and
    while ``execution_rate`` is unknown: the self-evaluation is not finished."""
    if execution_rate is None:
        return None
    settings = profile.results
    by_grade = {t.grade: t for t in settings.treatments}
    treatments: list[tuple[str, str]] = []
    grade_rule = by_grade.get(grade)  # type: ignore[call-overload]
    if grade_rule is not None:
        treatments.append((grade_rule.treatment, f"{grade_rule.reason}（{total}分）"))
    shown = shown_percent(execution_rate)  # compared as shown: 79.998% is 80%, not below
    if shown < settings.low_execution_rate * 100:
        low = settings.low_execution_treatment
        treatments.append((low.treatment, f"{low.reason}（预算执行率{shown}%）"))
    if not treatments:
        return None
    return BudgetAdvice(
        name=name,
        code=code,
        grade=grade,
        total=total,
        execution_rate=execution_rate,
        treatment=max(treatments, key=lambda t: STRENGTH[t[0]])[0],
        reasons=[reason for _, reason in treatments],
    )


def ordered(advice: list[BudgetAdvice]) -> list[BudgetAdvice]:
    """Strongest treatment first, then the lowest score."""
    return sorted(advice, key=lambda a: (-STRENGTH[a.treatment], a.total))


def budget_office_list(
    scores: list[ProjectScore], profile: EvaluationProfile
) -> list[BudgetAdvice]:
    """The projects graded 中/差 or with low execution, with the profile's treatments."""
    found = (advise(s.name, s.code, s.grade, s.total, s.execution_rate, profile) for s in scores)
    return ordered([a for a in found if a is not None])
