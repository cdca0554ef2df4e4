"""Held-out defect classes, round 11: what a finance bureau's reviewer finds by reading a
监控表's columns against each other and against the target table, a self-evaluation's
score against its qualitative actual, and a plan's 中期目标 against its budget — which
rounds 1–10 did not inject.
Written and measured on cand BEFORE any rule was changed for them (the 首次 column of
docs/rules/recall.md; the figures per class in docs/rules/coverage.md 第24节).

Where each class comes from:

- ``monitor_forecast_below_spent`` (监控表) — the 全年预计执行数 is below the 1–6月执行数
  already paid: what the year will spend cannot be less than what is spent —
  domain.md §6 (预计全年执行); P103 reads a low forecast as a late project, not as a
  contradiction between two cells;
- ``monitor_expected_other_unit`` (监控表) — an indicator's 全年预计完成值 counts another thing
  than its 年度指标值 (目标 “≥300人”, 预计 “300户”): 预计完成值与目标口径不一致, the
  监控 row against the target table — domain.md §6 (预计完成值 against the target);
- ``monitor_certain_but_deviation_says_missed`` (监控表) — 完成目标可能性 “确定能” while the
  row's 偏差原因 says the target will not be met: 偏差原因与完成可能性相互矛盾 —
  domain.md §6 (完成可能性, 偏差原因与措施);
- ``monitor_expected_rate_over_hundred`` (监控表) — a satisfaction or pass rate's 全年预计
  完成值 above 100%: a share cannot exceed the whole — domain.md §5 (比率不超过100%);
- ``selfeval_partial_actual_full_score`` (self-evaluations) — the 实际完成值 says
  “部分达成”/“基本完成” and the row is given its full 分值: domain.md §7 (定性计分：部分
  达成 60–80%);
- ``selfeval_missed_words_scored_high`` (self-evaluations) — the 实际完成值 says “未完成”
  and the row keeps nine tenths of its 分值: domain.md §7 (未达成 0–60%);
- ``midterm_goal_funds_below_budget`` (plans) — the 中期目标 states the funds of the whole
  实施期 and they are less than this one year's 预算数: 中期目标与年度预算不衔接 —
  domain.md §5 (相关性, the budget against its goal).

Checked and not injected: 事前评估 classes (src/jixiao/exante scores a proposal form; the
benchmark has no 事前评估 document to inject into); 纠偏措施 against 偏差原因 (the model
keeps one 偏差原因 column); 财政资金 above the 预算数 (F102 already); a 决算/公开 total
against its rows (D107 already); the same indicator scored twice (W103, round 8).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction, UnitKind, ValueKind
from jixiao.model import DepartmentPlan
from tests.review.defects.monitoring_kind import MONITORING
from tests.review.defects.mutations import Target, _rows, mutation
from tests.review.defects.opinions import _seeded
from tests.review.defects.opinions_round6 import _text
from tests.review.defects.opinions_round10 import _other_count

_UP = (Direction.GE, Direction.GT, Direction.EQ, None)
_CANNOT = (
    "受资金拨付滞后影响，预计无法完成年度目标",
    "项目推进缓慢，年底前难以完成",
    "因工程延期，全年不能完成该项指标",
)
_OVER = ("102%", "105%", "110%", "120%")
_SHARES = ("满意", "合格率", "覆盖率", "知晓率", "达标率", "及格率", "到位率")
_PARTIAL = ("部分达成", "基本完成", "部分完成", "基本达到")
_MISSED = ("未完成", "未达成", "未达到目标")
_FUNDS = (
    "，实施期内计划投入资金{n}万元。",
    "，项目总投资{n}万元。",
    "，三年共安排资金{n}万元。",
)


def _monitoring(plan: DepartmentPlan) -> bool:
    return plan.kind == MONITORING


@mutation
def monitor_forecast_below_spent(plan: DepartmentPlan) -> Target | None:
    """全年预计执行数 four fifths of the 1–6月执行数 (itself at least half the budget)."""
    if not _monitoring(plan):
        return None
    project = plan.projects[0]
    assert project.spent is not None
    project.spend_forecast = (project.spent * Decimal("0.8")).quantize(Decimal("0.01"))
    return Target(1, frozenset())


@mutation
def monitor_expected_other_unit(plan: DepartmentPlan) -> Target | None:
    if not _monitoring(plan):
        return None
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is not ValueKind.QUANTITATIVE or v.direction not in _UP or v.is_range:
            continue
        if v.unit_kind is not UnitKind.COUNT or not v.unit or not v.number:
            continue
        ind.expected = f"{_text(v.number)}{_other_count(plan, v.unit)}"
        return Target(p, frozenset({i}))
    return None


@mutation
def monitor_certain_but_deviation_says_missed(plan: DepartmentPlan) -> Target | None:
    if not _monitoring(plan):
        return None
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is ValueKind.QUANTITATIVE:
            ind.deviation = _seeded(plan, _CANNOT)
            return Target(p, frozenset({i}))
    return None


@mutation
def monitor_expected_rate_over_hundred(plan: DepartmentPlan) -> Target | None:
    if not _monitoring(plan):
        return None
    for p, i, _project, ind, v in _rows(plan):
        if v.unit_kind is not UnitKind.PERCENT or v.direction not in _UP or v.is_range:
            continue
        if not any(word in ind.level3 for word in _SHARES):
            continue
        ind.expected = _seeded(plan, _OVER)
        return Target(p, frozenset({i}))
    return None


def _scored_row(plan: DepartmentPlan, actual: str, share: Decimal) -> Target | None:
    """The first scored row (分值 above 0, 得分 given), its actual ``actual`` and its score
    ``share`` of the 分值."""
    for p, i, _project, ind, _v in _rows(plan):
        if ind.weight is None or ind.weight <= 0 or ind.score is None:
            continue
        ind.actual = actual
        ind.score = (ind.weight * share).quantize(Decimal("0.1")).normalize()
        return Target(p, frozenset({i}))
    return None


@mutation
def selfeval_partial_actual_full_score(plan: DepartmentPlan) -> Target | None:
    return _scored_row(plan, _seeded(plan, _PARTIAL), Decimal(1))


@mutation
def selfeval_missed_words_scored_high(plan: DepartmentPlan) -> Target | None:
    return _scored_row(plan, _seeded(plan, _MISSED), Decimal("0.9"))


@mutation
def midterm_goal_funds_below_budget(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _FUNDS)
    for p, project in enumerate(plan.projects, start=1):
        goal, budget = (project.midterm_goal or "").strip(), project.budget_total
        if not goal or budget is None or budget <= 0:
            continue
        half = (budget / 2).quantize(Decimal("0.01"))
        project.midterm_goal = goal.rstrip("。；;，, ") + form.format(n=_text(half))
        return Target(p, frozenset())
    return None


ROUND11_CLASSES = (
    "monitor_forecast_below_spent",
    "monitor_expected_other_unit",
    "monitor_certain_but_deviation_says_missed",
    "monitor_expected_rate_over_hundred",
    "selfeval_partial_actual_full_score",
    "selfeval_missed_words_scored_high",
    "midterm_goal_funds_below_budget",
)
