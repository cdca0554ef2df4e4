"""Which rules and rows do not apply to a document (``profiles/review-scope.json``).

A table of another province's template has no Hebei department part, no spending
plan and often no 指标值确定依据 column: the rules about those parts stay silent
on it rather than report what the template never asked for.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Final

from jixiao import packs
from jixiao.content_caches import content_cache
from jixiao.model import DepartmentPlan, Indicator
from jixiao.review.profile import level_key


@cache
def _scope() -> dict[str, Any]:
    loaded: dict[str, Any] = packs.merged_data("review-scope.json")
    return loaded


def _has(plan: DepartmentPlan, part: str) -> bool:
    if part == "department_part":
        return bool(plan.overall_goal or plan.sub_goals or plan.measures)
    if part == "spend_plan":
        return any(v is not None for p in plan.projects for v in p.spend_plan.values())
    if part == "basis":
        return any(i.basis for p in plan.projects for i in p.indicators)
    if part == "description":
        return any(i.description for p in plan.projects for i in p.indicators)
    if part == "goals":
        return any(p.goals or p.annual_goal for p in plan.projects)
    return True


def rules_not_applicable(plan: DepartmentPlan) -> frozenset[str]:
    """The rule ids that do not apply to ``plan``'s template (none for a Hebei 文本): the
    parts another province's table lacks, and those a 公开 or 决算 document lacks whatever
    its template (a 决算 目录 page is no 文本 without its 部门整体绩效目标)."""
    if plan.template != "generic" and is_reviewed_kind(plan):
        return frozenset()
    parts: dict[str, list[str]] = _scope()["parts"]
    return frozenset(
        rule for part, rules in parts.items() if not _has(plan, part) for rule in rules
    )


def is_reviewed_kind(plan: DepartmentPlan) -> bool:
    """Disclosure and 决算 documents carry no goal tables to review."""
    return plan.kind is None or plan.kind in _scope()["reviewed_kinds"]


@cache
def _scoring_level1() -> frozenset[str]:
    return frozenset(level_key(name) for name in _scope()["scoring_level1"])


@content_cache(maxsize=1 << 10)
def _is_scoring_level1(raw: str) -> bool:
    return level_key(raw) in _scoring_level1()


@cache
def _goal_level2() -> frozenset[str]:
    return frozenset(level_key(name) for name in _scope()["goal_level2"])


def is_scoring_row(indicator: Indicator) -> bool:
    """A 项目决策 / 项目管理 row of a self-evaluation 评分表: a scoring criterion, no goal
    (unless its 二级 names a goal indicator's: a 数量指标 row filed under 项目决策)."""
    return is_scoring_levels(indicator.level1, indicator.level2)


may_be_scoring: Final = _is_scoring_level1
"""The first test of :func:`is_scoring_levels`, on the 一级 as written (cached, and a C call:
``False`` means no scoring row, without a Python call)."""


def is_scoring_levels(level1: str, level2: str) -> bool:
    """:func:`is_scoring_row` of a row's 一级 and 二级 as written."""
    if not _is_scoring_level1(level1):  # cached per spelling: the review's hot loop
        return False
    return not level2 or level_key(level2) not in _goal_level2()
