"""分值分配: how a first level's points are shared among its indicators.

The profile's pools hold the points (产出 50, 效益 30, 满意度 10 by default). Inside a
pool, indicators with an explicit 分值 keep it; the rest share what is left equally. When
the explicit weights do not add up to the pool (all given and a different sum, or more
than the pool), they are scaled to the pool and finding E107 says so — so the total can
never exceed 100. An indicator whose first level belongs to no pool gets 0 (E108); a pool
with no indicator leaves its points unassigned (E109).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.checks import Finding
from jixiao.evaluation import checks
from jixiao.evaluation.model import IndicatorResult
from jixiao.scoring.compare import cached_level_key
from jixiao.scoring.profile import Pool, ScoringSettings

ZERO = Decimal(0)


@dataclass(slots=True)
class Allocation:
    """Exact weights per indicator (same order) and the pool each belongs to."""

    weights: list[Decimal]
    pools: list[str | None]
    findings: list[Finding] = field(default_factory=list)


def pool_of(level1: str, pools: list[Pool]) -> Pool | None:
    key = cached_level_key(level1)
    for pool in pools:
        if key in pool.levels or "*" in pool.levels:
            return pool
    return None


def allocate(
    indicators: list[IndicatorResult], settings: ScoringSettings, project: str
) -> Allocation:
    """Each indicator's weight (分值) under ``settings``."""
    weights = [ZERO] * len(indicators)
    pools: list[str | None] = [None] * len(indicators)
    findings: list[Finding] = []
    members: dict[str, list[int]] = {p.name: [] for p in settings.pools}
    for index, indicator in enumerate(indicators):
        pool = pool_of(indicator.level1, settings.pools)
        if pool is None:
            findings.append(
                checks.LEVEL_WITHOUT_POINTS.found(
                    f"一级指标“{indicator.level1}”不在评价方案的分值部分中，按0分计。",
                    project=project,
                    indicator=indicator.level3,
                    indicator_index=index + 1,
                )
            )
            continue
        pools[index] = pool.name
        members[pool.name].append(index)
    for pool in settings.pools:
        indices = members[pool.name]
        if not indices:
            if pool.weight > 0:
                findings.append(
                    checks.POOL_EMPTY.found(
                        f"没有{pool.name}，其{pool.weight}分未分配。", project=project
                    )
                )
            continue
        shares, rescaled = _share_pool(pool.weight, [indicators[i].weight for i in indices])
        for i, share in zip(indices, shares, strict=True):
            weights[i] = share
        if rescaled:
            findings.append(
                checks.WEIGHTS_RESCALED.found(
                    f"{pool.name}各指标分值合计{rescaled}，应为{pool.weight}，已按比例折算。",
                    project=project,
                )
            )
    return Allocation(weights, pools, findings)


def _share_pool(
    total: Decimal, given: list[Decimal | None]
) -> tuple[list[Decimal], Decimal | None]:
    """Weights inside one pool, and the explicit sum when it had to be rescaled."""
    explicit = sum((w for w in given if w is not None), ZERO)
    free = sum(1 for w in given if w is None)
    if free and explicit <= total:
        rest = (total - explicit) / free
        return [rest if w is None else w for w in given], None
    if not free and explicit == total:
        return [w if w is not None else ZERO for w in given], None
    # Explicit weights exceed the pool, or (all given) miss it: scale them to the pool.
    if explicit == 0:
        return [ZERO for _ in given], explicit
    factor = total / explicit
    return [(w * factor) if w is not None else ZERO for w in given], explicit
