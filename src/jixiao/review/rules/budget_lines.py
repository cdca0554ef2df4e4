"""What a 自评表's 项目资金 lines say against its grid:

- N232: a 成本指标's 实际完成值 is the budget itself while the 全年执行数 is lower (the
  actual cost copied from the 预算数, not from what was spent);
- N236: the 预算执行率's 分值 cannot be a part of the table's 100 points: with the rows'
  分值 it makes more than 100 (a 分值 of 100 printed on the 资金 line);
- R120: the 全年预算数 is more than twice the 年初预算数 and nothing in the table says
  why (追加, 调整, 上级补助 …): the year's additions unexplained;
- R132: the 全年预算数 is three quarters of the 年初预算数 or less and nothing says why
  (调减, 收回 …): the 执行率, computed on the cut budget, hides what the year's first
  budget left unspent.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.grammar import parse_value
from jixiao.model.plan import Project
from jixiao.review.context import ProjectView, rows_fact
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.score_sums import HUNDRED, ZERO
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_SAME = Decimal("0.005")  # within half a percent of the budget: the budget copied
_LOWER = Decimal("0.99")  # spent below 99% of it: the copy is not a rounding
_ABOVE = Decimal("1.01")  # a cost 1% above what was spent: not a rounding of it


def _budget(project: Project) -> Decimal | None:
    for budget in (project.budget_adjusted, project.budget_total, project.budget_initial):
        if budget is not None and budget > 0:
            return budget
    return None


def _cost_rows(p: ProjectView) -> tuple[int, ...]:
    """Positions of the 成本 rows (once per distinct rows; their actuals are read per
    project, not shared: the rows are told apart by their targets only)."""
    return tuple([n for n, v in enumerate(p.indicators) if v.is_cost])


def _cost_actual_is_budget(p: ProjectView) -> list[Hit]:
    project = p.project
    spent, budget = project.spent, _budget(project)
    if spent is None or budget is None or spent >= budget * _LOWER:
        return []
    hits = []
    views = p.indicators
    for n in rows_fact(p, _cost_rows):
        v = views[n]
        actual = v.indicator.actual
        if not actual:
            continue
        wan = parse_value(actual).money_in_wan
        if wan is not None and abs(wan - budget) <= budget * _SAME:
            hits.append(
                hit(
                    f"成本指标{q(v.name)}的实际完成值{q(actual)}等于预算数"
                    f"{amount(budget)}万元，而全年执行数只有{amount(spent)}万元："
                    "实际成本照抄了预算，不是实际花费。",
                    field="actual",
                    indicator_index=v.index,
                    params={"spent": amount(spent)},
                )
            )
    return hits


N232 = TABLE.rule("N232", _cost_actual_is_budget, applies_to=is_self_evaluation)


def _cost_actual_above_spent(p: ProjectView) -> list[Hit]:
    project = p.project
    spent, budget = project.spent, _budget(project)
    if spent is None or spent <= 0:
        return []
    hits = []
    views = p.indicators
    for n in rows_fact(p, _cost_rows):
        v = views[n]
        actual = v.indicator.actual
        if not actual or "/" in (v.value.unit or ""):
            continue  # a unit cost (元/人) is no total
        done = parse_value(actual)
        wan = done.money_in_wan
        if wan is None or "/" in (done.unit or "") or wan <= spent * _ABOVE:
            continue
        if budget is not None and abs(wan - budget) <= budget * _SAME:
            continue  # the budget copied: N232's
        hits.append(
            hit(
                f"成本指标{q(v.name)}的实际完成值{q(actual)}高于全年执行数"
                f"{amount(spent)}万元：实际成本不会超过实际支出。",
                field="actual",
                indicator_index=v.index,
                params={"spent": amount(spent)},
            )
        )
    return hits


N242 = TABLE.rule("N242", _cost_actual_above_spent, applies_to=is_self_evaluation)


def rows_weight(project: Project) -> Decimal:
    """Σ 分值 of the indicator rows that state one."""
    return sum((i.weight for i in project.indicators if i.weight is not None), ZERO)


def execution_weight_too_large(project: Project) -> bool:
    """The 执行率's stated 分值 and the rows' 分值 make more than the table's 100 points."""
    weight = project.execution_weight
    if weight is None or weight <= 0:
        return False
    rows = rows_weight(project)
    return rows > 0 and weight + rows > HUNDRED


