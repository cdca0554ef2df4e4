"""Distributions from the stored plans: the unit-cost table, kept fresh on plan change.

:func:`refresh_unit_costs` rewrites a plan's rows whenever its review is refreshed (every
save goes through :func:`jixiao.web.plans.reviewing.refresh_review`); :class:`StoredPeers`
serves :class:`jixiao.benchmarks.Distribution` objects computed from the rows, cached until
any plan's rows change (in every worker: the cache key is the table's version).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, Max, Value

from jixiao.benchmarks import Distribution, unit_costs
from jixiao.model import DepartmentPlan
from jixiao.web.benchmarking.models import UnitCostRecord
from jixiao.web.plans.models import PlanRecord
from jixiao.web.runtime.compiled import CompiledQuery

_CACHE: dict[tuple[str, int, int], Distribution | None] = {}
# the table's version, asked by every 审核报告 page (compiled once per process)
_VERSION: CompiledQuery[UnitCostRecord] = CompiledQuery(
    # grouped by a constant, which Django leaves out of GROUP BY: one row for the whole table
    lambda: (
        UnitCostRecord.objects.order_by()
        .annotate(table=Value(1))
        .values("table")
        .annotate(count=Count("id"), last=Max("id"))
        .values_list("count", "last")
    )
)


def refresh_unit_costs(record: PlanRecord, plan: DepartmentPlan) -> int:
    """Replace the stored unit costs of ``record`` by those of ``plan``; returns their count."""
    rows = [
        UnitCostRecord(
            plan=record, project_position=c.project_index, project_name=c.project[:300],
            category=c.category, value=c.value, unit=c.unit, quantity=c.quantity,
            quantity_unit=c.quantity_unit,
        )
        for c in unit_costs(plan)
    ]  # fmt: skip
    with transaction.atomic():
        UnitCostRecord.objects.filter(plan=record).delete()
        UnitCostRecord.objects.bulk_create(rows)
    return len(rows)


class StoredPeers:
    """:class:`jixiao.benchmarks.DistributionStore` over every stored plan's unit costs.

    A distribution is cached under the table's version — its row count and highest id,
    which every refresh changes (rows are replaced, never updated) — so each worker
    process recomputes it only after some plan changed.
    """

    def __init__(self) -> None:
        self._version: tuple[int, int] | None = None

    def version(self) -> tuple[int, int]:
        if self._version is None:
            count, last = next(iter(_VERSION.rows()), (0, 0))
            self._version = (count or 0, last or 0)
        return self._version

    def distribution(self, category: str) -> Distribution | None:
        key = (category, *self.version())
        if key not in _CACHE:
            if len(_CACHE) > 64:
                _CACHE.clear()
            values = UnitCostRecord.objects.filter(category=category).values_list(
                "value", flat=True
            )
            _CACHE[key] = Distribution.of(category, list(values))
        return _CACHE[key]


def forget() -> None:
    """Drop the cached distributions (tests, bulk loads)."""
    _CACHE.clear()
