"""Held-out defect classes, round 6: what a finance bureau's reviewer checks against the
official 绩效目标 审核 criteria (完整性, 相关性, 适当性, 可行性) and the 自评 scoring rules
that rounds 1–5 did not inject. Written and measured on main BEFORE any rule was changed
for them (the 首次 column of docs/rules/recall.md; the figures per class in
docs/rules/coverage.md 第19节).

Where each class comes from:

- ``deadline_before_year`` — a 时效 row whose deadline falls two years before the budget
  year (“2021年12月底前” in a 2023 table): 时效指标已过期、照搬往年 — domain.md §5 可行性
  (a target that cannot be met any more) and §3 (时效: by when); the twin of round 1's
  deadline_after_year;
- ``count_as_decimal`` — a count of indivisible things written with a fraction (“≥300.5人”,
  “≥12.5个”): 指标值不合理 — domain.md §5 “sanity of numbers”; such figures come from a
  division (per-village averages) copied into the target;
- ``rate_as_count_unit`` — a rate (合格率, 完成率) whose target is written in a count unit
  (“≥95项”): 指标值计量单位与指标名称不符 — domain.md §4 (direction, number and unit; a
  rate is a percentage), the mirror of count_as_percentage;
- ``satisfaction_level_dropped`` — a project whose 满意度指标 rows are all gone:
  满意度指标缺失 — domain.md §3 and §5 完整性 (every required first level present);
- ``level2_under_foreign_level1`` — a 数量/质量/时效 row filed under 效益指标 (its 二级
  kept): 指标层级错配 — domain.md §3 (each second level belongs to one first level);
- ``selfeval_weight_blank`` — a scored 自评 row whose 分值 is blank while its 得分 stays:
  评分依据不完整 — domain.md §7 (the grid: 分值, 得分);
- ``selfeval_cost_overrun_full_score`` — a 成本 ceiling exceeded by 30% in the 自评
  (actual above the “≤” target), scored in full, no 偏差原因: 成本超支却得满分 —
  domain.md §7 (“≤”: worse → falls towards 0);
- ``selfeval_half_met_scored_high`` — a row reaching half its target scored at 80% of its
  weight, with a reason: 得分与完成程度不符 — domain.md §7 (not met → weight × actual /
  target; 未达成 (below 60%) → 0–60% of the weight), the partial twin of round 3's
  selfeval_missed_full_score;
- ``days_beyond_year`` (injected into the self-evaluations) — a yearly count of days
  (免费开放天数 =300天) raised past the year (“=380天”): 指标值不可实现 — domain.md §5
  可行性; four rows of the corpus count days of the year (300–365天);
- ``selfeval_execution_unstated`` — a 自评表 whose 全年执行数 and 执行率 are blank while its
  预算执行率 keeps its score: 执行率得分依据不足 — domain.md §7 (执行率 = 全年执行数 /
  全年预算数; its score is rate × weight).

Checked and not injected: 中期/年度 columns and 资金支出计划 (no document of the corpus
states a 中期指标值 or a spending plan: only the Hebei seeds do, and the benchmark injects
into the corpus of other provinces); 部门整体 goals (no plan of the corpus reads
department goals); 执行数 above the budget (N209 has it).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator
from jixiao.review.rules.score_sums import stated_sums
from tests.review.defects.mutations import (
    _RATE_NAME,
    Target,
    _count,
    _first,
    _is_cost,
    _is_satisfaction,
    _keys,
    _money,
    _rows,
    mutation,
)
from tests.review.defects.opinions import _scored, _seeded, _time_row, missed_with_deviation

_PAST_DEADLINES = ("{y}年12月底前", "{y}年11月30日前", "{y}年10月底前完成", "{y}年12月31日前")
_INDIVISIBLE = (
    "人",
    "人次",
    "户",
    "个",
    "次",
    "场",
    "所",
    "家",
    "辆",
    "台",
    "件",
    "座",
    "名",
    "项",
)
_FRACTIONS = (".5", ".6", ".3", ".8")
_COUNT_UNITS = ("项", "个", "件", "次")
_REASONS = ("受疫情影响部分活动延期", "项目实施进度滞后", "资金到位较晚", "受天气影响工期顺延")


def _text(number: Decimal) -> str:
    return format(number.normalize(), "f")


@mutation
def deadline_before_year(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    past = _seeded(plan, _PAST_DEADLINES).format(y=plan.year - 2)
    return _first(plan, _time_row, lambda ind, _v: setattr(ind, "value", past))


@mutation
def count_as_decimal(plan: DepartmentPlan) -> Target | None:
    fraction = _seeded(plan, _FRACTIONS)

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        n = v.number
        if n is None or n < 2 or n != n.to_integral_value():
            return False
        return _count(v) and v.unit in _INDIVISIBLE and _text(n) in ind.value

    def split(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None
        number = _text(v.number)
        ind.value = ind.value.replace(number, number + fraction, 1)

    return _first(plan, fits, split)


@mutation
def rate_as_count_unit(plan: DepartmentPlan) -> Target | None:
    unit = _seeded(plan, _COUNT_UNITS)

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        rate = _RATE_NAME.search(ind.level3.strip()) is not None
        return rate and v.unit == "%" and 50 <= (v.number or 0) <= 100 and "%" in ind.value

    return _first(plan, fits, lambda ind, _v: setattr(ind, "value", ind.value.replace("%", unit)))


@mutation
def satisfaction_level_dropped(plan: DepartmentPlan) -> Target | None:
    for p, project in enumerate(plan.projects, start=1):
        satisfied = [r for r in project.indicators if _is_satisfaction(r)]
        rest = [r for r in project.indicators if not _is_satisfaction(r)]
        if satisfied and len(rest) >= 3:
            project.indicators = rest
            return Target(p, frozenset())
    return None


@mutation
def level2_under_foreign_level1(plan: DepartmentPlan) -> Target | None:
    def fits(ind: Indicator, _v: IndicatorValue) -> bool:
        level1, level2 = _keys(ind)
        return level1 == "产出" and level2 in ("数量", "质量", "时效")

    return _first(plan, fits, lambda ind, _v: setattr(ind, "level1", "效益指标"))


@mutation
def selfeval_weight_blank(plan: DepartmentPlan) -> Target | None:
    for p, i, project, ind, v in _rows(plan):
        if _scored(ind, v) and ind.score is not None and stated_sums(project).whole_table:
            ind.weight = None
            return Target(p, frozenset({i}))
    return None


@mutation
def selfeval_cost_overrun_full_score(plan: DepartmentPlan) -> Target | None:
    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        ceiling = v.direction in (Direction.LE, Direction.LT, None)
        return _scored(ind, v) and _is_cost(ind) and _money(v) and ceiling and (v.number or 0) > 0

    def overrun(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None
        ind.actual = f"{_text((v.number * Decimal('1.3')).quantize(Decimal('0.01')))}{v.unit or ''}"
        ind.score = ind.weight
        ind.deviation = ""

    return _first(plan, fits, overrun)


@mutation
def selfeval_half_met_scored_high(plan: DepartmentPlan) -> Target | None:
    target = missed_with_deviation(plan, _seeded(plan, _REASONS))
    if target is not None:
        project = plan.projects[target.project - 1]
        for i in target.indicators:
            row = project.indicators[i - 1]
            assert row.weight is not None
            row.score = (row.weight * Decimal("0.8")).quantize(Decimal("0.01"))
    return target


@mutation
def indicator_name_blank(plan: DepartmentPlan) -> Target | None:
    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        return v.number is not None and not _is_satisfaction(ind)

    return _first(plan, fits, lambda ind, _v: setattr(ind, "level3", ""))


@mutation
def conflicting_duplicate_row(plan: DepartmentPlan) -> Target | None:
    """A count row entered twice in its project: the row after it overwritten by a copy
    with a target a third lower (the rows keep their number, so findings keep their place)."""
    for p, i, project, ind, v in _rows(plan):
        n = v.number
        followed = i < len(project.indicators)
        if followed and _count(v) and n is not None and n >= 3 and _text(n) in ind.value:
            lower = _text((n * 2 / 3).quantize(Decimal("1")))
            copy = ind.model_copy(deep=True)
            copy.value = ind.value.replace(_text(n), lower, 1)
            project.indicators[i] = copy
            return Target(p, frozenset({i, i + 1}))
    return None


@mutation
def selfeval_score_as_deduction(plan: DepartmentPlan) -> Target | None:
    """The points taken off written in the 得分 column (“-2”) of a missed row."""
    target = missed_with_deviation(plan, _seeded(plan, _REASONS))
    if target is not None:
        project = plan.projects[target.project - 1]
        for i in target.indicators:
            row = project.indicators[i - 1]
            assert row.weight is not None and row.score is not None
            row.score = row.score - row.weight
    return target


_DAYS = ("天", "日")


@mutation
def days_beyond_year(plan: DepartmentPlan) -> Target | None:
    """A yearly count of days (开放天数 ≥300天) raised past the year's 365 days (measured on
    the self-evaluations: three of the four such rows of the corpus are theirs)."""

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        up = v.direction in (Direction.GE, Direction.GT, Direction.EQ, None)
        n = v.number
        return up and v.unit in _DAYS and n is not None and n >= 200 and _text(n) in ind.value

    def stretch(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None
        ind.value = ind.value.replace(_text(v.number), _text(v.number + 80), 1)

    return _first(plan, fits, stretch)


@mutation
def selfeval_execution_unstated(plan: DepartmentPlan) -> Target | None:
    """The 全年执行数 and 执行率 of a 自评表 blanked, its 执行率 score kept."""
    for p, project in enumerate(plan.projects, start=1):
        if project.execution_score is not None and project.execution_score > 0:
            project.spent = None
            project.execution_rate = None
            return Target(p, frozenset())
    return None


ROUND6_CLASSES = (
    "deadline_before_year",
    "count_as_decimal",
    "rate_as_count_unit",
    "satisfaction_level_dropped",
    "level2_under_foreign_level1",
    "selfeval_weight_blank",
    "selfeval_cost_overrun_full_score",
    "selfeval_half_met_scored_high",
    "indicator_name_blank",
    "conflicting_duplicate_row",
    "selfeval_score_as_deduction",
    "days_beyond_year",
    "selfeval_execution_unstated",
)
