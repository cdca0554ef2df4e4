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
from jixiao.checks import Criterion, Severity
from jixiao.model import Project
from jixiao.review.context import ProjectView
from jixiao.review.examples import indicator, project
from jixiao.review.examples import plan as make_plan
from jixiao.review.rule import Example, Hit, ProjectRule
from jixiao.review.rules.common import amount

FAMILY = "cost"
_DONGGUAN = (
    "东莞展览馆2022年物业管理费支出绩效目标表（dgec.org.cn）：282.92万元，建筑面积2.6万平方米"
)


def _cost_text(cost: UnitCost) -> str:
    return (
        f"预算数{amount(cost.budget_wan)}万元÷{amount(cost.quantity)}{cost.quantity_unit}"
        f"＝{amount(cost.value.quantize(Decimal('0.1')))}{cost.unit}"
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
        Hit(
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


C106 = ProjectRule(
    id="C106",
    title="单位成本超出参考区间",
    family=FAMILY,
    criterion=Criterion.APPROPRIATENESS,
    severity=Severity.WARNING,
    confidence=0.6,
    check=_against_table,
    explanation=(
        "物业费、租金、工资、车辆运行、伙食、维修等经常性支出，用预算数除以本项目的数量指标"
        "（面积、人数、车辆数、人次）就得到单位成本；明显超出参考区间的，预算或数量至少有一处"
        "需要说明。参考区间是数据（profiles/benchmarks-unit-costs.json），每行注明出处，"
        "各地应换成本地标准。"
    ),
    suggestion="核对预算测算与数量指标；单价确需偏高的，在指标值确定依据中写明依据。",
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
        Hit(
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


C107 = ProjectRule(
    id="C107",
    title="单位成本远离本库同类项目",
    family=FAMILY,
    criterion=Criterion.APPROPRIATENESS,
    severity=Severity.WARNING,
    confidence=0.7,
    check=_against_peers,
    explanation=(
        "把本项目的单位成本（预算数÷数量）与数据库里所有同类项目比较：高于同类P90的1.2倍"
        "或低于P10的1/1.2时提示，并引用分布（中位数、P10、P90、项目数）。"
        "这是跨部门的比较，只在有数据库时进行（网页审核、批量审核）。"
    ),
    suggestion="对照同类项目核实预算测算（本库中位数见说明），偏高的说明理由或压减预算。",
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
