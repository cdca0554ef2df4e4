"""Held-out defect classes, round 12: what a finance bureau's reviewer finds by reading a
监控表's forecast against its target and its 偏差原因, a 自评表's money against its rows, and
a 年度目标's deadline against the budget year — which rounds 1–11 did not inject.
Written and measured on cand BEFORE any rule was changed for them (the 首次 column of
docs/rules/recall.md; the figures per class in docs/rules/coverage.md 第25节).

Where each class comes from:

- ``monitor_expected_far_above_target`` (监控表) — a count's 全年预计完成值 twice its 年度
  指标值, no word on why: 目标设置偏低 or a forecast not worked out — domain.md §6 (预计完成值
  against the target) and §7 (大幅超额须说明原因); P104 only looks at forecasts below target;
- ``monitor_expected_in_words`` (监控表) — a quantity's 全年预计完成值 written as a promise
  (“能够完成”, “按计划完成”) with no figure: nothing to set against the target, and P104
  cannot judge the row — domain.md §6 (预计完成值 against the target), as M120 for a
  自评's 实际完成值;
- ``selfeval_nothing_spent_targets_met`` (self-evaluations) — 全年执行数 0 (执行率 0%) while
  the rows report their targets met: 资金未支出而产出全部完成, 自评结果不实 — domain.md §7
  (预算执行率 against the 产出 and 效益 actuals);
- ``selfeval_deviation_blames_funds_fully_spent`` (self-evaluations) — a missed row's 偏差
  原因 blames money not arriving (“资金未及时到位”) while the table spent its whole budget:
  the reason contradicts the 全年执行数 — domain.md §7 (偏差原因分析);
- ``goal_deadline_before_budget_year`` (plans) — the 年度绩效目标 sets a deadline in the year
  before the budget year (“2023年12月底前全部完成” in a 2024 table): the year's goal is done
  before its money exists — domain.md §3 (年度指标值) and §5 (可行性); R124 takes only years
  two or more before;
- ``goal_deadline_two_years_after`` (plans) — the 年度绩效目标 sets a deadline two years after
  the budget year (“2026年底前完成”): not a goal of the year, and nothing the year can be
  measured by — domain.md §3, §5 (相关性), as N228 for a 时效 value.

- ``monitor_expected_below_done`` (监控表) — a count four fifths done by June (1–6月完成值)
  and forecast at half its target: the year cannot finish with less than is done — the
  indicator counterpart of F116 (P104 reads only the forecast against the target);
- ``basis_cites_later_year`` (plans) — the 指标值确定依据 cites the plan or budget of the year
  after the budget year (“根据《2025年度工作计划》测算” in a 2024 table): a document that
  cannot exist when the table is drawn up — domain.md §4 (指标值确定依据); B104 takes only
  years before the budget year, R131 (round 7) a 文号 of a later year in the 立项依据 or goal.

Checked and not injected: 事前评估 classes (src/jixiao/exante: the benchmark has no 事前评估
document to inject into, and building that third kind was more than one round allows); a
部门整体 table's sub-goals and a 决算/公开 table (no document of the benchmark's corpus has
them: 0 of 73 plans); 资金来源 parts against the 预算数 (F102, on plans and 自评表 alike);
a 监控 forecast half the target with a 偏差原因 saying “按计划推进，无偏差” (P106 already
reads such a claim as no reason: 13/13 before any change, so not kept); a 监控 cost
forecast above its cap, a 监控 deadline forecast later than the target (P104
compares every direction); 实际值 empty and scored (N229); the same row weighted twice (W103).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction, UnitKind, ValueKind
from jixiao.model import DepartmentPlan, Project
from tests.review.defects.monitoring_kind import MONITORING
from tests.review.defects.mutations import Target, _rows, mutation
from tests.review.defects.opinions import _seeded
from tests.review.defects.opinions_round6 import _text

_UP = (Direction.GE, Direction.GT)
_PROMISES = ("能够完成", "按计划完成", "预计可以完成")
_FUNDS_LATE = (
    "因资金未及时到位，项目进度滞后",
    "资金拨付不到位，影响项目实施",
    "受上级资金下达较晚影响，未能全部完成",
)
_FULL = Decimal("0.99")
_LATER_BASIS = (
    "根据《{y}年度工作计划》测算",
    "依据{y}年部门预算安排",
    "参照{y}年工作方案确定",
)
_EARLY = (
    "，{y}年12月底前全部完成。",
    "，确保{y}年底前完成。",
    "，于{y}年11月30日前完成各项任务。",
)
_LATE = (
    "，{y}年底前全部完成。",
    "，力争{y}年12月底前完成建设任务。",
    "，于{y}年6月30日前完成。",
)


def _monitoring(plan: DepartmentPlan) -> bool:
    return plan.kind == MONITORING


def _count_row(plan: DepartmentPlan) -> tuple[int, int, Decimal, str] | None:
    """The first “≥” count (at least 4 of something) of a 监控表: project, row, number, unit."""
    for p, i, _project, _ind, v in _rows(plan):
        if v.kind is not ValueKind.QUANTITATIVE or v.direction not in _UP or v.is_range:
            continue
        if v.unit_kind is not UnitKind.COUNT or not v.unit or (v.number or 0) < 4:
            continue
        assert v.number is not None
        return p, i, v.number, v.unit
    return None


@mutation
def monitor_expected_far_above_target(plan: DepartmentPlan) -> Target | None:
    found = _count_row(plan) if _monitoring(plan) else None
    if found is None:
        return None
    p, i, number, unit = found
    plan.projects[p - 1].indicators[i - 1].expected = f"{_text(number * 2)}{unit}"
    return Target(p, frozenset({i}))


@mutation
def monitor_expected_in_words(plan: DepartmentPlan) -> Target | None:
    """A quantity's 全年预计完成值 written as a promise, with no figure."""
    if not _monitoring(plan):
        return None
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is not ValueKind.QUANTITATIVE or v.number is None or not v.unit:
            continue
        if v.unit_kind in (UnitKind.TIME, UnitKind.RATE) or v.direction not in (*_UP, None):
            continue
        ind.expected = _seeded(plan, _PROMISES)
        return Target(p, frozenset({i}))
    return None


