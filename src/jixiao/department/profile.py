"""部门整体评价方案 (DepartmentProfile): the indicator tree, what measures each leaf, how it
is scored and the grade bands (``src/jixiao/profiles/<id>.department.json``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jixiao.profiles import load_data_profile

DEFAULT_DEPARTMENT_PROFILE = "department-common"
_SUFFIX = ".department.json"

FigureMeasure = Literal[
    "execution_rate",
    "adjustment_rate",
    "carryover_rate",
    "sangong_change",
    "procurement_rate",
    "public_funds_rate",
]
FIGURE_MEASURES: tuple[str, ...] = get_args(FigureMeasure)
"""The measures computed from the department's budget and final-account figures."""
Measure = FigureMeasure | Literal["targets", "projects", "satisfaction", "judged"]
"""Where a leaf's value comes from: a figure ratio, the goals' targets, the projects'
self-evaluations, the satisfaction surveys, or the evaluator's judgement."""


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Frozen):
    """How a ratio becomes a share of the weight.

    ``at_least``: value ÷ target, capped at 1. ``at_most``: full at or below target, 0 at
    ``zero_at`` and beyond, linear between."""

    kind: Literal["at_least", "at_most"]
    target: Decimal
    zero_at: Decimal | None = None

    @model_validator(mode="after")
    def _sound(self) -> Rule:
        if self.kind == "at_most" and (self.zero_at is None or self.zero_at <= self.target):
            raise ValueError("at_most 规则需要大于 target 的 zero_at")
        return self

    def share(self, value: Decimal) -> Decimal:
        if self.kind == "at_least":
            if self.target <= 0:
                return Decimal(1)
            return max(Decimal(0), min(Decimal(1), value / self.target))
        assert self.zero_at is not None
        if value <= self.target:
            return Decimal(1)
        if value >= self.zero_at:
            return Decimal(0)
        return (self.zero_at - value) / (self.zero_at - self.target)


class Leaf(_Frozen):
    id: str
    name: str
    weight: Decimal = Field(ge=0)
    measure: Measure
    formula: str = ""
    guide: str = Field(default="", description="评分要点 (judged)")
    rule: Rule | None = None

    @model_validator(mode="after")
    def _needs_rule(self) -> Leaf:
        ratio = self.measure not in ("targets", "projects", "judged")
        if ratio and self.rule is None:
            raise ValueError(f"指标“{self.name}”需要评分规则 rule")
        return self


class Level(_Frozen):
    name: str
    indicators: tuple[Leaf, ...]


class Grade(_Frozen):
    grade: str
    min_score: Decimal


class DepartmentMonitoring(_Frozen):
    red_budget_share: Decimal = Field(
        default=Decimal("0.3"), ge=0, le=1, description="红灯项目预算占比达到此值时部门亮黄灯"
    )


class DepartmentProfile(_Frozen):
    kind: str = "department-profile"
    id: str
    title: str
    description: str = ""
    levels: tuple[Level, ...]
    grades: tuple[Grade, ...]
    monitoring: DepartmentMonitoring = DepartmentMonitoring()

    @model_validator(mode="after")
    def _sound(self) -> DepartmentProfile:
        ids = [leaf.id for level in self.levels for leaf in level.indicators]
        if len(set(ids)) != len(ids):
            raise ValueError("指标编号不能重复")
        total = sum((leaf.weight for level in self.levels for leaf in level.indicators), Decimal(0))
        if total != 100:
            raise ValueError(f"各指标分值合计应为100，现为{total}")
        return self

    def grade_of(self, total: Decimal) -> str:
        ordered = sorted(self.grades, key=lambda g: g.min_score, reverse=True)
        return next(g.grade for g in ordered if total >= g.min_score)

    def grade_of_share(self, score: Decimal, weight: Decimal) -> str:
        """The grade band of one indicator's score: its share of the weight read on the
        100-point scale of the bands (18 of 20 is 90, 优 under the default bands)."""
        return self.grade_of(score / weight * 100 if weight else Decimal(0))


def load_department_profile(profile: str | Path = DEFAULT_DEPARTMENT_PROFILE) -> DepartmentProfile:
    """A bundled profile by id, or a profile file by path."""
    return load_data_profile(DepartmentProfile, profile, _SUFFIX, "部门整体评价方案")
