"""Unit costs a plan states implicitly: a project's budget over its own quantity."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.benchmarks.table import BenchmarkTable, Category, load_benchmarks
from jixiao.grammar import Direction, parse_value
from jixiao.model import DepartmentPlan, Project

_WAN = Decimal(10000)
_QUANTITY_DIRECTIONS = frozenset({None, Direction.EQ, Direction.GE})


@dataclass(frozen=True, slots=True)
class UnitCost:
    """预算数 ÷ 数量 of one project: e.g. 物业费 108.8 元/平方米·年."""

    category: str
    project_index: int
    project: str
    value: Decimal  # 元 per unit (per year for the budget year)
    unit: str
    quantity: Decimal
    quantity_unit: str
    indicator_index: int  # the 数量指标 the quantity was read from (1-based)
    budget_wan: Decimal


def _quantity(project: Project, category: Category) -> tuple[Decimal, str, int] | None:
    """The first 数量指标 counted in one of the category's units (万平方米 scaled)."""
    for index, indicator in enumerate(project.indicators, start=1):
        if not indicator.level2.replace(" ", "").startswith("数量"):
            continue
        value = parse_value(indicator.value)
        unit = value.unit or ""
        number = value.number
        if number is None or number <= 0 or value.upper is not None:
            continue
        if value.direction not in _QUANTITY_DIRECTIONS:
            continue
        scale = Decimal(1)
        if unit.startswith("万") and unit[1:] in category.quantity_units:
            unit, scale = unit[1:], _WAN
        if unit in category.quantity_units:
            return number * scale, unit, index
    return None


def project_unit_costs(
    project: Project, index: int, table: BenchmarkTable | None = None
) -> UnitCost | None:
    """The unit cost of one project, when its category and quantity can be told."""
    table = table or load_benchmarks()
    budget = project.budget_total
    if budget is None or budget <= 0:
        return None
    category = table.category(project.name)
    if category is None:
        return None
    found = _quantity(project, category)
    if found is None:
        return None
    quantity, unit, indicator_index = found
    value = (budget * _WAN / quantity).quantize(Decimal("0.01"))
    return UnitCost(
        category.id, index, project.name, value, category.unit, quantity, unit,
        indicator_index, budget,
    )  # fmt: skip


def unit_costs(plan: DepartmentPlan, table: BenchmarkTable | None = None) -> Iterator[UnitCost]:
    """Every unit cost of a plan's projects."""
    table = table or load_benchmarks()
    for index, project in enumerate(plan.projects, start=1):
        cost = project_unit_costs(project, index, table)
        if cost is not None:
            yield cost
