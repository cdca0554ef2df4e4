"""F101, F102, F106, F107: costs and funding against the budget and the disclosure tables."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks import Criterion, Severity
from jixiao.grammar import ValueKind
from jixiao.review.context import IndicatorView, PlanView, ProjectView
from jixiao.review.examples import (
    S000,
    S003,
    S004,
    indicator_example,
    plan,
    plan_example,
    project,
    project_example,
)
from jixiao.review.rule import Hit, IndicatorRule, PlanRule, ProjectRule
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.money.common import CEILINGS, FAMILY
from jixiao.review.rules.tables import project_expenditure


def _cost_over_budget(v: IndicatorView) -> Hit | None:
    value = v.value
    money = value.money_in_wan
    budget = v.project.project.budget_total
    if (
        money is None
        or budget is None
        or budget <= 0
        or not v.is_cost
        or value.direction not in CEILINGS
    ):
        return None
    thresholds = v.plan.profile.thresholds
    allowed = budget * (1 + thresholds.cost_overshoot) + thresholds.money_tolerance_wan
    if money <= allowed:
        return None
    times = money / budget
    ratio = f"，是预算数的{times:.0f}倍" if times >= 2 else ""
    return Hit(
        f"成本指标{q(v.name)}的指标值{q(v.indicator.value)}（{amount(money)}万元）"
        f"超过项目预算数{amount(budget)}万元{ratio}。",
        field="value",
        params={"budget": amount(budget)},
    )


F101 = IndicatorRule(
    id="F101",
    title="成本上限超过项目预算数",
    family=FAMILY,
    criterion=Criterion.APPROPRIATENESS,
    severity=Severity.ERROR,
    confidence=0.95,
    kinds=frozenset({ValueKind.QUANTITATIVE}),
    cost_only=True,
    uses_project=True,
    check=_cost_over_budget,
    explanation=(
        "成本指标是本项目的支出上限，以金额表示时不能超过项目预算数；超过时要么成本指标"
        "照抄了其他年度、其他项目的数字，要么预算数填错，资金规模与目标不匹配。"
    ),
    suggestion="按本项目预算数重新测算成本指标，总成本不超过“≤{budget}万元”。",
    examples=(
        indicator_example(
            "“≤1402万元”而预算数4.75万元",
            fails=True,
            level2="成本指标",
            level3="项目总成本",
            description="项目预算控制数",
            value="≤1402万元",
            budget="4.75",
            name="管理局运行费",
            origin=f"{S003} 项目5 第9项",
        ),
        indicator_example(
            "“≤54671.41元”而预算数5.47万元",
            fails=False,
            level2="成本指标",
            level3="项目总成本",
            description="项目预算控制数",
            value="≤54671.41元",
            budget="5.47",
            name="保障中心运行费",
            origin=f"{S003} 项目9 第7项",
        ),
    ),
)


def _funding_sum(p: ProjectView) -> list[Hit]:
    project_ = p.project
    total, fiscal, other = project_.budget_total, project_.budget_fiscal, project_.budget_other
    if total is None or (fiscal is None and other is None):
        return []
    parts = (fiscal or Decimal(0)) + (other or Decimal(0))
    if abs(parts - total) <= p.plan.profile.thresholds.money_tolerance_wan:
        return []
    return [
        Hit(
            f"预算数{amount(total)}万元，其中财政资金{amount(fiscal)}万元、其他资金"
            f"{amount(other)}万元，合计{amount(parts)}万元，与预算数不符。",
            field="budget_fiscal",
        )
    ]
    return []


F102 = ProjectRule(
    id="F102",
    title="财政资金与其他资金之和不等于预算数",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.95,
    check=_funding_sum,
    explanation=(
        "预算数 = 财政资金 + 其他资金。两者不等说明资金来源填写有误，预算数本身也就不可信。"
    ),
    suggestion="核对资金来源，使财政资金与其他资金之和等于预算数。",
    examples=(
        project_example(
            "预算数10万元，财政资金8万元",
            fails=True,
            project=project(name="示例项目", budget="10.00", fiscal="8.00", other="0"),
            shows="预算数 10.00｜其中：财政资金 8.00｜其他资金 0",
        ),
        project_example(
            "预算数5.91万元，财政资金5.91万元，其他资金0",
            fails=False,
            project=project(name="公务用车制度改革费", budget="5.91", fiscal="5.91", other="0"),
            shows="预算数 5.91｜其中：财政资金 5.91｜其他资金 0",
            origin=f"{S000} 项目1",
        ),
    ),
)


def _names(views: list[ProjectView], limit: int = 5) -> str:
    shown = "、".join(f"{v.index}.{v.project.name}" for v in views[:limit])
    return shown + (f"等{len(views)}个项目" if len(views) > limit else "")


def _spend_missing(plan_: PlanView) -> Iterator[Hit]:
    empty = [p for p in plan_.projects if all(v is None for v in p.project.spend_plan.values())]
    if empty:
        yield Hit(
            f"{len(empty)}个项目没有填写资金支出计划：{_names(empty)}。",
            field="spend_plan",
            project_index=empty[0].index if len(empty) == 1 else None,
        )


F106 = PlanRule(
    id="F106",
    title="未填写资金支出计划",
    family=FAMILY,
    criterion=Criterion.COMPLETENESS,
    severity=Severity.WARNING,
    confidence=0.9,
    check=_spend_missing,
    explanation=(
        "资金支出计划（3月底、6月底、10月底、12月底的累计支出比例）是“双监控”中"
        "比对预算执行进度的依据，未填写时无法开展执行监控。"
    ),
    suggestion="为每个项目填写资金支出计划，12月底累计为100%。",
    examples=(
        plan_example(
            "项目没有资金支出计划",
            fails=True,
            plan=plan(project(name="办公楼物业费", budget=None, spend=None)),
            shows="1.办公楼物业费：资金支出计划四个时点均为空",
            origin=f"{S004} 项目2",
        ),
        plan_example(
            "填写了资金支出计划",
            fails=False,
            plan=plan(project(name="物业管理费", spend=("10", "25", "50", "100"))),
            shows="1.物业管理费：3月底10%，6月底25%，10月底50%，12月底100%",
            origin=f"{S000} 项目6",
        ),
    ),
)


def _budgets_vs_disclosure(plan_: PlanView) -> Iterator[Hit]:
    disclosure = plan_.plan.disclosure
    budgets = [p.project.budget_total for p in plan_.projects]
    if disclosure is None or not budgets or any(b is None for b in budgets):
        return
    found = project_expenditure(disclosure)
    if found is None:
        return
    disclosed, table = found
    total = sum((b for b in budgets if b is not None), Decimal(0))
    if total <= disclosed + plan_.profile.thresholds.money_tolerance_wan:
        return
    yield Hit(
        f"{len(budgets)}个项目的预算数合计{amount(total)}万元，超过{table.title}中"
        f"公开的项目支出{amount(disclosed)}万元。",
        field="budget_total",
        location=table.source(),
    )


F107 = PlanRule(
    id="F107",
    title="项目预算合计超过公开的项目支出",
    family=FAMILY,
    criterion=Criterion.APPROPRIATENESS,
    severity=Severity.WARNING,
    confidence=0.8,
    check=_budgets_vs_disclosure,
    explanation=(
        "绩效文本中各项目的预算数都包含在部门预算的项目支出之内，其合计不应超过"
        "公开表格中的项目支出（未列出全部项目时可以小于）。"
    ),
    suggestion="核对项目预算数与部门预算支出总表中的项目支出，改正不一致的一方。",
    examples=(
        plan_example(
            "项目预算合计超过公开的项目支出",
            fails=True,
            plan=plan(
                project(name="甲项目", budget="300.00"),
                project(name="乙项目", budget="250.00"),
                disclosure={
                    "tables": [
                        {
                            "kind": "expenditure_summary",
                            "title": "部门预算支出总表",
                            "columns": ["科目名称", "合计", "基本支出", "项目支出"],
                            "rows": [{"cells": ["合计", "900.00", "400.00", "500.00"]}],
                        }
                    ]
                },
            ),
            shows="甲项目300万元＋乙项目250万元＝550万元；支出总表项目支出500万元",
        ),
        plan_example(
            "项目预算合计在项目支出之内",
            fails=False,
            plan=plan(
                project(name="甲项目", budget="300.00"),
                disclosure={
                    "tables": [
                        {
                            "kind": "expenditure_summary",
                            "title": "部门预算支出总表",
                            "columns": ["科目名称", "合计", "基本支出", "项目支出"],
                            "rows": [{"cells": ["合计", "900.00", "400.00", "500.00"]}],
                        }
                    ]
                },
            ),
            shows="甲项目300万元；支出总表项目支出500万元",
        ),
    ),
)
