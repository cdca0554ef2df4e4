"""单位成本基准 (unit costs): budget ÷ quantity against the reference table (C106) and against
the same unit cost in every other project of the database (C107)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.benchmarks import (
    MemoryStore,
    UnitCost,
    load_benchmarks,
    peer_outlier,
    project_unit_costs,
    table_outlier,
)
from jixiao.model import Project
from jixiao.model.figures import figure_text
from jixiao.review.context import ProjectView
from jixiao.review.examples import indicator, project
from jixiao.review.examples import plan as make_plan
from jixiao.review.rule import Example, Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount

TABLE = rule_table(__name__)

_DONGGUAN = (
    "东莞展览馆2022年物业管理费支出绩效目标表（dgec.org.cn）：282.92万元，建筑面积2.6万平方米"
)


def _cost_text(cost: UnitCost) -> str:
    return (
        f"预算数{amount(cost.budget_wan)}万元÷{amount(cost.quantity)}{cost.quantity_unit}"
        f"＝{figure_text(cost.value)}{cost.unit}"
    )


def _against_table(p: ProjectView) -> list[Hit]:
    table = load_benchmarks()
    cost = project_unit_costs(p.project, p.index, table)
    if cost is None:
        return []
    category = table.by_id(cost.category)
    outlier = table_outlier(cost, category)
    if outlier is None:
        return []
    side = "高于" if outlier.high else "低于"
    return [
        hit(
            f"本项目{category.label}{_cost_text(cost)}，{side}{outlier.reference}。",
            field="budget_total",
            indicator_index=cost.indicator_index,
        )
    ]


def _property(budget: str, area: str, name: str = "物业管理费支出") -> Project:
    return project(
        indicator("数量指标", "物管服务面积", area, "物业服务的建筑面积"),
        indicator("质量指标", "物业管理保障工作合格率", "=100%"),
        name=name,
        budget=budget,
    )


C106 = TABLE.rule(
    "C106",
    _against_table,
    examples=(
        Example(
            label="物业费282.92万元÷2.6万平方米＝108.8元/平方米·年",
            fails=True,
            plan=make_plan(_property("282.92", "=2.6万平方米")),
            origin=_DONGGUAN,
            shows="项目：物业管理费支出，预算数282.92万元；数量指标｜物管服务面积｜2.6万平方米",
        ),
        Example(
            label="物业费60万元÷2万平方米＝30元/平方米·年",
            fails=False,
            plan=make_plan(_property("60", "=2万平方米")),
            origin=f"构造：同上表的结构，预算数与面积取县级机关常见量级（对照：{_DONGGUAN}）",
            shows="项目：物业管理费支出，预算数60万元；数量指标｜物管服务面积｜2万平方米",
        ),
    ),
)


def _against_peers(p: ProjectView) -> list[Hit]:
    peers = p.plan.peers
    if peers is None:
        return []
    table = load_benchmarks()
    cost = project_unit_costs(p.project, p.index, table)
    if cost is None:
        return []
    found = peer_outlier(cost, peers)
    if found is None:
        return []
    outlier, _ = found
    label = table.by_id(cost.category).label
    side = "远高于" if outlier.high else "远低于"
    return [
        hit(
            f"本项目{label}{_cost_text(cost)}，{side}同类项目：{outlier.reference}。",
            field="budget_total",
            indicator_index=cost.indicator_index,
        )
    ]


def _peers() -> MemoryStore:
    """Thirty property-fee projects between 20 and 55 元/平方米·年 (the example database)."""
    costs = [
        UnitCost("property", 1, f"物业费{n}", Decimal(20 + n * 35 / 29).quantize(Decimal("0.01")),
                 "元/平方米·年", Decimal(10000), "平方米", 1, Decimal(20))
        for n in range(30)
    ]  # fmt: skip
    return MemoryStore(costs)


C107 = TABLE.rule(
    "C107",
    _against_peers,
    examples=(
        Example(
            label="108.8元/平方米·年，同类中位数37.5、P90 51.5",
            fails=True,
            plan=make_plan(_property("282.92", "=2.6万平方米")),
            origin=f"{_DONGGUAN}；比较库为30个20–55元/平方米·年的物业费项目",
            shows="物业管理费支出282.92万元，物管服务面积2.6万平方米",
            peers=_peers(),
        ),
        Example(
            label="40元/平方米·年，在同类之内",
            fails=False,
            plan=make_plan(_property("104", "=2.6万平方米")),
            origin=f"构造：面积取自{_DONGGUAN}，预算数改为104万元",
            shows="物业管理费支出104万元，物管服务面积2.6万平方米",
            peers=_peers(),
        ),
    ),
)

RULES = (C106, C107)