@mutation
def monitor_expected_below_done(plan: DepartmentPlan) -> Target | None:
    """A count four fifths done by June (1–6月完成值) and forecast at half its target."""
    found = _count_row(plan) if _monitoring(plan) else None
    if found is None:
        return None
    p, i, number, unit = found
    ind = plan.projects[p - 1].indicators[i - 1]
    ind.actual = f"{_text((number * Decimal('0.8')).quantize(Decimal('1')))}{unit}"
    ind.expected = f"{_text((number / 2).quantize(Decimal('1')))}{unit}"
    return Target(p, frozenset({i}))


@mutation
def basis_cites_later_year(plan: DepartmentPlan) -> Target | None:
    """The first quantity's 指标值确定依据 cites the plan of the year after the budget year."""
    if plan.year is None:
        return None
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is ValueKind.QUANTITATIVE:
            ind.basis = _seeded(plan, _LATER_BASIS).format(y=plan.year + 1)
            return Target(p, frozenset({i}))
    return None


def _budget(project: Project) -> Decimal | None:
    return project.budget_adjusted or project.budget_total


def _actuals(project: Project) -> int:
    return sum(1 for ind in project.indicators if (ind.actual or "").strip())


@mutation
def selfeval_nothing_spent_targets_met(plan: DepartmentPlan) -> Target | None:
    """A project that spent and reports at least two actuals: 全年执行数 set to 0."""
    for p, project in enumerate(plan.projects, start=1):
        budget = _budget(project)
        if not budget or budget <= 0 or not project.spent or _actuals(project) < 2:
            continue
        project.spent = Decimal(0)
        if project.execution_rate is not None:
            project.execution_rate = Decimal(0)
        if project.execution_score is not None:
            project.execution_score = Decimal(0)
        return Target(p, frozenset())
    return None


@mutation
def selfeval_deviation_blames_funds_fully_spent(plan: DepartmentPlan) -> Target | None:
    """In a project that spent its whole budget, a “≥” count left at half its target with a
    偏差原因 blaming the money."""
    for p, i, project, ind, v in _rows(plan):
        budget = _budget(project)
        if not budget or budget <= 0 or (project.spent or 0) < budget * _FULL:
            continue
        if v.kind is not ValueKind.QUANTITATIVE or v.direction not in _UP or v.is_range:
            continue
        if v.unit_kind is not UnitKind.COUNT or not v.unit or (v.number or 0) < 2:
            continue
        assert v.number is not None
        ind.actual = f"{_text((v.number / 2).quantize(Decimal('1')))}{v.unit}"
        ind.deviation = _seeded(plan, _FUNDS_LATE)
        if ind.weight is not None and ind.score is not None:
            ind.score = (ind.weight / 2).quantize(Decimal("0.1")).normalize()
        return Target(p, frozenset({i}))
    return None


def _dated_goal(plan: DepartmentPlan, forms: tuple[str, ...], shift: int) -> Target | None:
    """The first project with a 年度目标 gets a deadline ``shift`` years from the budget year."""
    if plan.year is None:
        return None
    form = _seeded(plan, forms).format(y=plan.year + shift)
    for p, project in enumerate(plan.projects, start=1):
        if project.annual_goal and project.annual_goal.strip():
            project.annual_goal = project.annual_goal.strip().rstrip("。；;，, ") + form
            return Target(p, frozenset())
        if project.goals:
            project.goals[-1] = project.goals[-1].strip().rstrip("。；;，, ") + form
            return Target(p, frozenset())
    return None


@mutation
def goal_deadline_before_budget_year(plan: DepartmentPlan) -> Target | None:
    return _dated_goal(plan, _EARLY, -1)


@mutation
def goal_deadline_two_years_after(plan: DepartmentPlan) -> Target | None:
    return _dated_goal(plan, _LATE, 2)


ROUND12_CLASSES = (
    "monitor_expected_far_above_target",
    "monitor_expected_in_words",
    "selfeval_nothing_spent_targets_met",
    "selfeval_deviation_blames_funds_fully_spent",
    "goal_deadline_before_budget_year",
    "goal_deadline_two_years_after",
    "monitor_expected_below_done",
    "basis_cites_later_year",
)
