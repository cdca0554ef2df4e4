"""Held-out defect classes, round 10: what a finance bureau's reviewer finds by reading one
row's two columns (中期 against 年度, 实际完成值 against 指标值), and a value left as
the template wrote it — which rounds 1–9 did not inject.
Written and measured on cand BEFORE any rule was changed for them (the 首次 column of
docs/rules/recall.md; the figures per class in docs/rules/coverage.md 第23节).

Where each class comes from:

- ``midterm_value_opposite_direction`` (plans) — a row's 中期指标值 is a ceiling (“≤95%”,
  “不超过300人”) while its 年度指标值 is a floor (“≥95%”): 中期与年度指标方向相反、不衔接 —
  domain.md §4 (方向) and §5 (相关性); round 9's R136 compared two floors only;
- ``midterm_value_other_unit`` (plans) — the 中期指标值 counts another thing than the 年度
  one (年度 “≥300人”, 中期 “≥600户”): 中期与年度指标口径不一致 — domain.md §5 (相关性);
- ``actual_unit_differs`` (self-evaluations) — the 实际完成值 is a count of another unit
  than the 指标值 (目标 “≥300人”, 实际 “300户”): 实际完成值与指标值口径不一致 — domain.md §7
  (the actual is scored against the target; round 2's N217 only compared a percentage with
  a unit);
- ``actual_written_as_range`` (self-evaluations) — the 实际完成值 is a span (“280-300人”):
  实际完成值应填确数 — domain.md §7 (实际值 is what was achieved); round 5 put ranges into
  the targets of plans, round 6 approximations (“约600人”) into actuals;
- ``value_left_as_template`` (plans) — the 指标值 keeps the template's placeholder
  (“≥XX%”, “××人”): 指标值未填写 — domain.md §5 (完整性, 可衡量);
- ``actual_left_as_template`` (self-evaluations) — the 实际完成值 keeps the template's
  placeholder (“XX人”) while the row is scored: 自评实际完成值未填写 — domain.md §7;

Checked and not injected: 事前评估 classes (the benchmark holds no 事前评估 documents: the
import corpus has none, and src/jixiao/exante judges a proposal form, not an imported
table); 纠偏措施 against 偏差原因 (the model has no 纠偏措施 column); 执行数 above 预算数
(N209 already); 权重 summing to other than 100 (N203 already); 资金用途 sums against the
预算数 (no plan of the corpus has a 资金用途 read).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import Direction, UnitKind, ValueKind, parse_value
from jixiao.model import DepartmentPlan
from tests.review.defects.mutations import Target, _rows, mutation
from tests.review.defects.opinions import _seeded
from tests.review.defects.opinions_round6 import _text

_UP = (Direction.GE, Direction.GT, Direction.EQ, None)
# a bare “28.8万元”, “470人/天” is a budget: a ceiling beside it agrees (first run: 3 of 65)
_NOT_FLOORS = (UnitKind.TIME, UnitKind.MONEY, UnitKind.RATE)
_CEILINGS = ("≤{n}{unit}", "不超过{n}{unit}", "{n}{unit}以内", "<{n}{unit}")
_OTHER_COUNTS = ("户", "家", "批", "处")
_SPANS = ("{a}-{b}{unit}", "{a}～{b}{unit}", "{a}{unit}-{b}{unit}", "{a}至{b}{unit}")
_TEMPLATES = ("≥XX{unit}", "XX{unit}", "≥××{unit}", "xx{unit}")
_ACTUAL_TEMPLATES = ("XX{unit}", "××{unit}", "xx{unit}", "X{unit}")


def _other_count(plan: DepartmentPlan, unit: str) -> str:
    """A count unit that is not ``unit`` and does not contain it (人 / 人次)."""
    start = _OTHER_COUNTS.index(_seeded(plan, _OTHER_COUNTS))
    for k in range(len(_OTHER_COUNTS)):
        other = _OTHER_COUNTS[(start + k) % len(_OTHER_COUNTS)]
        if other not in unit and unit not in other:
            return other
    raise AssertionError(unit)


@mutation
def midterm_value_opposite_direction(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _CEILINGS)
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is not ValueKind.QUANTITATIVE or v.direction not in _UP or v.is_range:
            continue
        if v.number is None or not v.unit or v.unit_kind in _NOT_FLOORS:
            continue  # a deadline's ceiling is the usual way of writing it, a sum's too
        ind.midterm_value = form.format(n=_text(v.number), unit=v.unit)
        return Target(p, frozenset({i}))
    return None


@mutation
def midterm_value_other_unit(plan: DepartmentPlan) -> Target | None:
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is not ValueKind.QUANTITATIVE or v.direction not in _UP or v.is_range:
            continue
        if v.unit_kind is not UnitKind.COUNT or not v.unit or not v.number:
            continue
        ind.midterm_value = f"≥{_text(v.number * 2)}{_other_count(plan, v.unit)}"
        return Target(p, frozenset({i}))
    return None


def _scored_count(plan: DepartmentPlan) -> tuple[int, int, str, str, Decimal] | None:
    """The first row whose target and actual are counts of one unit (“≥300人”, “312人”)."""
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is not ValueKind.QUANTITATIVE or v.unit_kind is not UnitKind.COUNT:
            continue
        actual = parse_value(ind.actual or "")
        if actual.kind is not ValueKind.QUANTITATIVE or actual.is_range:
            continue
        if actual.unit != v.unit or not actual.number or not v.unit:
            continue
        return p, i, ind.level3, v.unit, actual.number
    return None


@mutation
def actual_unit_differs(plan: DepartmentPlan) -> Target | None:
    found = _scored_count(plan)
    if found is None:
        return None
    p, i, _name, unit, number = found
    plan.projects[p - 1].indicators[i - 1].actual = f"{_text(number)}{_other_count(plan, unit)}"
    return Target(p, frozenset({i}))


@mutation
def actual_written_as_range(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _SPANS)
    for p, i, _project, ind, v in _rows(plan):
        actual = parse_value(ind.actual or "")
        if actual.kind is not ValueKind.QUANTITATIVE or actual.is_range or not actual.unit:
            continue
        if actual.number is None or actual.number < 10 or actual.direction not in _UP:
            continue
        if actual.unit_kind is UnitKind.PERCENT:
            continue  # a span of rates would run past 100%, N231's
        if v.kind is not ValueKind.QUANTITATIVE:
            continue
        # upward from what was done, so the low end alone still meets the target
        high = (actual.number * Decimal("1.1")).quantize(Decimal("1"))
        ind.actual = form.format(a=_text(actual.number), b=_text(high), unit=actual.unit)
        return Target(p, frozenset({i}))
    return None


@mutation
def value_left_as_template(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _TEMPLATES)
    for p, i, _project, ind, v in _rows(plan):
        if v.kind is not ValueKind.QUANTITATIVE or not v.unit or v.unit_kind is UnitKind.TIME:
            continue
        ind.value = form.format(unit=v.unit)
        return Target(p, frozenset({i}))
    return None


@mutation
def actual_left_as_template(plan: DepartmentPlan) -> Target | None:
    form = _seeded(plan, _ACTUAL_TEMPLATES)
    for p, i, _project, ind, v in _rows(plan):
        actual = parse_value(ind.actual or "")
        if actual.kind is not ValueKind.QUANTITATIVE or not actual.unit:
            continue
        if v.kind is not ValueKind.QUANTITATIVE or (ind.score is None and ind.weight is None):
            continue
        ind.actual = form.format(unit=actual.unit)
        return Target(p, frozenset({i}))
    return None


ROUND10_CLASSES = (
    "midterm_value_opposite_direction",
    "midterm_value_other_unit",
    "actual_unit_differs",
    "actual_written_as_range",
    "value_left_as_template",
    "actual_left_as_template",
)
