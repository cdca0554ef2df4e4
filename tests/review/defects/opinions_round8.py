"""Held-out defect classes, round 8: what a finance bureau's reviewer finds in a 自评表's
偏差原因 and 实际完成值 columns, its 完成情况 against its money block, a 中期目标 against the
年度 indicators, and a 分值 given twice — which rounds 1–7 did not inject. Written and
measured on main BEFORE any rule was changed for them (the 首次 column of
docs/rules/recall.md; the figures per class in docs/rules/coverage.md 第21节).

Where each class comes from:

- ``selfeval_deviation_says_missed`` (self-evaluations) — a row whose 实际完成值 reaches
  its target and scores full, while its 偏差原因 says the target was not met (“受疫情影响，
  未完成年度目标”): 偏差原因与完成情况矛盾、自评不实 — domain.md §7 (missed targets need
  偏差原因; a met one has none to give) — the reverse of rounds 1, 2 and 5's blank or
  placeholder reasons on a missed row;
- ``selfeval_actual_in_words`` (self-evaluations) — a quantitative target (“≥95%”,
  “≥300人次”) whose 实际完成值 is a judgement (“良好”, “效果明显”) and still scores: 实际
  完成值未量化、无法计分 — domain.md §7 (a quantitative indicator is scored by actual ÷
  target); N208 knows only the stock “达成预期”;
- ``selfeval_completion_says_missed`` (self-evaluations) — the 年度目标实际完成情况 says the
  goal was not met (“未完成年度绩效目标”) while every row reached its target and none gives
  a 偏差原因: 自评结论与指标完成情况不符 — domain.md §7 — the reverse of round 5's
  selfeval_goal_claimed_met;
- ``completion_spending_unlike_spent`` (self-evaluations) — the 年度目标实际完成情况 states
  a sum spent (“全年实际支出资金130万元”) that is not the table's 全年执行数: 自评数据前后
  不一致 — domain.md §7 (the money block) — round 7's completion_rate_unlike_execution
  compared the rate, not the sum;
- ``selfeval_row_weighted_twice`` (self-evaluations) — the same indicator (name, target,
  actual, 分值, 得分) entered twice, so it is scored twice: 同一指标重复计分 — domain.md §7
  (a first level's weight is shared by its indicators); round 6's conflicting_duplicate_row
  was a plan's duplicate with two targets;
- ``midterm_figure_below_annual`` — the 中期目标 (several years) states a count for what
  an annual indicator measures that is below that indicator's one-year target (中期 “累计
  培训150人次”, 年度 “≥300人次”): 中期目标与年度指标不衔接 — domain.md §5 (相关性, the
  goals and indicators agree) and the 中期/年度 columns of other provinces' tables;
- ``midterm_period_before_year`` — the 中期目标 names a period that ended before the
  budget year (“中期目标（2019年—2021年）” in a 2023 table): 中期目标照搬往期、未更新 —
  domain.md §5 (完整性) and the rolling 中期 period of the tables (2024年—2026年).

Checked and not injected: 监控表 (执行进度 against 时间进度, 预计全年完成, 纠偏措施) and
事前评估 conclusions (the benchmark reviews plans and self-evaluations; the monitoring corpus
holds seven documents, none an indicator grid with 预计全年完成); 财政拨款＋其他资金 above a
自评's 全年预算数 (three self-evaluations of the corpus read a 财政拨款 above the 全年预算
already — 2020 against 20, 202.64 against 0 — which are misreadings of the import, so a rule
would speak on them); a 中期指标值 column (no corpus plan reads one).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.grammar import Direction, UnitKind, ValueKind
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator
from jixiao.review.rules.selfeval import attainment_of
from tests.review.defects.mutations import Target, _first, _rows, mutation
from tests.review.defects.opinions import _scored, _seeded
from tests.review.defects.opinions_round3 import _countable
from tests.review.defects.opinions_round6 import _text
from tests.review.defects.opinions_round7 import _then

_SHORTFALLS = (
    "受疫情影响，未完成年度目标",
    "资金到位较晚，该指标未达到预期",
    "未达到年度指标值，下一步将加强督促",
    "因工期延误未能按期完成",
)
_MISSED_CLAIMS = (
    "未完成年度绩效目标。",
    "受资金到位影响，年度目标未能全部完成。",
    "年度目标尚未完成。",
    "部分年度目标未达到预期。",
)
_JUDGEMENTS = ("良好", "较好", "效果明显", "显著提升")
_SPENDING = (
    "全年实际支出资金{n}万元",
    "共支出项目资金{n}万元",
    "累计拨付资金{n}万元",
    "实际使用资金{n}万元",
)
_MIDTERMS = (
    "到{end}年累计{name}{n}{unit}",
    "{name}累计达到{n}{unit}",
    "三年内{name}{n}{unit}",
    "中期{name}共{n}{unit}",
)
_PERIODS = ("中期目标（{a}年—{b}年）", "{a}-{b}年", "{a}年至{b}年", "中期滚动目标({a}年--{b}年)")
_STATED_PERIOD = re.compile(r"(?:19|20)[0-9]{2}\s*年?\s*[—\-－~～至到]+\s*(?:19|20)[0-9]{2}\s*年?")
_UP = (Direction.GE, Direction.GT, Direction.EQ, None)


def _quantified(ind: Indicator, v: IndicatorValue) -> bool:
    """A scored row whose target is a number to reach (“≥300人次”, “95%”), not a date."""
    if not _scored(ind, v) or v.direction not in _UP or v.kind is not ValueKind.QUANTITATIVE:
        return False
    return bool(v.unit) and v.unit_kind is not UnitKind.TIME and (v.number or 0) > 0


@mutation
def selfeval_deviation_says_missed(plan: DepartmentPlan) -> Target | None:
    reason = _seeded(plan, _SHORTFALLS)

    def contradict(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None
        ind.actual = f"{_text(v.number)}{v.unit or ''}"
        ind.score = ind.weight
        ind.deviation = reason

    return _first(plan, _quantified, contradict)


@mutation
def selfeval_actual_in_words(plan: DepartmentPlan) -> Target | None:
    judgement = _seeded(plan, _JUDGEMENTS)

    def in_words(ind: Indicator, _v: IndicatorValue) -> None:
        ind.actual = judgement
        ind.score = ind.weight

    return _first(plan, _quantified, in_words)


@mutation
def selfeval_completion_says_missed(plan: DepartmentPlan) -> Target | None:
    claim = _seeded(plan, _MISSED_CLAIMS)
    for p, project in enumerate(plan.projects, start=1):
        shares = [attainment_of(i) for i in project.indicators]
        met = [s for s in shares if s is not None]
        if not met or any(s < 1 for s in met):
            continue
        if any((i.deviation or "").strip() for i in project.indicators):
            continue
        project.annual_goal_actual = claim
        return Target(p, frozenset())
    return None


@mutation
def completion_spending_unlike_spent(plan: DepartmentPlan) -> Target | None:
    template = _seeded(plan, _SPENDING)
    for p, project in enumerate(plan.projects, start=1):
        spent = project.spent
        if not project.annual_goal_actual or spent is None or spent <= 0:
            continue
        said = template.format(n=_text((spent * Decimal("1.3")).quantize(Decimal("0.01"))))
        project.annual_goal_actual = _then(project.annual_goal_actual, said)
        return Target(p, frozenset())  # the statement changed; the rule points at the money
    return None


@mutation
def selfeval_row_weighted_twice(plan: DepartmentPlan) -> Target | None:
    for p, i, project, ind, v in _rows(plan):
        if _scored(ind, v) and (ind.score or 0) > 0:
            project.indicators.insert(i, ind.model_copy(deep=True))
            return Target(p, frozenset({i + 1}))  # the copy, right below the original
    return None


@mutation
def midterm_figure_below_annual(plan: DepartmentPlan) -> Target | None:
    template = _seeded(plan, _MIDTERMS)
    end = (plan.year or 2023) + 2
    for p, _i, project, ind, v in _rows(plan):
        if not _countable(ind, v) or v.is_range or (v.number or 0) < 4:
            continue
        assert v.number is not None
        half = (v.number / 2).quantize(Decimal("1"))
        said = template.format(end=end, name=ind.level3.strip(), n=_text(half), unit=v.unit)
        project.midterm_goal = _then(project.midterm_goal, said) if project.midterm_goal else said
        return Target(p, frozenset())  # the 中期目标 changed; the rule points at the row
    return None


@mutation
def midterm_period_before_year(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    a, b = plan.year - 4, plan.year - 2
    period = _seeded(plan, _PERIODS).format(a=a, b=b)
    for p, project in enumerate(plan.projects, start=1):
        stated = project.midterm_goal or ""
        if _STATED_PERIOD.search(stated):  # the table's own 中期 period, moved back
            project.midterm_goal = _STATED_PERIOD.sub(f"{a}年—{b}年", stated)
            return Target(p, frozenset())
        goal = stated or project.annual_goal or next(iter(project.goals), "")
        if goal.strip():
            project.midterm_goal = f"{period}：{goal}"
            return Target(p, frozenset())
    return None


ROUND8_CLASSES = (
    "selfeval_deviation_says_missed",
    "selfeval_actual_in_words",
    "selfeval_completion_says_missed",
    "completion_spending_unlike_spent",
    "selfeval_row_weighted_twice",
    "midterm_figure_below_annual",
    "midterm_period_before_year",
)
