"""N105, N106, N108: costs without money or with “≥”, deadlines written as a floor."""

from __future__ import annotations

import re

from jixiao.checks import Criterion, Severity
from jixiao.grammar import UnitKind
from jixiao.review.context import IndicatorView
from jixiao.review.examples import S000, S002, S004, indicator_example
from jixiao.review.rule import Hit, IndicatorRule
from jixiao.review.rules.common import (
    UPWARD,
    amount,
    is_money,
    q,
)
from jixiao.review.rules.numbers.common import FAMILY, QUANT


def _cost_not_money(v: IndicatorView) -> Hit | None:
    if not v.is_money_cost or is_money(v.value):
        return None
    return Hit(
        f"成本指标{q(v.name)}的指标值{q(v.indicator.value)}不是金额，无法与预算数和支出标准比较。",
        field="value",
        params={"budget": amount(v.project.project.budget_total).replace("—", "X")},
    )


N105 = IndicatorRule(
    id="N105",
    title="成本指标未使用金额单位",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.95,
    kinds=QUANT,
    cost_only=True,
    uses_project=True,
    check=_cost_not_money,
    explanation=(
        "成本指标反映花多少钱，应以金额表示（总成本“≤X万元”，或单位成本“≤X元/人”），"
        "不能用百分比、次数等代替。"
    ),
    suggestion="改为金额上限，如“≤{budget}万元”或单位成本“≤X元/人”。",
    examples=(
        indicator_example(
            "成本指标“≤162次”",
            fails=True,
            level2="成本指标",
            level3="宣传控制机关运行成本，认真做好公共机关节能工作",
            description="牢固树立过紧日子思想，深入挖掘节能机关创建潜力",
            value="≤162次",
            origin=f"{S002} 项目4 第6项",
        ),
        indicator_example(
            "成本指标“≤248.96万元”",
            fails=False,
            level2="成本指标",
            level3="当年项目支出",
            description="不超过财政预算金额",
            value="≤248.96万元",
            origin=f"{S000} 项目6 第4项",
            budget="248.96",
        ),
    ),
)


def _cost_at_least(v: IndicatorView) -> Hit | None:
    value = v.value
    if not v.is_cost or value.direction not in UPWARD or not is_money(value):
        return None
    return Hit(
        f"成本指标{q(v.name)}的指标值{q(v.indicator.value)}用了“≥”，"
        "成本是上限，“≥”等于鼓励多花钱。",
        field="value",
        params={"ceiling": "≤" + amount(value.number) + (value.unit or "")},
    )


N106 = IndicatorRule(
    id="N106",
    title="成本指标使用“≥”",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.ERROR,
    confidence=0.9,
    kinds=QUANT,
    cost_only=True,
    check=_cost_at_least,
    explanation="成本指标是支出上限，应写“≤”；写“≥”意味着花得越多越好，与绩效管理的要求相反。",
    suggestion="改为“{ceiling}”。",
    examples=(
        indicator_example(
            "“≥308万元”",
            fails=True,
            level2="成本指标",
            level3="预算支出金额",
            description="实际支出金额控制在预算范围内",
            value="≥308万元",
            origin=f"{S004} 项目18 第7项",
            budget=None,
        ),
        indicator_example(
            "“≤38.6万元”",
            fails=False,
            level2="成本指标",
            level3="项目预算控制",
            description="项目支出控制在预算范围内",
            value="≤38.6万元",
            origin=f"{S004} 项目3 第22项",
            budget=None,
        ),
    ),
)


_DURATION = re.compile(
    "时长|天数|保障时间|运行时间|服务时间|供应|持续|在线|使用时间|开放时间|维持|保持|全年|服务读者"
)


def _deadline_at_least(v: IndicatorView) -> Hit | None:
    value = v.value
    if (
        v.level2 != "时效"
        or value.unit_kind is not UnitKind.TIME
        or value.direction not in UPWARD
        or _DURATION.search(v.text)
    ):
        return None
    return Hit(
        f"时效指标{q(v.name)}的指标值{q(v.indicator.value)}用了“≥”，"
        "时限应当是上限，写“≥”等于越慢越好。",
        field="value",
        params={"limit": "≤" + amount(value.number) + (value.unit or "")},
    )


N108 = IndicatorRule(
    id="N108",
    title="时效指标的时限使用“≥”",
    family=FAMILY,
    criterion=Criterion.CONFORMITY,
    severity=Severity.WARNING,
    confidence=0.75,
    kinds=QUANT,
    levels=frozenset({"时效"}),
    check=_deadline_at_least,
    explanation="完成时限、响应时间是上限，应写“≤”；“≥24小时”表示至少拖24小时，与及时的要求相反。",
    suggestion="改为“{limit}”，或改写为及时率“≥95%”。",
    examples=(
        indicator_example(
            "“接待及时率 ≥24小时”",
            fails=True,
            level2="时效指标",
            level3="接待及时率",
            description="发生来访活动审批后及时完成接待任务",
            value="≥24小时",
            origin=f"{S004} 项目18 第6项",
        ),
        indicator_example(
            "“平均维修时间 ≤7个工作日”",
            fails=False,
            level2="时效指标",
            level3="平均维修时间",
            description="提交维修申请或出现故障后的7个工作日内完成维修",
            value="≤7个工作日",
            origin=f"{S004} 项目1 第11项",
        ),
    ),
)
