"""The mutations of the defect catalogue: each changes ONE indicator or project of a plan.

A mutation takes an imported plan (a copy it may change) and returns where it put the
defect — the project's number and the indicator rows it changed (empty for a defect of
the project) — or ``None`` when the document has no place the defect fits (no
满意度 indicator to strip the sign of, …). It picks the first fitting place in document
order, so a run is reproducible, and changes nothing else. A description (or basis)
written on one row of a template that has no such column is that row's defect only; the
review may then miss the column on the other rows, but only findings of the class's own
rules at the changed place count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jixiao.grammar import Direction, ValueKind, parse_value
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.model import DepartmentPlan, Indicator, Project
from jixiao.review.profile import level_key
from jixiao.review.scope import is_scoring_row


@dataclass(frozen=True)
class Target:
    """Where a mutation put its defect (1-based, as findings number them)."""

    project: int
    indicators: frozenset[int]


Mutation = Callable[[DepartmentPlan], Target | None]
MUTATIONS: dict[str, Mutation] = {}

_SIGN = re.compile(
    r"^\s*(≥|>=|≧|大于等于|不低于|不少于|≤|<=|≦|小于等于|不高于|不超过|>|<|＞|＜|=)\s*"
)
_RATE_NAME = re.compile(r"(完成率|合格率|达标率|覆盖率|到位率|验收率|执行率|及格率|通过率|知晓率)$")


def mutation(fn: Mutation) -> Mutation:
    MUTATIONS[fn.__name__] = fn
    return fn


def _rows(plan: DepartmentPlan) -> Iterator[tuple[int, int, Project, Indicator, IndicatorValue]]:
    """Goal indicators with a name and no masked value (“****000元”)."""
    for p, project in enumerate(plan.projects, start=1):
        for i, ind in enumerate(project.indicators, start=1):
            if not is_scoring_row(ind) and ind.level3.strip() and "*" not in ind.value:
                yield p, i, project, ind, parse_value(ind.value)


def _one(p: int, i: int) -> Target:
    return Target(p, frozenset({i}))


def _keys(ind: Indicator) -> tuple[str, str]:
    return level_key(ind.level1), level_key(ind.level2)


def _is_satisfaction(ind: Indicator) -> bool:
    return "满意" in ind.level3 or "满意" in ind.level2


def _is_cost(ind: Indicator) -> bool:
    l1, l2 = _keys(ind)
    return "成本" in l2 or l1 == "成本"


Fits = Callable[[Indicator, IndicatorValue], bool]
Change = Callable[[Indicator, IndicatorValue], None]


def _first(plan: DepartmentPlan, fits: Fits, change: Change) -> Target | None:
    """Change the first goal indicator that ``fits``; where, or None."""
    for p, i, _, ind, v in _rows(plan):
        if fits(ind, v):
            change(ind, v)
            return _one(p, i)
    return None


def _set(**fields: str) -> Change:
    def change(ind: Indicator, _v: IndicatorValue) -> None:
        for name, text in fields.items():
            setattr(ind, name, text)

    return change


def _count(v: IndicatorValue) -> bool:
    return v.unit_kind is not None and v.unit_kind.value == "count"


def _money(v: IndicatorValue) -> bool:
    return v.unit_kind is not None and v.unit_kind.value == "money"


def _unsigned(ind: Indicator) -> str:
    return _SIGN.sub("", ind.value)


def _number(value: IndicatorValue) -> str:
    return format(value.number.normalize(), "f") if value.number is not None else ""


@mutation
def satisfaction_without_sign(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: _is_satisfaction(ind) and v.unit == "%" and v.direction is Direction.GE,
        lambda ind, _v: setattr(ind, "value", _unsigned(ind)),
    )


@mutation
def satisfaction_at_100(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: _is_satisfaction(ind) and v.unit == "%" and (v.number or 100) < 100,
        _set(value="100%"),
    )


def _rising(ind: Indicator, v: IndicatorValue) -> bool:
    """A rate where more is better, with a “≥X%” target below 100%."""
    partial = v.unit == "%" and v.number is not None and v.number < 100
    return bool(_RATE_NAME.search(ind.level3.strip())) and partial


@mutation
def rate_as_upper_bound(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: _rising(ind, v) and v.direction is Direction.GE,
        lambda ind, v: setattr(ind, "value", f"≤{_number(v)}%"),
    )


def _money_cost(ind: Indicator, v: IndicatorValue) -> bool:
    return _is_cost(ind) and _money(v)


@mutation
def cost_without_sign(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: _money_cost(ind, v) and v.direction in (Direction.LE, Direction.LT),
        lambda ind, _v: setattr(ind, "value", _unsigned(ind)),
    )


@mutation
def cost_as_lower_bound(plan: DepartmentPlan) -> Target | None:
    return _first(plan, _money_cost, lambda ind, _v: setattr(ind, "value", "≥" + _unsigned(ind)))


@mutation
def money_without_unit(plan: DepartmentPlan) -> Target | None:
    def strip_unit(ind: Indicator, v: IndicatorValue) -> None:
        ind.value = (v.direction.value if v.direction is not None else "") + _number(v)

    return _first(
        plan,
        lambda ind, v: _money_cost(ind, v) and v.number is not None and "/" not in (v.unit or ""),
        strip_unit,
    )


_DEADLINE = re.compile(
    r"\d{4}年\d{1,2}月|\d{1,2}月(底|末)?(前|之前|以前)|年底前|年内|\d+个?(月|日|天)内"
)


@mutation
def deadline_as_percentage(plan: DepartmentPlan) -> Target | None:
    def move(ind: Indicator, _v: IndicatorValue) -> None:
        ind.description = f"{ind.level3.strip()}：{ind.value.strip()}"
        ind.value = "100%"

    return _first(
        plan,
        lambda ind, v: (
            _keys(ind)[1] == "时效" and v.unit != "%" and bool(_DEADLINE.search(ind.value))
        ),
        move,
    )


@mutation
def universal_words_partial(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: _rising(ind, v) and v.direction in (Direction.GE, None),
        lambda ind, _v: setattr(
            ind, "description", f"{ind.level3.strip()[:-1]}范围内的任务全部完成"
        ),
    )


def _counted(ind: Indicator, v: IndicatorValue) -> bool:
    """A 数量 indicator with one count (“≥50人”)."""
    return _keys(ind)[1] == "数量" and _count(v) and bool(v.number) and not v.is_range


@mutation
def description_number_mismatch(plan: DepartmentPlan) -> Target | None:
    def say_twice(ind: Indicator, v: IndicatorValue) -> None:
        other = (v.number or 0) * 2
        ind.description = f"全年达到{format(other.normalize(), 'f')}{v.unit}"

    return _first(plan, _counted, say_twice)


@mutation
def near_duplicate_across_level2(plan: DepartmentPlan) -> Target | None:
    return near_duplicate_with(plan, "情况")


def near_duplicate_with(plan: DepartmentPlan, filler: str) -> Target | None:
    """A later output indicator under another 二级 named like an earlier one + ``filler``."""
    for p, project in enumerate(plan.projects, start=1):
        rows = [(i, r) for i, r in enumerate(project.indicators, 1) if not is_scoring_row(r)]
        for i, first in rows:
            for j, second in rows:
                apart = _keys(second)[1] != _keys(first)[1]
                outputs = _keys(first)[0] == _keys(second)[0] == "产出"
                if j > i and apart and outputs and first.level3.strip():
                    second.level3 = first.level3.strip() + filler
                    return Target(p, frozenset({i, j}))
    return None


@mutation
def level3_repeats_level2(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, _v: bool(ind.level2.strip()) and ind.level3.strip() != ind.level2.strip(),
        lambda ind, _v: setattr(ind, "level3", ind.level2.strip()),
    )


@mutation
def empty_value(plan: DepartmentPlan) -> Target | None:
    return _first(plan, lambda _i, v: v.kind is ValueKind.QUANTITATIVE, _set(value=""))


@mutation
def vague_quantity(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: (
            _keys(ind)[1] == "数量" and v.kind is ValueKind.QUANTITATIVE and v.unit != "%"
        ),
        _set(value="按计划完成"),
    )


@mutation
def without_benefit_level(plan: DepartmentPlan) -> Target | None:
    for p, project in enumerate(plan.projects, start=1):
        kept = [r for r in project.indicators if _keys(r)[0] != "效益"]
        goals = [r for r in kept if not is_scoring_row(r)]
        # the table goes on after the 效益 rows (满意度): not a fragment cut before them
        ends_after = _keys(project.indicators[-1])[0] != "效益" if project.indicators else False
        if len(kept) < len(project.indicators) and goals and ends_after:
            project.indicators = kept
            return Target(p, frozenset())
    return None


@mutation
def basis_repeats_name(plan: DepartmentPlan) -> Target | None:
    rows = list(_rows(plan))
    with_basis = [r for r in rows if r[3].basis.strip()]
    for p, i, _, ind, _v in with_basis or rows:
        if ind.basis.strip() != ind.level3.strip():
            ind.basis = ind.level3.strip()
            return _one(p, i)
    return None


_TIME_UNITS = ("月", "个月", "天", "日", "年", "工作日", "小时")


@mutation
def time_limit_as_lower_bound(plan: DepartmentPlan) -> Target | None:
    limit = (Direction.LE, Direction.LT, None)
    return _first(
        plan,
        lambda ind, v: (
            _keys(ind)[1] == "时效"
            and v.unit in _TIME_UNITS
            and v.number is not None
            and v.direction in limit
        ),
        lambda ind, _v: setattr(ind, "value", "≥" + _unsigned(ind)),
    )


@mutation
def satisfaction_of_the_contractor(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, _v: _is_satisfaction(ind) and "承建" not in ind.level3,
        _set(level3="项目承建单位满意度"),
    )


_COUNT_NAME = re.compile("(人数|户数|次数|个数|数量)$")


@mutation
def count_as_percentage(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: (
            _keys(ind)[1] == "数量" and _count(v) and bool(_COUNT_NAME.search(ind.level3))
        ),
        _set(value="≥95%"),
    )


@mutation
def misspelt_rate(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, _v: ind.level3.strip().endswith("率"),
        lambda ind, _v: setattr(ind, "level3", ind.level3.strip()[:-1] + "律"),
    )


@mutation
def cost_above_budget(plan: DepartmentPlan) -> Target | None:
    for p, i, project, ind, v in _rows(plan):
        budget = project.budget_total
        if _money_cost(ind, v) and budget and v.unit == "万元" and "/" not in ind.value:
            ind.value = f"≤{format((budget * 3).normalize(), 'f')}万元"
            return _one(p, i)
    return None


@mutation
def satisfaction_under_quality(plan: DepartmentPlan) -> Target | None:
    def move(ind: Indicator, _v: IndicatorValue) -> None:
        ind.level1, ind.level2 = "产出指标", "质量指标"

    return _first(plan, lambda ind, _v: _is_satisfaction(ind) and _keys(ind)[0] == "满意度", move)


@mutation
def approximate_count(plan: DepartmentPlan) -> Target | None:
    return _first(plan, _counted, lambda ind, v: setattr(ind, "value", f"{_number(v)}{v.unit}左右"))


@mutation
def same_description_twice(plan: DepartmentPlan) -> Target | None:
    for p, project in enumerate(plan.projects, start=1):
        rows = [(i, r) for i, r in enumerate(project.indicators, 1) if not is_scoring_row(r)]
        described = [(i, r) for i, r in rows if len(r.description.strip()) >= 8]
        for i, first in described:
            for j, second in rows:
                if j != i and second.description.strip() != first.description.strip():
                    second.description = first.description
                    return Target(p, frozenset({i, j}))
    return None


# Held-out classes: written after the rules were generalised, measured without tuning them.


@mutation
def binary_quantity(plan: DepartmentPlan) -> Target | None:
    return _first(plan, _counted, _set(value="是"))


@mutation
def rate_above_hundred(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: _rising(ind, v) and v.direction is Direction.GE,
        _set(value="≥105%"),
    )


@mutation
def rate_at_least_hundred(plan: DepartmentPlan) -> Target | None:
    return _first(
        plan,
        lambda ind, v: _rising(ind, v) and v.direction in (Direction.GE, None),
        _set(value="≥100%"),
    )


@mutation
def cost_as_percentage(plan: DepartmentPlan) -> Target | None:
    return _first(plan, _money_cost, _set(value="≤100%"))


@mutation
def two_targets_in_one_value(plan: DepartmentPlan) -> Target | None:
    def add_second(ind: Indicator, v: IndicatorValue) -> None:
        ind.value = f"{ind.value.strip()}，其中重点{_number(v)}次"

    return _first(plan, _counted, add_second)


@mutation
def fund_rate_as_timeliness(plan: DepartmentPlan) -> Target | None:
    """The first 时效 indicator becomes the funds' arrival rate, a 资金管理 measure (R112)."""
    return _first(
        plan, lambda ind, v: _keys(ind)[1] == "时效", _set(level3="资金到位率", value="=100%")
    )
