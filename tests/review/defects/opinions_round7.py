"""Held-out defect classes, round 7: defects a finance bureau's reviewer finds by reading
two places of one table against each other — a goal against its indicator, the 自评's
completion statement against its rows and its 执行率, a cost against what was spent, a
deadline against the project's term, the 立项依据 against the budget year — which rounds
1–6 did not inject. Written and measured on main BEFORE any rule was changed for them
(the 首次 column of docs/rules/recall.md; the figures per class in docs/rules/coverage.md
第20节).

Where each class comes from:

- ``goal_rate_unlike_indicator`` — the 绩效目标 (年度目标) states a rate for the very thing
  a rate indicator measures, lower than the indicator's value (goal “群众满意度达到85%以上”,
  indicator “≥95%”): 绩效目标与绩效指标不一致 — domain.md §5 相关性 (the indicators
  measure the goal) and §5 叙述与表格; round 3's goal_count_unlike_indicator compared
  counts only;
- ``completion_figure_unlike_actual`` (self-evaluations) — the 年度目标实际完成情况 states
  a figure for an indicator that differs from the row's 实际完成值: 自评结论与指标完成
  情况不符 — domain.md §7 (年度总体目标: 预期与实际), the count twin of round 5's
  selfeval_goal_claims_all_met;
- ``completion_rate_unlike_execution`` (self-evaluations) — the completion statement says
  the budget was spent at a rate the table's 执行数 / 预算数 does not give (“预算执行率
  100%” over a table at 83.5%): 自评数据前后不一致 — domain.md §7 (执行率 = 全年执行数 /
  全年预算数);
- ``selfeval_cost_actual_above_spent`` (self-evaluations) — a 成本 row's 实际完成值 (a
  total in 万元) above the project's 全年执行数: the project cannot have cost more than it
  spent — domain.md §3 (成本指标) and §7; round 8's N232 has the echo of the budget;
- ``deadline_after_period`` — the 项目期限 ends months before a 时效 row's deadline in the
  same year (“2023年1月至2023年8月”, 时效 “2023年12月底前”): 时效指标与项目实施期不符 —
  domain.md §3 (时效: by when) and §5 可行性;
- ``basis_cites_later_document`` — the 立项依据 (or, where a table has none, the goal)
  cites a document numbered in a year after the budget year (“皖政办〔2025〕12号” in a
  2023 table): 立项依据不实、事前评估流于形式 — domain.md §5 (依据充分) and §2 (立项依据).

Checked and not injected: 部门整体 goals and 监控表 (the benchmark reviews only the plans
and self-evaluations of other provinces; no plan of the corpus reads department goals,
and the monitoring corpus has three documents); a sum of cost rows above the budget (the
one plan of the corpus with several cost totals lists their total among them).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.grammar import Direction, UnitKind, parse_value
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator
from tests.review.defects.mutations import (
    _RATE_NAME,
    Target,
    _count,
    _is_cost,
    _is_satisfaction,
    _keys,
    _money,
    _rows,
    mutation,
)
from tests.review.defects.opinions import _seeded
from tests.review.defects.opinions_round6 import _text

_GOAL_RATES = ("{name}达到{n}%以上", "确保{name}不低于{n}%", "{name}{n}%以上", "{name}达{n}%")
_COMPLETIONS = ("全年完成{name}{n}{unit}", "{name}共{n}{unit}", "实际{name}达到{n}{unit}")
_RATE_CLAIMS = ("预算执行率{n}%", "资金执行率达到{n}%", "完成预算的{n}%")
_ISSUERS = ("省政府办公厅", "市财政局", "县人民政府", "省发展改革委")
_CODES = ("政办发", "财预", "政发", "发改投资")
_YEARS = re.compile(r"(?:19|20)[0-9]{2}")


def _then(text: str, said: str) -> str:
    """``said`` as one more sentence of ``text``."""
    return f"{text.rstrip('。；;')}；{said}。"


@mutation
def goal_rate_unlike_indicator(plan: DepartmentPlan) -> Target | None:
    template = _seeded(plan, _GOAL_RATES)
    for p, _i, project, ind, v in _rows(plan):
        rate = _RATE_NAME.search(ind.level3.strip()) is not None or _is_satisfaction(ind)
        up = v.direction in (Direction.GE, Direction.GT, Direction.EQ, None)
        n = v.number
        if not (project.goals or project.annual_goal) or not rate or not up:
            continue
        if v.unit != "%" or n is None or not 80 <= n <= 100:
            continue
        said = template.format(name=ind.level3.strip(), n=_text(n - 10))
        if project.annual_goal:
            project.annual_goal = _then(project.annual_goal, said)
        else:
            project.goals = [*project.goals, said]
        return Target(p, frozenset())  # the goal changed; R130 points at the row
    return None


@mutation
def completion_figure_unlike_actual(plan: DepartmentPlan) -> Target | None:
    template = _seeded(plan, _COMPLETIONS)
    for p, _i, project, ind, v in _rows(plan):
        if not project.annual_goal_actual or not ind.actual or not _count(v):
            continue
        done = parse_value(ind.actual)
        if done.number is None or done.number < 2 or (done.unit or v.unit) != v.unit:
            continue
        said = template.format(name=ind.level3.strip(), n=_text(done.number * 2), unit=v.unit)
        project.annual_goal_actual = _then(project.annual_goal_actual, said)
        return Target(p, frozenset())  # the statement changed; N244 points at the row
    return None


def _stated_rate(plan: DepartmentPlan, p: int) -> Decimal | None:
    project = plan.projects[p - 1]
    if project.execution_rate is not None:
        return project.execution_rate * 100  # stored as a share (0.835)
    budget = project.budget_adjusted or project.budget_total
    if project.spent is None or not budget:
        return None
    return (project.spent / budget * 100).quantize(Decimal("0.01"))


@mutation
def completion_rate_unlike_execution(plan: DepartmentPlan) -> Target | None:
    template = _seeded(plan, _RATE_CLAIMS)
    for p, project in enumerate(plan.projects, start=1):
        rate = _stated_rate(plan, p)
        if not project.annual_goal_actual or rate is None or rate <= 0:
            continue
        claimed = Decimal(100) if rate < 90 else (rate * Decimal("0.7")).quantize(Decimal("1"))
        said = template.format(n=_text(claimed))
        project.annual_goal_actual = _then(project.annual_goal_actual, said)
        return Target(p, frozenset())
    return None


@mutation
def selfeval_cost_actual_above_spent(plan: DepartmentPlan) -> Target | None:
    for p, i, project, ind, v in _rows(plan):
        spent = project.spent
        if spent is None or spent <= 0 or not _is_cost(ind) or not _money(v):
            continue
        if "/" in (v.unit or "") or v.direction in (Direction.GE, Direction.GT):
            continue
        ind.actual = f"{_text((spent * Decimal('1.4')).quantize(Decimal('0.01')))}万元"
        return Target(p, frozenset({i}))
    return None


def _deadline_month(ind: Indicator, v: IndicatorValue, year: int) -> int | None:
    """The month of the budget year a 时效 row's deadline falls in (12 for 年底前)."""
    if _keys(ind)[1] != "时效" or v.unit_kind is UnitKind.PERCENT:
        return None
    text = ind.value.replace(" ", "")
    if any(y != str(year) for y in _YEARS.findall(text)):
        return None
    if "年底" in text or "年末" in text:
        return 12
    return next((m for m in range(12, 2, -1) if f"{m}月" in text), None)


