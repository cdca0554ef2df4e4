"""One row's two value columns that must measure the same thing, round 10 of the held-out
classes (tests/review/defects/opinions_round10.py):

- R138: the 中期指标值 is a ceiling (“≤95%”, “不超过300人”) where the 年度指标值 is a floor
  (“≥95%”), or the other way round: the columns pull in opposite directions;
- R139: the 中期指标值 counts in another unit than the 年度 one (年度 “≥300人”, 中期
  “≥600户”), or in a unit of another kind (年度 “≥95%”, 中期 “≥20个”);
- N251: a self-evaluation's 实际完成值 counts in another unit than its 指标值 (目标 “≥300人”,
  实际 “300户”): round 2's N217 compares a percentage with a measure only;
- N252: a self-evaluation's 实际完成值 is a span (“280-300人”): what was done is one figure;
- M123: a self-evaluation's 实际完成值 keeps the template's placeholder (“XX万元”, “××人”),
  the residue M113 finds in the 指标值 and the name; M120 misses it where the target is a
  sum of money (a bare “200万元” is a budget, said in words when met).

Units that convert (元 and 万元, 亩 and 平方米) are not compared, nor 人 with 人次 (one
contains the other: the reader sees the measure), nor a deadline (时间) with anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.grammar import Direction, UnitKind, ValueKind, parse_value
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_FLOORS = frozenset({Direction.GE, Direction.GT})
_CEILINGS = frozenset({Direction.LE, Direction.LT})
# prefilters on the actual's text: a figure followed by a unit word (“3200盒”), a span's
# joining mark (“280-300人”, “280至300人”)
_NOT_A_DIGIT_LAST = re.compile(r"[0-9]\s*[^0-9.%％\s]")
_SPAN = re.compile(r"[0-9][^0-9]{0,3}[-－~～至到—][^0-9]{0,2}[0-9]")
_BARE = frozenset({Direction.EQ, None})
_SPENT = frozenset({UnitKind.MONEY, UnitKind.RATE})  # 万元, 元/人: a bare one is a budget
# kinds whose units a reader compares as written; 倍, 级, 百分点 (OTHER, PERCENT_POINT) may
# restate a percentage, and a 时间 is a deadline or a duration, not a quantity of the same
_MEASURES = frozenset(
    {
        UnitKind.PERCENT, UnitKind.MONEY, UnitKind.COUNT, UnitKind.AREA, UnitKind.LENGTH,
        UnitKind.VOLUME, UnitKind.ENERGY, UnitKind.MASS, UnitKind.SCORE, UnitKind.RATE,
    }
)  # fmt: skip


def figure(text: str) -> IndicatorValue | None:
    value = parse_value(text)
    if value.kind is not ValueKind.QUANTITATIVE or value.number is None or not value.unit:
        return None
    return value


def other_measure(one: IndicatorValue, other: IndicatorValue) -> bool:
    """Two figures that count different things: units of two measured kinds, or two count
    units neither of which contains the other (人 / 户, not 人 / 人次)."""
    a, b = one.unit_kind, other.unit_kind
    if a not in _MEASURES or b not in _MEASURES:
        return False
    if a is not b:
        return True
    if a is not UnitKind.COUNT:
        return False  # 元 / 万元, 亩 / 平方米 convert
    x, y = one.unit or "", other.unit or ""
    return x not in y and y not in x


def _midterms(p: ProjectView) -> Iterator[tuple[IndicatorView, str, IndicatorValue]]:
    for v in p.indicators:
        stated = v.indicator.midterm_value.strip()
        if not stated or v.value.kind is not ValueKind.QUANTITATIVE:
            continue
        midterm = figure(stated)
        if midterm is not None and not midterm.is_range and not v.value.is_range:
            yield v, stated, midterm


def _floor(value: IndicatorValue) -> bool:
    """A target to reach: “≥95%”, and also “=57个”, “57个” (a count or rate written bare is
    what the year must deliver; a bare sum of money is a budget, read as a ceiling)."""
    if value.direction in _FLOORS:
        return True
    return value.direction in _BARE and value.unit_kind not in _SPENT


def _opposite(midterm: IndicatorValue, year: IndicatorValue) -> bool:
    if midterm.direction in _CEILINGS:
        return _floor(year)
    return midterm.direction in _FLOORS and year.direction in _CEILINGS


def _midterm_against_year(p: ProjectView) -> list[Hit]:
    hits = []
    for v, stated, midterm in _midterms(p):
        if v.value.unit_kind is UnitKind.TIME or not _opposite(midterm, v.value):
            continue
        if other_measure(midterm, v.value):
            continue  # another measure altogether: R139's
        hits.append(
            hit(
                f"{q(v.name, 24)}的中期指标值{q(stated, 16)}与年度指标值{q(v.raw, 16)}方向相反："
                "一栏是上限、一栏是下限，同一指标几年的目标和其中一年的目标要求相反，必有一栏写错。",
                field="midterm_value",
                indicator_index=v.index,
            )
        )
    return hits


R138 = TABLE.rule("R138", _midterm_against_year)


def _midterm_units(p: ProjectView) -> list[Hit]:
    hits = []
    for v, stated, midterm in _midterms(p):
        if not v.value.unit or not other_measure(v.value, midterm):
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的中期指标值{q(stated, 16)}与年度指标值{q(v.raw, 16)}计量单位不同"
                f"（{midterm.unit}与{v.value.unit}）：两栏衡量的不是同一件事，看不出年度任务占中期目标多少。",
                field="midterm_value",
                indicator_index=v.index,
            )
        )
    return hits


R139 = TABLE.rule("R139", _midterm_units)


def _actuals(
    p: ProjectView, wanted: re.Pattern[str]
) -> Iterator[tuple[IndicatorView, IndicatorValue]]:
    """The rows whose target is a figure with a unit and whose actual, containing
    ``wanted`` (searched in C before the actual is parsed), is one too."""
    for v in p.indicators:
        text = v.indicator.actual
        if not text or wanted.search(text) is None:
            continue
        if v.value.kind is ValueKind.QUANTITATIVE and v.value.unit:
            actual = figure(text.strip())
            if actual is not None:
                yield v, actual


def _actual_units(p: ProjectView) -> list[Hit]:
    hits = []
    for v, actual in _actuals(p, _NOT_A_DIGIT_LAST):
        if v.value.unit_kind is not UnitKind.COUNT or actual.unit_kind is not UnitKind.COUNT:
            continue  # a percentage against a measure is N217's
        if not other_measure(v.value, actual):
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的年度指标值{q(v.raw, 16)}以“{v.value.unit}”计，实际完成值"
                f"{q(v.indicator.actual, 16)}却以“{actual.unit}”计：数的不是同一种对象，"
                "无法按完成程度计分。",
                field="actual",
                indicator_index=v.index,
            )
        )
    return hits


N251 = TABLE.rule("N251", _actual_units, applies_to=is_self_evaluation)


def _actual_spans(p: ProjectView) -> list[Hit]:
    return [
        hit(
            f"{q(v.name, 24)}的实际完成值{q(v.indicator.actual, 16)}是一个区间：实际完成值应是"
            "年底统计到的一个确数，区间无法与年度指标值比较计分。",
            field="actual",
            indicator_index=v.index,
        )
        for v, actual in _actuals(p, _SPAN)
        if actual.is_range
    ]


N252 = TABLE.rule("N252", _actual_spans, applies_to=is_self_evaluation)


def _actual_residue(p: ProjectView) -> list[Hit]:
    residue, hits = words().template_residue, []
    for v in p.indicators:
        actual = v.indicator.actual
        if actual and (match := residue.search(actual)) is not None:
            hits.append(
                hit(
                    f"{q(v.name, 24)}的实际完成值{q(actual, 16)}留着填表模板的占位"
                    f"{q(match.group(0))}：实际完成值没有填写，无法与年度指标值比较计分。",
                    field="actual",
                    indicator_index=v.index,
                )
            )
    return hits


M123 = TABLE.rule("M123", _actual_residue, applies_to=is_self_evaluation)

RULES = (R138, R139, N251, N252, M123)
