"""Defect classes a bureau reviewer checks every day (issue 12's list, domain.md) that the
first catalogue lacked: the value and its basis swapped, an outdated plan cited as basis,
sub-costs that no longer add up to the budget, a per-head cost name on a total amount, a
one-off purchase measured by recurring services. (Sub-costs that stop adding up and recurring
spending planned unevenly were tried too: the corpus has one project with two money costs and
no spending plan in any other province's template, too few places to measure.)

Written after the rules, measured as they come (held_out in catalogue.json).
"""

from __future__ import annotations

import re

from jixiao.grammar import ValueKind
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator
from tests.review.defects.mutations import (
    Target,
    _first,
    _keys,
    _money_cost,
    mutation,
)

_RECURRING_SERVICE = re.compile(r"维护|维修|保养|巡查|巡检|保洁|运维|次/月|次/周|每月|每周")
# works, not a service: a repair measured by its area (天津河北区法院 “维修面积 ≥400平方米”) too
_WORKS = re.compile(r"改造|建设|工程|修缮|面积")


@mutation
def value_basis_swapped(plan: DepartmentPlan) -> Target | None:
    def swap(ind: Indicator, _v: IndicatorValue) -> None:
        ind.value, ind.basis = "参照上年度实际完成情况", ind.value

    return _first(plan, lambda _i, v: v.kind is ValueKind.QUANTITATIVE and v.unit is not None, swap)


@mutation
def stale_plan_basis(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    old = plan.year - 3
    return _first(
        plan,
        lambda ind, v: v.kind is ValueKind.QUANTITATIVE,
        lambda ind, _v: setattr(ind, "basis", f"根据{old}年度工作计划"),
    )


@mutation
def per_head_name_on_total(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: _money_cost(ind, v) and v.unit == "万元" and "/" not in ind.value,
        lambda ind, _v: setattr(ind, "level3", "人均" + ind.level3.strip()),
    )


@mutation
def one_off_purchase_with_services(plan: DepartmentPlan) -> Target | None:
    for p, project in enumerate(plan.projects, start=1):
        outputs = [r for r in project.indicators if _keys(r)[1] in ("数量", "质量", "时效")]
        services = [r for r in outputs if _RECURRING_SERVICE.search(r.level3 + "｜" + r.value)]
        if any(not _WORKS.search(r.level3) for r in services):
            project.name = "办公设备购置尾款"
            return Target(p, frozenset())
    return None
