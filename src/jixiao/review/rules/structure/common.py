"""What the structure rules share: the family, seed labels, the framework's order of levels."""

from __future__ import annotations

from jixiao.model import Indicator
from jixiao.review.context import ProjectView
from jixiao.review.examples import indicator
from jixiao.review.profile import level_key

FAMILY = "structure"


def full_grid(*, satisfaction: bool = True, timeliness: bool = True) -> list[Indicator]:
    rows = [
        indicator("数量指标", "购置数量", "1辆", "购置数量"),
        indicator("质量指标", "购置质量合格率", "100%", "购置质量合格率"),
        indicator("成本指标", "购置费用", "≤18万元", "购置公务用车费用"),
        indicator("经济效益指标", "超标准购置金额", "=0元", "超出配置标准的购置金额"),
    ]
    if timeliness:
        rows.insert(2, indicator("时效指标", "购置完成时间", "≤12月", "购置完成时间"))
    if satisfaction:
        rows.append(
            indicator("服务对象满意度指标", "使用单位成员满意度", "≥90%", "使用单位成员满意度")
        )
    return rows


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
