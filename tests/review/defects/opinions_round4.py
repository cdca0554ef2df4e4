"""Held-out defect classes, round 4: what reviewers write back that rounds 1–3 did not
inject. Written and measured on cand BEFORE any rule was changed for them (the 首次 column
of docs/rules/recall.md; the figures per class in docs/rules/coverage.md 第17节).

Where each class comes from:

- ``target_below_last_year`` — a ≥ count target whose 指标值确定依据 states last year's
  actual at twice the target (“上年实际完成600人次”, target “≥300人次”), no reason given:
  指标值低于上年实际完成值、缺乏挑战性 — domain.md §4 (历史标准: past values or the
  three-year average are the basis of a value), §5 适当性;
- ``goal_amount_unlike_budget`` — the goal states the money the project spends
  (“年度安排资金1600万元”) at twice the 预算数 of its own table: 绩效目标中的资金规模与
  预算数不一致 — domain.md §5 “narrative vs tables: a figure stated in prose that
  contradicts the tables”; real goals state it so (内蒙古乌海供销社 再生资源回收 “年度预算
  总金额3万元”, 广西百色 田林学校 “投入1800万元”, both in tests/fixtures/corpus/plan);
- ``goal_stale_year`` — a goal sentence that opens with a budget year three years back
  (“2020年，完成…” in a 2023 table): 绩效目标照搬往年、未按本年度更新 (the goal's twin of
  round 1's stale_year_in_name, which changed indicator names only);
- ``selfeval_late_full_score`` — a 自评 时效 row whose 实际完成值 is a month (or the next
  year) after its deadline, scored in full, no 偏差原因: 时效指标未按期完成却得满分 —
  domain.md §7 (not met → less than the full weight; missed targets need a 偏差原因).

The ``pages`` corpus was searched for 绩效目标审核意见, 评审意见, 自评复核, 第三方复核意见,
绩效评价报告 发现问题, 整改 通报, 财政重点评价 问题 and 绩效目标编制 常见问题: as in rounds
2 and 3 it returned unrelated KPI pages, a 预算绩效管理办法 (cwc.jcut.edu.cn/info/1015/1324.htm),
the bare title of a 财政支出项目支出绩效评价操作指引（试行） (35331.cn, no text of it) and
published self-evaluation reports (hh.gov.cn/info/11481/1179592.htm,
dyrmt.com/article-132779-22.html “存在问题 暂无”), no list of opinions; the classes rest on
domain.md as cited.

Checked and not injected, being covered already: 时效 after the budget year
(deadline_after_year, N228), a 成本 above the budget (cost_above_budget, F101), 财政资金 +
其他资金 ≠ 预算数 (fiscal_and_other_unlike_budget, F102), goals no indicator measures
(goal_without_indicator, R106), indicators copied across projects (W104, W111); not
injected for want of a document to inject into: 部门整体 goals (履职效能 as project outputs),
satisfaction of a project without recipients (no rule can tell one from the name alone).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.grammar import Direction, ValueKind
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator, Project
from tests.review.defects.mutations import Target, _count, _first, _keys, mutation
from tests.review.defects.opinions import _seeded

_LAST_YEAR = ("上年实际完成{}", "去年完成{}", "上年度实际完成{}", "{y}年实际完成{}")
_BUDGETED = ("年度安排资金{}万元", "投入资金{}万元", "项目预算资金{}万元", "安排专项资金{}万元")
_STALE_OPENING = ("{y}年，", "{y}年度", "{y}年度，", "{y}年")
_MONTH_DEADLINE = re.compile(
    r"^\s*(?:(?:19|20)[0-9]{2}\s*年\s*)?([0-9]{1,2})\s*月(?:底|末)?(?:前|以前|之前|完成)?\s*$"
)
_DATE_DEADLINE = re.compile(
    r"((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月(?:\s*[0-9]{1,2}\s*日)?(?:底|末)?(?:前|以前|之前|完成)?"
)


def _text(number: Decimal) -> str:
    return format(number.normalize(), "f")


@mutation
def target_below_last_year(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _LAST_YEAR)
    year = (plan.year or 2023) - 1

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        up = v.direction in (Direction.GE, Direction.GT, Direction.EQ, None)
        numbered = v.kind is ValueKind.QUANTITATIVE and (v.number or 0) > 0
        return up and numbered and _count(v) and _keys(ind)[1] == "数量"

    def lower(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None
        ind.basis = form.format(f"{_text(v.number * 2)}{v.unit or ''}", y=year)

    return _first(plan, fits, lower)


def _budget(project: Project) -> Decimal | None:
    for amount in (project.budget_total, project.budget_adjusted, project.budget_initial):
        if amount:
            return Decimal(amount)
    return None


def _add_to_goal(project: Project, sentence: str) -> None:
    if project.goals:
        project.goals[0] = f"{project.goals[0].rstrip('。；; ')}，{sentence}。"
    else:
        project.annual_goal = f"{(project.annual_goal or '').rstrip('。；; ')}，{sentence}。"


def _has_goal(project: Project) -> bool:
    return bool(project.goals or (project.annual_goal or "").strip())


@mutation
def goal_amount_unlike_budget(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _BUDGETED)
    for p, project in enumerate(plan.projects, start=1):
        budget = _budget(project)
        if budget is None or budget <= 0 or not _has_goal(project):
            continue
        _add_to_goal(project, form.format(_text(budget * 2)))
        return Target(p, frozenset())
    return None


@mutation
def goal_stale_year(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    opening = _seeded(plan, _STALE_OPENING).format(y=plan.year - 3)
    for p, project in enumerate(plan.projects, start=1):
        if project.goals and project.goals[0].strip() not in ("", "无", "/"):
            project.goals[0] = opening + project.goals[0].lstrip()
            return Target(p, frozenset())
        if (project.annual_goal or "").strip():
            project.annual_goal = opening + (project.annual_goal or "").lstrip()
            return Target(p, frozenset())
    return None


@mutation
def selfeval_goal_amount_unlike_budget(plan: DepartmentPlan) -> Target | None:
    return goal_amount_unlike_budget(plan)


def _late(value: str, year: int | None) -> str | None:
    """A completion a little after the deadline ``value`` states (“9月前” → “11月”,
    “2022年12月30日前” → “2023年2月”); None when it states no month."""
    month = _MONTH_DEADLINE.match(value)
    if month is not None:
        m = int(month.group(1))
        if not 1 <= m <= 12:
            return None
        if m <= 10:
            return f"{m + 2}月"
        return f"{(year or 0) + 1}年2月" if year else None
    dated = _DATE_DEADLINE.search(value)
    if dated is None:
        return None
    y, m = int(dated.group(1)), int(dated.group(2))
    if not 1 <= m <= 12:
        return None
    return f"{y}年{m + 2}月" if m <= 10 else f"{y + 1}年2月"


@mutation
def selfeval_late_full_score(plan: DepartmentPlan) -> Target | None:
    def fits(ind: Indicator, _v: IndicatorValue) -> bool:
        scored = bool(ind.actual) and ind.weight is not None and ind.weight > 0
        return scored and _keys(ind)[1] == "时效" and _late(ind.value, plan.year) is not None

    def delay(ind: Indicator, _v: IndicatorValue) -> None:
        ind.actual = _late(ind.value, plan.year)
        ind.score = ind.weight
        ind.deviation = ""

    return _first(plan, fits, delay)


ROUND4_CLASSES = (
    "target_below_last_year",
    "goal_amount_unlike_budget",
    "selfeval_goal_amount_unlike_budget",
    "goal_stale_year",
    "selfeval_late_full_score",
)
