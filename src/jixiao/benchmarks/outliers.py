"""Outlier tests: a unit cost against the reference range and against its peers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jixiao.benchmarks.distribution import Distribution, DistributionStore
from jixiao.benchmarks.extract import UnitCost
from jixiao.benchmarks.table import Category

PEER_MARGIN = Decimal("1.2")  # beyond P90 × 1.2 (or under P10 ÷ 1.2) is an outlier


@dataclass(frozen=True, slots=True)
class Outlier:
    cost: UnitCost
    high: bool  # above the range (else below)
    reference: str  # what it was compared with, in words


def _n(value: Decimal) -> str:
    text = format(value.quantize(Decimal("0.1")).normalize(), "f")
    return text


def table_outlier(cost: UnitCost, category: Category) -> Outlier | None:
    """Outside the category's reference range [low, high]."""
    if category.low <= cost.value <= category.high:
        return None
    return Outlier(
        cost,
        cost.value > category.high,
        f"参考区间{_n(category.low)}–{_n(category.high)}{category.unit}（{category.source}）",
    )


def describe(distribution: Distribution, unit: str) -> str:
    """“本库同类项目中位数 32 元/平方米·年，P90 55（共 214 个）”."""
    return (
        f"本库同类项目中位数{_n(distribution.median)}{unit}，P10 {_n(distribution.p10)}，"
        f"P90 {_n(distribution.p90)}（共{distribution.count}个）"
    )


def peer_outlier(cost: UnitCost, store: DistributionStore) -> tuple[Outlier, Distribution] | None:
    """Beyond the deciles of the same unit cost in every other project of the database."""
    distribution = store.distribution(cost.category)
    if distribution is None:
        return None
    if distribution.p10 / PEER_MARGIN <= cost.value <= distribution.p90 * PEER_MARGIN:
        return None
    outlier = Outlier(cost, cost.value > distribution.p90, describe(distribution, cost.unit))
    return outlier, distribution
