"""What the structure rules share: the framework's order of levels."""

from __future__ import annotations

from jixiao.review.context import ProjectView
from jixiao.review.profile import level_key


def _order(p: ProjectView) -> list[str]:
    """The framework's levels in reading order, each first level before its seconds."""
    fw = p.plan.framework
    keys: list[str] = []
    for first, seconds in fw.spec.levels.items():
        keys.append(level_key(first))
        keys.extend(level_key(second) for second in seconds)
    return keys


def after_the_end(p: ProjectView, level: str) -> bool:
    """Whether ``level`` comes, in reading order, after the last row of a table read from
    another province's template: such a table may simply have been cut there (a page or a
    stored fragment ending inside the grid), which :data:`S111` says instead."""
    if p.plan.plan.template != "generic" or not p.indicators:
        return False
    order = _order(p)
    last = p.indicators[-1]
    where = max(
        (order.index(k) for k in (last.level2, last.level1) if k in order), default=len(order)
    )
    return level in order and order.index(level) > where