@mutation
def deadline_after_period(plan: DepartmentPlan) -> Target | None:
    year = plan.year
    if year is None:
        return None
    for p, _i, project, ind, v in _rows(plan):
        month = _deadline_month(ind, v, year)
        if month is None or "-" in ind.value or "至" in ind.value:
            continue
        project.period = f"{year}年1月至{year}年{month - 2}月"
        return Target(p, frozenset())  # the project's term changed; N243 points at the row
    return None


@mutation
def basis_cites_later_document(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    issuer, code = _seeded(plan, _ISSUERS), _seeded(plan, _CODES)
    cited = f"《{issuer}关于做好相关工作的通知》（{code}〔{plan.year + 2}〕15号）"
    for p, project in enumerate(plan.projects, start=1):
        if project.basis:
            project.basis = f"{project.basis.rstrip('。；;')}；{cited}"
            return Target(p, frozenset())
        if project.goals or project.annual_goal:
            said = f"根据{cited}要求"
            if project.annual_goal:
                project.annual_goal = f"{said}，{project.annual_goal}"
            else:
                project.goals = [f"{said}，{project.goals[0]}", *project.goals[1:]]
            return Target(p, frozenset())
    return None


ROUND7_CLASSES = (
    "goal_rate_unlike_indicator",
    "completion_figure_unlike_actual",
    "completion_rate_unlike_execution",
    "selfeval_cost_actual_above_spent",
    "deadline_after_period",
    "basis_cites_later_document",
)
