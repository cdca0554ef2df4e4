"""Defect classes taken from what real reviewers write back (审核意见, 评审意见, 第三方复核),
which the first catalogues did not inject: a held-out set, written and measured on main
BEFORE any rule was changed for it: main found 0 of the 171 injections (docs/rules/recall.md
首次); the rules N225–N229, R117, W116 and N206's placeholder words followed.

Where each class comes from:

- ``satisfaction_set_low`` — 满意度指标值设置偏低 (a ≥60% satisfaction target): the 101号
  指引 (财预〔2021〕101号, lsrwf.cn copy) asks targets to be set from history and plans,
  reviewers send back satisfaction targets below the usual 80–95%;
- ``completion_rate_set_low`` — 完成率 targets without ambition (≥50%): 指标值设置偏低、
  缺乏挑战性, the commonest 适当性 opinion;
- ``count_target_zero`` — a count target of ≥0: 指标值无约束力, any result meets it;
- ``input_as_output`` — the money put in (投入资金 ≥ the budget) as a 数量指标: “财力、人力和
  物力等投入数量不能作为绩效目标” (a county 绩效目标申报 guide, dybbs8.com copy);
- ``deadline_after_year`` — a 时效 deadline two years after the budget year: an annual
  target (年度指标值) must be reached within the year (domain.md §3, 101号 年度目标);
- ``stale_year_in_name`` — an indicator name that still carries a year three years back
  (“2020年培训人数” in a 2023 plan): 照搬往年指标, not updated;
- ``selfeval_unmeasured_full_score`` — a self-evaluation row with no 实际完成值 that still
  takes its full 分值: 自评打分依据不充分 (第三方复核's first remark);
- ``selfeval_missed_with_placeholder`` — a missed target (actual halved) whose 偏差原因
  is only “无”: 偏差原因分析不到位.

Each mutation picks its place as mutations.py does (the first fitting row in document
order) and, where it needs a word or number, takes it from a crc32 of the first project's
name, so a run is reproducible.
"""

from __future__ import annotations

import re
import zlib
from decimal import Decimal

from jixiao.grammar import Direction, UnitKind, ValueKind
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator
from tests.review.defects.mutations import (
    Target,
    _count,
    _first,
    _is_satisfaction,
    _keys,
    mutation,
)

_COMPLETION_NAME = re.compile(r"(完成率|覆盖率|到位率|发放率|验收率|执行率|达标率)$")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_PLACEHOLDERS = ("无", "/", "—", "不适用")
_LOW_SATISFACTION = ("60", "50", "65", "55")
_LOW_COMPLETION = ("50", "40", "60", "30")


def _seeded(plan: DepartmentPlan, options: tuple[str, ...]) -> str:
    seed = plan.projects[0].name if plan.projects else ""
    return options[zlib.crc32(seed.encode("utf-8")) % len(options)]


@mutation
def satisfaction_set_low(plan: DepartmentPlan) -> Target | None:
    low = _seeded(plan, _LOW_SATISFACTION)
    return _first(
        plan,
        lambda ind, v: _is_satisfaction(ind) and v.unit == "%" and (v.number or 0) >= 80,
        lambda ind, _v: setattr(ind, "value", f"≥{low}%"),
    )


@mutation
def completion_rate_set_low(plan: DepartmentPlan) -> Target | None:
    low = _seeded(plan, _LOW_COMPLETION)

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        named = _COMPLETION_NAME.search(ind.level3.strip().rstrip("%％)） ")) is not None
        return named and v.unit == "%" and (v.number or 0) >= 90 and not _is_satisfaction(ind)

    return _first(plan, fits, lambda ind, _v: setattr(ind, "value", f"≥{low}%"))


@mutation
def count_target_zero(plan: DepartmentPlan) -> Target | None:
    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        up = v.direction in (Direction.GE, Direction.GT, Direction.EQ, None)
        return _count(v) and up and (v.number or 0) > 0 and _keys(ind)[1] == "数量"

    return _first(plan, fits, lambda ind, v: setattr(ind, "value", f"≥0{v.unit}"))


@mutation
def input_as_output(plan: DepartmentPlan) -> Target | None:
    """A 数量指标 row rewritten as the money put in: 投入资金 ≥ the project's budget."""
    for p, project in enumerate(plan.projects, start=1):
        budget = project.budget_total or project.budget_adjusted or project.budget_initial
        if not budget:
            continue
        for i, ind in enumerate(project.indicators, start=1):
            if _keys(ind)[1] == "数量" and ind.level3.strip() and "*" not in ind.value:
                amount = format(Decimal(budget).normalize(), "f")
                ind.level3 = _seeded(plan, ("投入资金", "资金投入", "项目投入资金", "投入经费"))
                ind.value = f"≥{amount}万元"
                return Target(p, frozenset({i}))
    return None


def _time_row(ind: Indicator, v: IndicatorValue) -> bool:
    timed = v.unit_kind is UnitKind.TIME or _YEAR.search(ind.value) is not None
    return _keys(ind)[1] == "时效" and timed and v.kind is ValueKind.QUANTITATIVE


@mutation
def deadline_after_year(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    late = plan.year + 2
    return _first(plan, _time_row, lambda ind, _v: setattr(ind, "value", f"{late}年12月31日前"))


@mutation
def stale_year_in_name(plan: DepartmentPlan) -> Target | None:
    if plan.year is None:
        return None
    old = plan.year - 3

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        name = ind.level3.strip()
        return v.kind is ValueKind.QUANTITATIVE and not _YEAR.search(name) and len(name) >= 3

    return _first(
        plan, fits, lambda ind, _v: setattr(ind, "level3", f"{old}年{ind.level3.strip()}")
    )


def _scored(ind: Indicator, v: IndicatorValue) -> bool:
    return bool(ind.actual) and ind.weight is not None and ind.weight > 0 and v.number is not None


@mutation
def selfeval_unmeasured_full_score(plan: DepartmentPlan) -> Target | None:
    def blank(ind: Indicator, _v: IndicatorValue) -> None:
        ind.actual = ""
        ind.score = ind.weight

    return _first(plan, _scored, blank)


def missed_with_deviation(plan: DepartmentPlan, deviation: str) -> Target | None:
    """The first scored “≥” count row missed (its actual halved, its score cut to match),
    with ``deviation`` as its 偏差原因."""

    def fits(ind: Indicator, v: IndicatorValue) -> bool:
        up = v.direction in (Direction.GE, Direction.GT)
        return _scored(ind, v) and up and (v.number or 0) > 1 and v.unit != "%"

    def miss(ind: Indicator, v: IndicatorValue) -> None:
        assert v.number is not None
        half = (v.number / 2).quantize(Decimal("1")) if v.number >= 4 else Decimal("1")
        ind.actual = f"{format(half.normalize(), 'f')}{v.unit or ''}"
        assert ind.weight is not None
        ind.score = (ind.weight * half / v.number).quantize(Decimal("0.01"))
        ind.deviation = deviation

    return _first(plan, fits, miss)


@mutation
def selfeval_missed_with_placeholder(plan: DepartmentPlan) -> Target | None:
    return missed_with_deviation(plan, _seeded(plan, _PLACEHOLDERS))


OPINION_CLASSES = (
    "satisfaction_set_low",
    "completion_rate_set_low",
    "count_target_zero",
    "input_as_output",
    "deadline_after_year",
    "stale_year_in_name",
    "selfeval_unmeasured_full_score",
    "selfeval_missed_with_placeholder",
)
