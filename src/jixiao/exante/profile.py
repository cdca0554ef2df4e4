"""事前评估方案 (ExAnteProfile): dimensions, sub-items with their maximum points, vetoes and
conclusion bands, as data (``src/jixiao/profiles/<id>.exante.json``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jixiao.profiles import load_data_profile

DEFAULT_EXANTE_PROFILE = "exante-default"
_SUFFIX = ".exante.json"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Item(_Frozen):
    """评分子项."""

    id: str
    name: str
    max: Decimal = Field(gt=0)
    guide: str = Field(default="", description="评分要点")


class Dimension(_Frozen):
    """评估维度, e.g. 立项必要性; its weight is the sum of its items."""

    id: str
    name: str
    items: tuple[Item, ...]

    @property
    def weight(self) -> Decimal:
        return sum((item.max for item in self.items), Decimal(0))


class Veto(_Frozen):
    """一票否决项."""

    id: str
    name: str


class Conclusion(_Frozen):
    label: str
    at_least: Decimal


class ExAnteProfile(_Frozen):
    kind: str = "exante-profile"
    id: str
    title: str
    description: str = ""
    dimensions: tuple[Dimension, ...]
    vetoes: tuple[Veto, ...] = ()
    conclusions: tuple[Conclusion, ...]
    combine: Literal["mean", "trimmed_mean"] = Field(
        default="trimmed_mean",
        description="多名专家评分的合成：mean 取平均；trimmed_mean 人数够时先去掉最高最低分",
    )
    trim_extremes_from: int = Field(
        default=5, ge=3, description="专家人数达到此数时去掉一个最高分和一个最低分"
    )
    estimate_tolerance: Decimal = Field(default=Decimal("0.005"), description="测算允许的相对误差")

    @model_validator(mode="after")
    def _sound(self) -> ExAnteProfile:
        ids = [item.id for dimension in self.dimensions for item in dimension.items]
        if len(set(ids)) != len(ids):
            raise ValueError("子项编号不能重复")
        if self.total != 100:
            raise ValueError(f"各子项满分合计应为100，现为{self.total}")
        bands = [c.at_least for c in self.conclusions]
        if bands != sorted(bands, reverse=True) or bands[-1] != 0:
            raise ValueError("结论分档须从高到低排列，最后一档从0分起")
        return self

    @property
    def total(self) -> Decimal:
        return sum((d.weight for d in self.dimensions), Decimal(0))

    def item(self, item_id: str) -> Item | None:
        return next((i for d in self.dimensions for i in d.items if i.id == item_id), None)

    def conclusion_for(self, total: Decimal) -> str:
        return next(c.label for c in self.conclusions if total >= c.at_least)

    def trims(self, sheets: int) -> bool:
        """Whether ``sheets`` scores of a sub-item lose their highest and lowest."""
        return self.combine == "trimmed_mean" and sheets >= self.trim_extremes_from

    def combination_text(self, sheets: int) -> str:
        """How ``sheets`` assessors' scores are combined, as the pages and reports say it."""
        if self.trims(sheets):
            return f"{sheets}名评估人，每个子项去掉一个最高分和一个最低分后取平均"
        if self.combine == "trimmed_mean":
            return (
                f"{sheets}名评估人，每个子项取平均"
                f"（{self.trim_extremes_from}名及以上时去掉一个最高分和一个最低分）"
            )
        return f"{sheets}名评估人，每个子项取平均"

    def conclusion_labels(self) -> tuple[str, ...]:
        return tuple(c.label for c in self.conclusions)

    @property
    def rejection(self) -> str:
        return self.conclusions[-1].label


def load_exante_profile(profile: str | Path = DEFAULT_EXANTE_PROFILE) -> ExAnteProfile:
    """A bundled profile by id, or a profile file by path."""
    return load_data_profile(ExAnteProfile, profile, _SUFFIX, "事前评估方案")
