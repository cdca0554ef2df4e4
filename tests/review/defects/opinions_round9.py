"""Held-out defect classes, round 9: what a finance bureau's reviewer finds by reading a
自评表's 年度目标实际完成情况 against its other columns, a 中期指标值 against the 年度 one, and a
项目期限 against itself — which rounds 1–8 did not inject. Written and measured on main
BEFORE any rule was changed for them (the 首次 column of docs/rules/recall.md; the figures
per class in docs/rules/coverage.md 第22节).

Where each class comes from:

- ``midterm_value_below_annual`` (plans) — a row's 中期指标值 column states a count below
  the same row's 年度指标值 (中期 “≥150人次”, 年度 “≥300人次”): 中期与年度指标不衔接 —
  domain.md §5 (相关性) and the 中期/年度 columns of other provinces' single-project
  tables; round 8's midterm_figure_below_annual compared the 中期目标 sentence, not the
  column;
- ``period_reversed`` (plans) — the 项目期限 ends before it begins (“2023年12月至2023年1月”,
  the two dates swapped): 项目期限填写错误 — domain.md §5 (完整性) — rounds 5 and 6
  compared the term with the budget year only;
- ``completion_left_blank`` (self-evaluations) — the 年度目标实际完成情况 is a placeholder
  (“无”, “/”, “—”) while the table is scored: 自评未说明目标完成情况 — domain.md §7 (the
  self-evaluation reports what was achieved against each goal);
- ``completion_copies_goal`` (self-evaluations) — the 实际完成情况 repeats the 预期目标
  word for word: 完成情况照抄年度目标、未说明实际完成 — domain.md §7 — the sentence-level twin
  of round 1's stock “达成预期” actual;
- ``completion_names_past_year`` (self-evaluations) — the 实际完成情况 reports on a year
  before the one evaluated (“2020年度，…” in a 2023 自评): 照搬往年自评 — domain.md §7 —
  round 4's goal_names_past_year looked at the 绩效目标 of plans;
- ``completion_claims_all_spent`` (self-evaluations) — the 实际完成情况 says the money was
  spent in full (“项目资金已全部支付”) while 全年执行数 is well below 全年预算数: 自评结论与
  资金执行不符 — domain.md §7 (the money block) — round 8's completion_spending_unlike_spent
  compared a stated sum, not a claim of full spending. Only eight self-evaluations of the
  corpus spent less than 93% of their budget, six of them with no 完成情况 read: there the
  claim is the statement.

Checked and not injected: 监控表 classes (预计全年完成值 below the target with 完成可能性
“确定能”; 全年预计执行数 above the budget; 执行进度 far behind with no 纠偏措施) — the
monitoring corpus holds three documents and the benchmark has no monitoring kind yet; the
engine's P103–P110 warnings cover the spending ones already (see coverage.md 第22节).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.grammar import Direction, UnitKind, ValueKind
from jixiao.model import DepartmentPlan
from jixiao.review.context import squeeze
from tests.review.defects.mutations import Target, _rows, mutation
from tests.review.defects.opinions import _seeded
from tests.review.defects.opinions_round6 import _text
from tests.review.defects.opinions_round7 import _then

_MIDTERM_FORMS = ("≥{n}{unit}", "{n}{unit}", "不少于{n}{unit}", "累计{n}{unit}")
_PLACEHOLDERS = ("无", "/", "—", "无。")
_PAST_YEAR = ("{y}年度，", "{y}年，", "截至{y}年底，", "{y}年全年")
_ALL_SPENT = (
    "项目资金已全部支付完毕",
    "资金已全额拨付使用",
    "项目资金全部支出",
    "预算资金已全部使用完毕",
)
_UP = (Direction.GE, Direction.GT, Direction.EQ, None)
# the years of a term in order of writing: “2023年1月1日至2023年12月31日”, “2023.01-2023.12”
_DATE = re.compile(r"((?:19|20)[0-9]{2})(?:\s*[年.\-/]\s*([0-9]{1,2})(?![0-9]))?")


@mutation
def midterm_value_below_annual(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _MIDTERM_FORMS)
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is not ValueKind.QUANTITATIVE or v.direction not in _UP or v.is_range:
            continue
        if v.unit_kind is not UnitKind.COUNT or not v.unit or (v.number or 0) < 4:
            continue
        assert v.number is not None
        half = (v.number / 2).quantize(Decimal("1"))
        ind.midterm_value = form.format(n=_text(half), unit=v.unit)
        return Target(p, frozenset({i}))
    return None


@mutation
def period_reversed(plan: DepartmentPlan) -> Target | None:
    for p, project in enumerate(plan.projects, start=1):
        period = project.period or ""
        dates = list(_DATE.finditer(period))
        if len(dates) != 2:
            continue
        start, end = dates
        if (int(start[1]), int(start[2] or 0)) >= (int(end[1]), int(end[2] or 0)):
            continue  # already one day, or unreadable
        a, b = start.span(), end.span()
        project.period = (
            period[: a[0]] + end.group(0) + period[a[1] : b[0]] + start.group(0) + period[b[1] :]
        )
        return Target(p, frozenset())
    return None


@mutation
def completion_left_blank(plan: DepartmentPlan) -> Target | None:
    placeholder = _seeded(plan, _PLACEHOLDERS)
    for p, project in enumerate(plan.projects, start=1):
        scored = project.total_score or any(i.score for i in project.indicators)
        if (project.annual_goal_actual or "").strip() and scored:
            project.annual_goal_actual = placeholder
            return Target(p, frozenset())
    return None


@mutation
def completion_copies_goal(plan: DepartmentPlan) -> Target | None:
    for p, project in enumerate(plan.projects, start=1):
        goal = (project.annual_goal or "").strip()
        said = (project.annual_goal_actual or "").strip()
        if len(goal) >= 8 and said and squeeze(said) != squeeze(goal):  # not copied already
            project.annual_goal_actual = goal
            return Target(p, frozenset())
    return None


@mutation
def completion_names_past_year(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    opening = _seeded(plan, _PAST_YEAR).format(y=plan.year - 3)
    for p, project in enumerate(plan.projects, start=1):
        said = (project.annual_goal_actual or "").strip()
        if len(said) >= 8:
            project.annual_goal_actual = opening + said
            return Target(p, frozenset())
    return None


@mutation
def completion_claims_all_spent(plan: DepartmentPlan) -> Target | None:
    claim = _seeded(plan, _ALL_SPENT)
    for p, project in enumerate(plan.projects, start=1):
        budget, spent = project.budget_adjusted or project.budget_total, project.spent
        if not budget or spent is None or spent >= budget * Decimal("0.93"):
            continue  # the claim would be near enough the truth
        said = project.annual_goal_actual  # a table without the column states the claim alone
        project.annual_goal_actual = _then(said, claim) if said else f"{claim}。"
        return Target(p, frozenset())
    return None


ROUND9_CLASSES = (
    "midterm_value_below_annual",
    "period_reversed",
    "completion_left_blank",
    "completion_copies_goal",
    "completion_names_past_year",
    "completion_claims_all_spent",
)
