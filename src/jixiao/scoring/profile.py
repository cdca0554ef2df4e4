"""评价方案 (EvaluationProfile): the data-driven choices of monitoring, self-evaluation and
result application — the three stages after a plan is approved.

Profiles are data: ``src/jixiao/profiles/<id>.evaluation.json`` (``"kind":
"evaluation-profile"``), next to the review profile of the same id. A locality changes a
weight, a threshold or the "≤" rule by editing or adding a file, never code. The keys are
documented in ``docs/evaluation.md``; :func:`load_evaluation_profile` reads one by id or
by path.
"""

from __future__ import annotations

import json
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jixiao.profiles import profile_ids, profile_text

DEFAULT_EVALUATION_PROFILE = "hebei-county"
_SUFFIX = ".evaluation.json"


class Light(StrEnum):
    """监控预警灯: 绿 on track, 黄 watch, 红 act; 未填报 (grey) while nothing is reported."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    UNFILLED = "unfilled"

    @property
    def label(self) -> str:
        return {"green": "绿灯", "yellow": "黄灯", "red": "红灯", "unfilled": "未填报"}[self.value]

    @property
    def rank(self) -> int:
        """Worse is higher; 未填报 is below 绿灯, so it never outweighs a reported light."""
        return {"unfilled": -1, "green": 0, "yellow": 1, "red": 2}[self.value]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GapThresholds(_Frozen):
    """Percentage points by which execution may lag before a light turns yellow / red."""

    yellow: Decimal
    red: Decimal


class FloorThresholds(_Frozen):
    """Percentages below which a forecast turns the light yellow / red."""

    yellow: Decimal
    red: Decimal


class MonitoringSettings(_Frozen):
    """监控设置 (section ``monitoring``)."""

    checkpoints: dict[str, int] = Field(
        default_factory=lambda: {"3月底": 3, "6月底": 6, "10月底": 10, "12月底": 12},
        description="资金支出计划时点 → 月份",
    )
    plan_gap: GapThresholds = Field(description="执行率低于计划时点累计比例的百分点")
    time_gap: GapThresholds = Field(description="执行率低于序时进度的百分点")
    forecast: FloorThresholds = Field(description="预计全年执行率（%）低于此值")
    pace_window_months: int = Field(
        default=3, ge=1, le=12, description="按最近几个月的支出节奏预测全年"
    )
    missed_indicator_light: Light = Field(
        default=Light.YELLOW, description="有指标预计完不成目标时的灯"
    )
    impossible_indicator_light: Light = Field(
        default=Light.RED, description="有指标填报“完全不可能”完成时的灯"
    )


class LeRule(StrEnum):
    """How a missed "≤" target is scored."""

    LINEAR = "linear_to_zero_at_double"  # weight × (2t − a) / t, 0 at twice the target
    INVERSE = "target_over_actual"  # Hubei: weight × t / a


class Pool(_Frozen):
    """A share of the 100 points held by one or more first levels (一级指标)."""

    name: str
    levels: list[str] = Field(description="一级指标 keys (“产出”, “成本”); “*” = any level")
    weight: Decimal = Field(ge=0)


class QualitativeBand(_Frozen):
    """A qualitative grade: 达成 80–100% of the weight, 部分达成 60–80%, 未达成 0–60%."""

    name: str
    low: Decimal = Field(ge=0, le=1)
    high: Decimal = Field(ge=0, le=1)
    default: Decimal = Field(ge=0, le=1, description="Share given when no share is stated")
    words: list[str] = Field(description="实际完成值 wordings that mean this grade")

    @model_validator(mode="after")
    def _ordered(self) -> QualitativeBand:
        if not self.low <= self.default <= self.high:
            raise ValueError(f"定性等级“{self.name}”的默认比例不在其区间内")
        return self


class GradeBand(_Frozen):
    grade: Literal["优", "良", "中", "差"]
    min_score: Decimal


class ScoringSettings(_Frozen):
    """自评打分设置 (section ``scoring``)."""

    pools: list[Pool]
    execution_weight: Decimal = Field(ge=0, description="预算执行率分值")
    execution_cap: Decimal = Field(
        default=Decimal(1), description="执行率计分上限（1 = 超支不加分）"
    )
    le_rule: LeRule = LeRule.LINEAR
    cost_levels: list[str] = Field(
        default_factory=list, description="二级/一级指标 keys read as “≤” when no direction"
    )
    ceiling_names: list[str] = Field(
        default_factory=list,
        description="三级指标 name endings of rates where less is better (结余率, 调整率), "
        "read as “≤” when no direction",
    )
    overshoot_ratio: Decimal = Field(
        default=Decimal("1.3"), description="实际值达到目标值的此倍数须说明原因"
    )
    qualitative_bands: list[QualitativeBand]
    places: int = Field(default=2, ge=0, le=6, description="得分保留小数位（四舍五入）")
    grades: list[GradeBand]
    zero_budget: Literal["full", "zero"] = Field(
        default="full",
        description="全年预算数为0且无支出时预算执行率得分：full 满分 / zero 0分",
    )

    @model_validator(mode="after")
    def _hundred(self) -> ScoringSettings:
        total = sum((p.weight for p in self.pools), self.execution_weight)
        if total != 100:
            raise ValueError(f"各部分分值合计应为100，实为{total}")
        return self

    def grade_of(self, total: Decimal) -> str:
        for band in sorted(self.grades, key=lambda b: b.min_score, reverse=True):
            if total >= band.min_score:
                return band.grade
        return "差"


class Treatment(_Frozen):
    treatment: Literal["压减", "调整", "取消"]
    reason: str


class GradeTreatment(Treatment):
    grade: Literal["优", "良", "中", "差"]


class ResultSettings(_Frozen):
    """结果应用设置 (section ``results``)."""

    low_execution_rate: Decimal = Field(description="预算执行率低于此值（小数）列入清单")
    treatments: list[GradeTreatment]
    low_execution_treatment: Treatment


class EvaluationProfile(_Frozen):
    """评价方案: monitoring thresholds, scoring rules and result treatments."""

    kind: Literal["evaluation-profile"] = "evaluation-profile"
    id: str
    title: str
    description: str = ""
    monitoring: MonitoringSettings
    scoring: ScoringSettings
    results: ResultSettings

    def __hash__(self) -> int:
        return hash(self.id)


def available_evaluation_profiles() -> list[str]:
    """Ids of the evaluation profiles the installed packs provide."""
    return profile_ids(_SUFFIX)


@cache
def _load_bundled(name: str) -> EvaluationProfile:
    text = profile_text(name, _SUFFIX)
    if text is None:
        known = "、".join(available_evaluation_profiles())
        raise ValueError(f"未知的评价方案“{name}”；可用：{known}")
    return EvaluationProfile.model_validate_json(text)


def load_evaluation_profile(
    name_or_path: str | Path = DEFAULT_EVALUATION_PROFILE,
) -> EvaluationProfile:
    """A bundled profile by id (``"hebei-county"``) or a profile file by path."""
    path = Path(name_or_path)
    if path.suffix == ".json" and path.exists():
        return EvaluationProfile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    return _load_bundled(str(name_or_path))
