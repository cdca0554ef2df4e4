"""自评打分: score a project's self-evaluation under an evaluation profile.

:func:`score_project` is what the CLI and the web layer call. Scores are exact Decimals
until the end: each indicator's score and the 预算执行率 score are rounded half-up to the
profile's ``places``; the total is the *exact* sum rounded once (so it stays within
0–100 even when equal shares such as 50/3 are rounded), then graded 优/良/中/差.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.checks import CheckFindings, Finding
from jixiao.evaluation import checks
from jixiao.evaluation.model import EvaluationBatch, IndicatorResult, ProjectEvaluation
from jixiao.evaluation.weights import allocate
from jixiao.model.money import Amount
from jixiao.scoring import methods
from jixiao.scoring.compare import Comparison, Unscorable, compare
from jixiao.scoring.profile import EvaluationProfile, ScoringSettings

ZERO = Decimal(0)


def rounded(value: Decimal, places: int) -> Decimal:
    """Half-up rounding, as scores are written (四舍五入)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


class IndicatorScore(BaseModel):
    """One scored row of the 自评表 grid."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(description="序号 (1起)")
    level1: str
    level2: str
    level3: str
    target: str = Field(description="年度指标值")
    actual: str = Field(description="实际完成值")
    explanation: str = Field(description="偏差原因分析及改进措施")
    pool: str | None = Field(description="分值所属部分 (产出指标…)")
    weight: Amount = Field(description="分值 (rounded)")
    score: Amount = Field(description="得分 (rounded)")
    method: str | None = Field(description="计分方法 id; None = 无法计分")
    ratio: Amount | None = Field(default=None, description="实际值 / 目标值")
    met: bool | None = Field(default=None, description="是否达到目标")
    band: str | None = Field(default=None, description="定性档次 (达成/部分达成/未达成)")


class ProjectScore(BaseModel):
    """A project's self-evaluation result."""

    model_config = ConfigDict(extra="forbid")

    name: str
    code: str | None = None
    budget_total: Amount | None = Field(description="全年预算数")
    executed: Amount | None = Field(description="全年执行数")
    execution_rate: Amount | None = Field(description="预算执行率 (fraction, exact)")
    execution_weight: Amount
    execution_score: Amount
    indicators: list[IndicatorScore]
    total: Amount = Field(description="总分")
    grade: str = Field(description="等级 优/良/中/差")
    findings: CheckFindings = Field(default_factory=list)


def _execution(
    evaluation: ProjectEvaluation, settings: ScoringSettings
) -> tuple[Decimal | None, Decimal, list[Finding]]:
    """预算执行率 and its exact score."""
    weight = settings.execution_weight
    budget, executed = evaluation.budget_total, evaluation.executed
    name = evaluation.name
    if budget is None or executed is None:
        return (
            None,
            ZERO,
            [checks.MONEY_MISSING.found("无法计算预算执行率，按0分计。", project=name)],
        )
    if budget <= 0:
        if executed > 0:
            return (
                None,
                ZERO,
                [
                    checks.SPENT_WITHOUT_BUDGET.found(
                        f"全年预算数为{budget}万元，全年执行数{executed}万元。", project=name
                    )
                ],
            )
        score = weight if settings.zero_budget == "full" else ZERO
        return (
            None,
            score,
            [checks.ZERO_BUDGET.found(f"全年预算数为0，预算执行率得{score}分。", project=name)],
        )
    rate = max(ZERO, executed) / budget
    findings = []
    if rate > 1:
        findings.append(
            checks.OVERSPENT.found(
                f"全年执行数{executed}万元超过全年预算数{budget}万元。", project=name
            )
        )
    return rate, min(rate, settings.execution_cap) * weight, findings


def _indicator_findings(
    item: IndicatorResult, index: int, project: str, missed: bool, overshoot: bool
) -> list[Finding]:
    if item.explanation.strip() or not (missed or overshoot):
        return []
    said = f"年度指标值“{item.target}”，实际完成“{item.actual}”"
    if missed:
        check, message = checks.MISSED_UNEXPLAINED, f"{said}，未说明偏差原因。"
    else:
        check, message = checks.OVERSHOOT_UNEXPLAINED, f"{said}，超出较多且未说明原因。"
    return [check.found(message, project=project, indicator=item.level3, indicator_index=index)]


_CEILINGS = frozenset({methods.LE_INVERSE.id, methods.LE_LINEAR.id})


def _ceiling_on_satisfaction(
    item: IndicatorResult, result: Comparison, index: int, project: str
) -> list[Finding]:
    """满意度 scored as a ceiling ("≤100%"): any survey result counts as met — say so."""
    if result.method.id not in _CEILINGS or "满意" not in item.level1 + item.level2 + item.level3:
        return []
    message = (
        f"满意度“{item.level3}”的年度指标值“{item.target}”是上限，按上限计分，"
        f"实际完成“{item.actual}”也计为完成；满意度应是下限（如“≥90%”）。"
    )
    return [
        checks.SATISFACTION_CEILING.found(
            message, project=project, indicator=item.level3, indicator_index=index
        )
    ]


def score_project(evaluation: ProjectEvaluation, profile: EvaluationProfile) -> ProjectScore:
    """Score one project's self-evaluation (单位自评打分)."""
    settings = profile.scoring
    places = settings.places
    name = evaluation.name
    allocation = allocate(evaluation.indicators, settings, name)
    findings = list(allocation.findings)
    rate, exact_execution, money_findings = _execution(evaluation, settings)
    findings.extend(money_findings)
    exact_total = exact_execution
    rows: list[IndicatorScore] = []
    for index, (item, weight, pool) in enumerate(
        zip(evaluation.indicators, allocation.weights, allocation.pools, strict=True), start=1
    ):
        result = compare(
            item.level1, item.level2, item.target, item.actual, item.share, settings, item.level3
        )
        row = {
            "index": index,
            "level1": item.level1,
            "level2": item.level2,
            "level3": item.level3,
            "target": item.target,
            "actual": item.actual,
            "explanation": item.explanation,
            "pool": pool,
            "weight": rounded(weight, places),
        }
        if isinstance(result, Unscorable):
            findings.append(
                checks.UNSCORABLE.found(
                    f"{result.reason}，暂按0分计。",
                    project=name,
                    indicator=item.level3,
                    indicator_index=index,
                )
            )
            rows.append(IndicatorScore(**row, score=ZERO, method=None))
            continue
        exact = weight * result.share
        exact_total += exact
        findings.extend(_indicator_findings(item, index, name, result.share < 1, result.overshoot))
        findings.extend(_ceiling_on_satisfaction(item, result, index, name))
        rows.append(
            IndicatorScore(
                **row,
                score=rounded(exact, places),
                method=result.method.id,
                ratio=result.ratio,
                met=result.met,
                band=result.band,
            )
        )
    total = rounded(exact_total, places)
    return ProjectScore(
        name=name,
        code=evaluation.code,
        budget_total=evaluation.budget_total,
        executed=evaluation.executed,
        execution_rate=rate,
        execution_weight=settings.execution_weight,
        execution_score=rounded(exact_execution, places),
        indicators=rows,
        total=total,
        grade=settings.grade_of(total),
        findings=findings,
    )


def score_batch(batch: EvaluationBatch, profile: EvaluationProfile) -> list[ProjectScore]:
    """Score every project of a batch."""
    return [score_project(p, profile) for p in batch.projects]
