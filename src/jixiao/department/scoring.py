"""部门整体自评评分: each leaf of the profile's tree scored from its measure.

Ratios come from the figures (:mod:`.figures`); the goals' targets are compared with their
actuals by the same comparison as project indicators (:func:`jixiao.scoring.compare`);
projects roll up as their self-evaluation totals weighted by budget; satisfaction comes
from the surveys; judged leaves carry the evaluator's points. A leaf without data is
未填报 (no score), and the grade waits until every leaf has one.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.department.figures import DepartmentFigures, measure_value
from jixiao.department.profile import DepartmentProfile, Leaf
from jixiao.scoring.compare import Comparison, compare
from jixiao.scoring.profile import EvaluationProfile

_CENT = Decimal("0.01")


class TargetResult(BaseModel):
    """A measurable target of the department's goals and what was achieved."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    subject: str = Field(description="目标内容, e.g. 公务用车满意率")
    target: str = Field(description="目标值 as written, e.g. 90%以上")
    actual: str = Field(default="", description="实际完成值 as written")


class ProjectResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    budget: Decimal = Field(ge=0, description="全年预算数（万元）")
    total: Decimal = Field(ge=0, le=100, description="项目自评得分")


class JudgedScore(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    points: Decimal = Field(ge=0)
    comment: str = ""


class DepartmentEvaluation(BaseModel):
    """What the department reports for its year-end self-evaluation."""

    model_config = ConfigDict(extra="forbid")

    department: str
    year: int
    figures: DepartmentFigures = DepartmentFigures()
    targets: list[TargetResult] = Field(default_factory=list)
    projects: list[ProjectResult] = Field(default_factory=list)
    satisfaction: list[Decimal] = Field(default_factory=list, description="满意率（%）")
    judged: dict[str, JudgedScore] = Field(default_factory=dict, description="指标编号 → 得分")


class IndicatorScore(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    level: str
    id: str
    name: str
    weight: Decimal
    value: str = Field(description="指标实际值, e.g. '96.20%'; '' when not measured")
    score: Decimal | None = Field(description="得分; None = 未填报")
    note: str = ""


class DepartmentScore(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    department: str
    year: int
    profile: str
    indicators: tuple[IndicatorScore, ...]
    total: Decimal = Field(description="已得分指标之和")
    complete: bool = Field(description="每项指标都有得分")
    grade: str | None = Field(description="等级；有未填报指标时为空")

    def by_level(self) -> dict[str, Decimal]:
        sums: dict[str, Decimal] = {}
        for indicator in self.indicators:
            sums[indicator.level] = sums.get(indicator.level, Decimal(0)) + (indicator.score or 0)
        return sums


def _percent(share: Decimal) -> str:
    return f"{(share * 100).quantize(_CENT, rounding=ROUND_HALF_UP)}%"


def _targets(
    leaf: Leaf, evaluation: DepartmentEvaluation, settings: EvaluationProfile
) -> tuple[Decimal | None, str, str]:
    shares: list[Decimal] = []
    unscorable: list[str] = []
    for target in evaluation.targets:
        result = compare("产出指标", "", target.target, target.actual, None, settings.scoring)
        if isinstance(result, Comparison):
            shares.append(result.share)
        else:
            unscorable.append(f"“{target.subject}”：{result.reason}")
    if not shares:
        return None, "", "；".join(unscorable) or "部门整体目标中没有可量化目标"
    share = sum(shares, Decimal(0)) / len(shares)
    note = f"{len(shares)}项目标平均完成程度{_percent(share)}"
    if unscorable:
        note += "；未计入：" + "；".join(unscorable)
    return share, _percent(share), note


def _projects(evaluation: DepartmentEvaluation) -> tuple[Decimal | None, str, str]:
    budget = sum((p.budget for p in evaluation.projects), Decimal(0))
    if not evaluation.projects or budget == 0:
        return None, "", "尚无项目自评结果"
    mean = sum((p.total * p.budget for p in evaluation.projects), Decimal(0)) / budget
    return mean / 100, f"{mean.quantize(_CENT)}分", f"{len(evaluation.projects)}个项目按预算加权"


def _leaf_share(
    leaf: Leaf, evaluation: DepartmentEvaluation, settings: EvaluationProfile
) -> tuple[Decimal | None, str, str]:
    """(share of the weight, value shown, note)."""
    if leaf.measure == "targets":
        return _targets(leaf, evaluation, settings)
    if leaf.measure == "projects":
        return _projects(evaluation)
    if leaf.measure == "satisfaction":
        if not evaluation.satisfaction:
            return None, "", "尚无满意度调查结果"
        rate = sum(evaluation.satisfaction, Decimal(0)) / len(evaluation.satisfaction) / 100
        assert leaf.rule is not None
        return leaf.rule.share(rate), _percent(rate), ""
    value = measure_value(leaf.measure, evaluation.figures)
    if value is None:
        return None, "", f"缺少计算所需数据：{leaf.formula}"
    assert leaf.rule is not None
    return leaf.rule.share(value), _percent(value), ""


def _judged(leaf: Leaf, evaluation: DepartmentEvaluation) -> tuple[Decimal | None, str, str]:
    """A judged leaf's points (at most its weight), shown value and note: the reviewer's
    comment, or what is still to be judged."""
    judged = evaluation.judged.get(leaf.id)
    if judged is None:
        return None, "", f"待评价人打分：{leaf.guide}"
    points = min(judged.points, leaf.weight)
    return points.quantize(_CENT, rounding=ROUND_HALF_UP), "", judged.comment


def _score(
    leaf: Leaf, level: str, evaluation: DepartmentEvaluation, settings: EvaluationProfile
) -> IndicatorScore:
    if leaf.measure == "judged":
        score, shown, note = _judged(leaf, evaluation)
    else:
        share, shown, note = _leaf_share(leaf, evaluation, settings)
        score = None
        if share is not None:
            score = (leaf.weight * share).quantize(_CENT, rounding=ROUND_HALF_UP)
    return IndicatorScore(
        level=level,
        id=leaf.id,
        name=leaf.name,
        weight=leaf.weight,
        value=shown,
        score=score,
        note=note,
    )


def score_department(
    evaluation: DepartmentEvaluation, profile: DepartmentProfile, settings: EvaluationProfile
) -> DepartmentScore:
    """The department's self-evaluation scored by ``profile``; ``settings`` compare targets."""
    indicators = tuple(
        _score(leaf, level.name, evaluation, settings)
        for level in profile.levels
        for leaf in level.indicators
    )
    total = sum((i.score for i in indicators if i.score is not None), Decimal(0))
    complete = all(i.score is not None for i in indicators)
    return DepartmentScore(
        department=evaluation.department,
        year=evaluation.year,
        profile=profile.id,
        indicators=indicators,
        total=total,
        complete=complete,
        grade=profile.grade_of(total) if complete else None,
    )
