"""评分与结论: combine assessors' scores per sub-item, sum by dimension, conclude.

Several experts: the mean per sub-item, dropping one highest and one lowest score once
there are enough of them (the profile's ``combine`` rule and ``trim_extremes_from``) — the
usual guard against one outlying judge. Only the experts' sheets count once there are
any; the unit's own 自评 counts when it is the only assessment. Any veto (一票否决) by a
majority of assessors rejects the proposal whatever its score.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.exante.profile import ExAnteProfile

_CENT = Decimal("0.01")


class AssessorScores(BaseModel):
    """One assessor's sheet: points per sub-item, vetoes raised, remarks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    assessor: str
    expert: bool = Field(default=True, description="专家（否则为单位自评）")
    scores: dict[str, Decimal] = Field(description="子项编号 → 得分")
    vetoes: tuple[str, ...] = Field(default=(), description="认为成立的否决项编号")
    remarks: str = ""


class DimensionResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    weight: Decimal
    score: Decimal
    items: dict[str, Decimal] = Field(description="子项名称 → 得分")


class ExAnteResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    total: Decimal
    conclusion: str
    dimensions: tuple[DimensionResult, ...]
    vetoes: tuple[str, ...] = Field(description="成立的否决项名称")
    reasons: tuple[str, ...]
    assessors: int
    computed_conclusion: str = Field(
        default="", description="评分得出的结论, when the bureau concluded otherwise"
    )
    override_reason: str = Field(default="", description="财政局改变评分结论的理由")


class ScoreError(ValueError):
    """A sheet that cannot be scored: names the assessor and the sub-item."""


def _validate(sheet: AssessorScores, profile: ExAnteProfile) -> None:
    for item_id, points in sheet.scores.items():
        item = profile.item(item_id)
        if item is None:
            raise ScoreError(f"{sheet.assessor}：没有编号为“{item_id}”的评分子项")
        if not Decimal(0) <= points <= item.max:
            raise ScoreError(f"{sheet.assessor}：“{item.name}”得分{points}超出0–{item.max}分")
    known = {veto.id for veto in profile.vetoes}
    for veto in sheet.vetoes:
        if veto not in known:
            raise ScoreError(f"{sheet.assessor}：没有编号为“{veto}”的否决项")


def _combine(points: list[Decimal], profile: ExAnteProfile) -> Decimal:
    if profile.trims(len(points)):
        points = sorted(points)[1:-1]
    return sum(points, Decimal(0)) / len(points)


def counted(sheets: Sequence[AssessorScores]) -> list[AssessorScores]:
    """The sheets the conclusion rests on: the experts' once there are any (the unit's own
    自评 is then shown beside them, not averaged in), else the unit's."""
    experts = [s for s in sheets if s.expert]
    return experts or list(sheets)


class OverrideError(ValueError):
    """A conclusion the bureau cannot record: unknown, or changed without a reason."""


def override(
    result: ExAnteResult, conclusion: str, reason: str, profile: ExAnteProfile
) -> ExAnteResult:
    """The result with the bureau's conclusion: the same when it is the scored one; a
    different one needs its reason, and the scored conclusion is kept beside it."""
    if conclusion not in profile.conclusion_labels():
        allowed = "、".join(profile.conclusion_labels())
        raise OverrideError(f"评估结论“{conclusion}”不在评分方案的结论中（{allowed}）")
    if conclusion == result.conclusion:
        return result
    if not reason.strip():
        raise OverrideError(f"评分得出的结论是“{result.conclusion}”；改为“{conclusion}”须写明理由")
    return result.model_copy(
        update={
            "conclusion": conclusion,
            "computed_conclusion": result.conclusion,
            "override_reason": reason.strip(),
        }
    )


def assess(sheets: Sequence[AssessorScores], profile: ExAnteProfile) -> ExAnteResult:
    """The assessment of one proposal from its assessors' sheets (:func:`counted`)."""
    if not sheets:
        raise ScoreError("尚无评分表")
    sheets = counted(sheets)
    for sheet in sheets:
        _validate(sheet, profile)
    dimensions = []
    for dimension in profile.dimensions:
        items: dict[str, Decimal] = {}
        for item in dimension.items:
            given = [s.scores[item.id] for s in sheets if item.id in s.scores]
            if not given:
                raise ScoreError(f"“{dimension.name}—{item.name}”没有评分")
            items[item.name] = _combine(given, profile).quantize(_CENT, rounding=ROUND_HALF_UP)
        dimensions.append(
            DimensionResult(
                id=dimension.id,
                name=dimension.name,
                weight=dimension.weight,
                score=sum(items.values(), Decimal(0)),
                items=items,
            )
        )
    total = sum((d.score for d in dimensions), Decimal(0))
    vetoes = tuple(
        veto.name
        for veto in profile.vetoes
        if 2 * sum(veto.id in s.vetoes for s in sheets) > len(sheets)
    )
    conclusion = profile.rejection if vetoes else profile.conclusion_for(total)
    reasons = [f"否决项成立：{name}" for name in vetoes]
    reasons += [
        f"{d.name}得分{d.score}（满分{d.weight}），得分率{(d.score / d.weight * 100):.0f}%"
        for d in sorted(dimensions, key=lambda d: d.score / d.weight)
        if d.score / d.weight < Decimal("0.8")
    ]
    return ExAnteResult(
        total=total,
        conclusion=conclusion,
        dimensions=tuple(dimensions),
        vetoes=vetoes,
        reasons=tuple(reasons) or (f"各维度得分率均在80%以上，总分{total}",),
        assessors=len(sheets),
    )