def _execution_weight_unlike_rows(p: ProjectView) -> list[Hit]:
    project = p.project
    if not execution_weight_too_large(project):
        return []
    weight, rows = project.execution_weight or ZERO, rows_weight(project)
    left = max(HUNDRED - rows, ZERO)
    return [
        hit(
            f"预算执行率的分值写作{amount(weight)}分，而各指标行的分值已合计{amount(rows)}分，"
            f"满分100分的表中执行率至多{amount(left)}分：分值填错（常把总分或满分100"
            "填进了资金一行），执行率得分也就无从核对。",
            field="execution_weight",
            params={"left": amount(left)},
        )
    ]


N236 = TABLE.rule("N236", _execution_weight_unlike_rows, applies_to=is_self_evaluation)

_GROWN = Decimal(2)  # the year's budget twice the initial one or more
_EXPLAINED = re.compile(r"追加|调增|调整|年中|新增|增加|补助|转移支付|下达|结转")


def _told(project: Project, why: re.Pattern[str] = _EXPLAINED) -> bool:
    """The table says why the year's budget moved (where additions came from, why it fell)."""
    texts = (project.annual_goal_actual, project.overview, project.purpose, project.basis)
    if any(t and why.search(t) for t in texts):
        return True
    return any(i.deviation and why.search(i.deviation) for i in project.indicators)


def _additions_unexplained(p: ProjectView) -> list[Hit]:
    project = p.project
    initial, annual = project.budget_initial, project.budget_adjusted
    if initial is None or annual is None or initial <= 0 or annual < initial * _GROWN:
        return []
    if _told(project):
        return []
    grown = ((annual - initial) / initial * 100).quantize(Decimal(1))
    return [
        hit(
            f"全年预算数{amount(annual)}万元比年初预算数{amount(initial)}万元多出"
            f"{amount(annual - initial)}万元（{grown}%），自评表却没有说明年中追加、调整的"
            "来由和用途：执行率按全年预算算，追加的资金也就不受年初目标约束。",
            field="budget_adjusted",
            params={"added": amount(annual - initial)},
        )
    ]


R120 = TABLE.rule("R120", _additions_unexplained, applies_to=is_self_evaluation)

_CUT_SHARE = Decimal("0.75")  # the year's budget cut by a quarter of the initial one or more
_CUT_TOLD = re.compile(r"调减|核减|压减|收回|调整|调剂|减少|缩减|统筹|结转")


def _cut_unexplained(p: ProjectView) -> list[Hit]:
    project = p.project
    initial, annual = project.budget_initial, project.budget_adjusted
    if initial is None or annual is None or initial <= 0 or annual > initial * _CUT_SHARE:
        return []
    if _told(project, _CUT_TOLD):
        return []
    share = (annual / initial * 100).quantize(Decimal(1))
    return [
        hit(
            f"全年预算数{amount(annual)}万元只有年初预算数{amount(initial)}万元的{share}%"
            f"（调减{amount(initial - annual)}万元），自评表却没有说明调减的原因：执行率按调减后的"
            "全年预算计算，年初安排而没有花出去的钱也就不显示为未执行，年初的绩效目标也未见"
            "随之调整。",
            field="budget_adjusted",
            params={"cut": amount(initial - annual)},
        )
    ]


R132 = TABLE.rule("R132", _cut_unexplained, applies_to=is_self_evaluation)

RULES = (N232, N242, N236, R120, R132)
