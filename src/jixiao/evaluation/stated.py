"""A published 自评表 rescored on its *own* 分值, and why its stated 得分 differ.

:func:`rescore_stated` keeps every indicator's stated 分值 (no pool, no rescaling), scores
it by the profile's methods (:func:`jixiao.scoring.compare.compare`) and sets the result
beside the stated 得分. The 预算执行率 earns what the stated weights leave of 100 (the
usual 10). Each differing row gets a :class:`Cause`: the document's own arithmetic
(a 得分 above its 分值, a missed target scored in full, a met target scored below full
without a 偏差原因), another method than the profile's, or a row that cannot be
recomputed (no target or actual to compare). The corpus measurement
(``tests/evaluation/scoring_corpus.py``) and the review's 自评 rules read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from jixiao.model.plan import Indicator, Project
from jixiao.review.rules.score_sums import (
    same_at_precision,
    stated_rows,
    stated_sums,
    total_arithmetic_wrong,
)
from jixiao.scoring.compare import Unscorable, compare
from jixiao.scoring.profile import ScoringSettings

ZERO = Decimal(0)


class Cause(StrEnum):
    """Why a stated 得分 differs from the recomputed one (or that it does not)."""

    SAME = "same"
    OVER_WEIGHT = "doc_over_weight"  # 得分 > 分值
    MISSED_FULL = "doc_missed_full"  # actual below target, yet full 分值
    MET_BELOW_FULL = "doc_met_below_full"  # target met, below full, no 偏差原因
    OTHER_METHOD = "other_method"  # the unit scored by another rule
    NOT_RECOMPUTABLE = "not_recomputable"  # no target / actual to compare

    @property
    def is_document_defect(self) -> bool:
        return self in (Cause.OVER_WEIGHT, Cause.MISSED_FULL, Cause.MET_BELOW_FULL)


CAUSE_NAMES = {
    Cause.SAME: "一致",
    Cause.OVER_WEIGHT: "文档：得分超过分值",
    Cause.MISSED_FULL: "文档：未达目标却得满分",
    Cause.MET_BELOW_FULL: "文档：已达目标却扣分且未说明",
    Cause.OTHER_METHOD: "另一计分方法",
    Cause.NOT_RECOMPUTABLE: "无法重算（无目标值或实际值）",
}


@dataclass(frozen=True, slots=True)
class RowRescore:
    """One indicator row: stated 分值 / 得分 and the score by the profile's method."""

    index: int
    indicator: Indicator
    weight: Decimal
    stated: Decimal
    recomputed: Decimal | None
    cause: Cause


@dataclass(slots=True)
class ProjectRescore:
    """A project's stated scores beside the recomputed ones."""

    project: Project
    rows: list[RowRescore] = field(default_factory=list)
    stated_sum: Decimal = ZERO  # Σ stated 得分 of the rows with 分值 and 得分
    weight_sum: Decimal = ZERO  # Σ stated 分值
    execution_weight: Decimal = ZERO
    execution_score: Decimal | None = None  # recomputed 预算执行率 points
    recomputed_total: Decimal | None = None
    total_arithmetic_wrong: bool = False  # stated 总分 cannot be Σ 得分 + 执行率 points

    @property
    def stated_total(self) -> Decimal | None:
        return self.project.total_score

    @property
    def total_matches(self) -> bool | None:
        """Recomputed 总分 = stated 总分 at the stated precision (None: nothing to compare)."""
        if self.stated_total is None or self.recomputed_total is None:
            return None
        return same_at_precision(self.recomputed_total, self.stated_total)


def execution_rate(project: Project) -> Decimal | None:
    """预算执行率 as stated, else 全年执行数 / 全年预算数."""
    if project.execution_rate is not None:
        return project.execution_rate
    budget = project.budget_adjusted or project.budget_total or project.budget_initial
    if budget and budget > 0 and project.spent is not None:
        return project.spent / budget
    return None


def _cause(
    indicator: Indicator, weight: Decimal, stated: Decimal, settings: ScoringSettings
) -> tuple[Decimal | None, Cause]:
    if stated > weight:
        return None, Cause.OVER_WEIGHT
    result = compare(
        indicator.level1,
        indicator.level2,
        indicator.value,
        indicator.actual or "",
        None,
        settings,
        indicator.level3,
    )
    if isinstance(result, Unscorable):
        return None, Cause.NOT_RECOMPUTABLE
    exact = weight * result.share  # rounded once, to the stated decimals (1.946 → 1.9)
    recomputed = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if same_at_precision(exact, stated) or _within_band(result.band, weight, stated, settings):
        return recomputed, Cause.SAME
    if result.share < 1 and stated == weight:
        return recomputed, Cause.MISSED_FULL
    quantitative_met = result.met and result.band is None
    if quantitative_met and stated < weight and not (indicator.deviation or "").strip():
        return recomputed, Cause.MET_BELOW_FULL
    return recomputed, Cause.OTHER_METHOD


def _within_band(
    band_name: str | None, weight: Decimal, stated: Decimal, settings: ScoringSettings
) -> bool:
    """A 定性 score inside its grade's range (达成 80–100% of 分值…) is the official method's:
    the evaluator places it within the band."""
    band = next((b for b in settings.qualitative_bands if b.name == band_name), None)
    return band is not None and band.low * weight <= stated <= band.high * weight


def rescore_stated(project: Project, settings: ScoringSettings) -> ProjectRescore:
    """Rescore ``project`` on its stated 分值 (rows stating 分值 and 得分 only)."""
    out = ProjectRescore(project)
    total: Decimal | None = ZERO
    for index, indicator, weight, stated in stated_rows(project):
        recomputed, cause = _cause(indicator, weight, stated, settings)
        out.rows.append(RowRescore(index, indicator, weight, stated, recomputed, cause))
        out.stated_sum += stated
        out.weight_sum += weight
        total = None if total is None or recomputed is None else total + recomputed
    sums = stated_sums(project)
    out.execution_weight = sums.execution_weight
    rate = execution_rate(project)
    if out.execution_weight and rate is not None:
        out.execution_score = (min(rate, Decimal(1)) * out.execution_weight).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
    if total is not None and out.rows and sums.weights == out.weight_sum and sums.whole_table:
        out.recomputed_total = total + (out.execution_score or ZERO)
    out.total_arithmetic_wrong = total_arithmetic_wrong(project)
    return out
