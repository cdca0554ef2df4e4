"""The same unit cost across a database: a distribution per category, behind a store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from statistics import median, quantiles
from typing import Protocol

from jixiao.benchmarks.extract import UnitCost

MIN_PEERS = 10  # fewer projects than this make no distribution worth citing


@dataclass(frozen=True, slots=True)
class Distribution:
    """同类项目单位成本分布: how many projects, the median and the deciles (元 per unit)."""

    category: str
    count: int
    median: Decimal
    p10: Decimal
    p25: Decimal
    p75: Decimal
    p90: Decimal

    @classmethod
    def of(cls, category: str, values: Iterable[Decimal]) -> Distribution | None:
        ordered = sorted(values)
        if len(ordered) < MIN_PEERS:
            return None
        cuts = quantiles(ordered, n=20, method="inclusive")  # every 5 percent
        q = [Decimal(c).quantize(Decimal("0.01")) for c in cuts]
        middle = Decimal(median(ordered)).quantize(Decimal("0.01"))
        return cls(category, len(ordered), middle, q[1], q[4], q[14], q[17])


class DistributionStore(Protocol):
    """Where distributions come from: memory for a batch, a cached table in the web app."""

    def distribution(self, category: str) -> Distribution | None: ...


class MemoryStore:
    """Distributions over unit costs held in memory (a batch, a benchmark, a test)."""

    def __init__(self, costs: Iterable[UnitCost] = ()) -> None:
        self._values: dict[str, list[Decimal]] = {}
        self._cache: dict[str, Distribution | None] = {}
        for cost in costs:
            self.add(cost)

    def add(self, cost: UnitCost) -> None:
        self._values.setdefault(cost.category, []).append(cost.value)
        self._cache.pop(cost.category, None)

    def distribution(self, category: str) -> Distribution | None:
        if category not in self._cache:
            self._cache[category] = Distribution.of(category, self._values.get(category, ()))
        return self._cache[category]

    def distributions(self) -> list[Distribution]:
        found = (self.distribution(c) for c in sorted(self._values))
        return [d for d in found if d is not None]
