"""A project's 预算数 checked against its own parts (其中：财政拨款, 其他资金).

A 预算数 a reader infers rather than reads beside its label (the 全年预算数 of a glued
budget line, a 合计 over the lines of its sources) is kept only where the parts the
document gives agree with it: neither part above it, and both parts, when both are
given, adding up to it within rounding. A part that does not fit says the figures were
split or aligned wrongly, and a 预算数 read wrong is worse than none.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

_ROUNDING = Decimal("0.01")  # 万元: the parts may each be rounded to two places


def parts_agree(total: Decimal, fiscal: Decimal | None, other: Decimal | None) -> bool:
    """Whether a 预算数 fits its 其中 parts (a part not given fits any total)."""
    for part in (fiscal, other):
        if part is not None and part > total + _ROUNDING:
            return False
    if fiscal is None or other is None:
        return True
    return abs(fiscal + other - total) <= 2 * _ROUNDING


def infer_total(project: Project) -> bool:
    """Set ``budget_total`` from the budget line's 全年 (else 年初) 预算数 when the project
    has none and the figure fits its parts; whether it was set."""
    if project.budget_total is not None:
        return False
    column = "budget_adjusted" if project.budget_adjusted is not None else "budget_initial"
    total: Decimal | None = getattr(project, column)
    if total is None or not parts_agree(total, project.budget_fiscal, project.budget_other):
        return False
    project.budget_total = total
    source: SourceRef | None = project.sources.get(column)
    if source is not None:
        project.sources["budget_total"] = source
    return True


def agreed_total(project: Project, total: Decimal, source: SourceRef) -> None:
    """Set ``budget_total`` to a 预算数 every reading of a glued line agrees on (not which
    column it stands in) when the project has none and the figure fits its parts."""
    if project.budget_total is None and parts_agree(
        total, project.budget_fiscal, project.budget_other
    ):
        project.budget_total, project.sources["budget_total"] = total, source


def adds_up(total: Decimal, parts: list[Decimal], least: int = 1) -> bool:
    """Whether ``least`` or more of ``parts``, from the first, add up to ``total`` to the
    cent (a total confirmed by the parts listed after or before it)."""
    running = Decimal(0)
    for count, part in enumerate(parts, start=1):
        running += part
        if count >= least and abs(running - total) <= _ROUNDING:
            return True
        if running > total + _ROUNDING:
            return False
    return False
