"""What a self-evaluation's 实际完成值 says against its 年度指标值: an actual written as a
bound itself (N214: “≥266米” copied from the target is not a measured figure and cannot be
scored; nor is “=230亩” copied word for word, sign and all, from an “=230亩” target), every
row's actual copied from its target across a whole table (N218: 塘湖镇 “168起”, “32座”,
“2天以内”, “有效改善” each word for word, 偏差 “无”: nothing shows a check), or as
a round approximation (N215: “200余人”, “约600人”, “100%左右” is not a counted figure
either), or in a unit of another kind than the target's (N217: a rate “100%” reported as
“1000件”: nothing to score it by), or as a bare number where the target has a unit (M121:
“110406” for “≥50000人次”, “132.9” for “≤202.6万元”: 元 or 万元, 人 or 人次 left to the
reader). An actual far above its target, unexplained, is N213 (:mod:`.overshoot`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.grammar import IndicatorValue, ValueKind, parse_value
from jixiao.grammar.indicator_value import Direction
from jixiao.grammar.units import UnitKind
from jixiao.review.context import IndicatorView, ProjectView, squeeze
from jixiao.review.phrases import phrases
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import is_satisfaction, q
from jixiao.review.rules.selfeval import is_self_evaluation

TABLE = rule_table(__name__)

_BOUNDS = (Direction.GE, Direction.GT, Direction.LE, Direction.LT)


def _figures(p: ProjectView) -> Iterator[tuple[IndicatorView, IndicatorValue, IndicatorValue]]:
    """The rows of a self-evaluation whose target and actual are both figures, parsed."""
    for v in p.indicators:
        actual_text = (v.indicator.actual or "").strip()
        if not actual_text or v.value.kind is not ValueKind.QUANTITATIVE:
            continue
        actual = parse_value(actual_text)
        if actual.kind is ValueKind.QUANTITATIVE:
            yield v, v.value, actual


def _bound_actual(v: IndicatorView, actual: IndicatorValue) -> Hit:
    copied = "，与年度指标值一字不差" if v.indicator.actual == v.raw else ""
    return hit(
        f"{q(v.name, 24)}的实际完成值{q(v.indicator.actual, 16)}带着“{actual.direction}”"
        f"{copied}：这是目标的写法，不是年底实际做到的数，无法与目标比较计分。",
        field="actual",
        indicator_index=v.index,
    )


def _copied_exact(v: IndicatorView) -> Hit:
    return hit(
        f"{q(v.name, 24)}的实际完成值{q(v.indicator.actual, 16)}连“=”号一起照抄了年度指标值："
        "这是目标的写法，不是年底统计到的数，看不出是否核实过。",
        field="actual",
        indicator_index=v.index,
    )


def _bound_actuals(p: ProjectView) -> list[Hit]:
    hits = []
    for v, _, actual in _figures(p):
        if actual.direction in _BOUNDS:
            hits.append(_bound_actual(v, actual))
        elif actual.direction is Direction.EQ and squeeze(v.indicator.actual or "") == squeeze(
            v.indicator.value or ""
        ):  # “=230亩” for “=230亩”: the target's own notation, sign and all
            hits.append(_copied_exact(v))
    return hits


N214 = TABLE.rule("N214", _bound_actuals, applies_to=is_self_evaluation)

# a figure followed by 余 / 多 ("200余人", "600多人", "十余次", "3万多元"): "some N", a round
# count; 余 or 多 before another figure is a word of its own ("剩余3户", "多于5次")
_ROUND_COUNT = re.compile(r"(?:\d|[十百千万])\s*[余多](?![于\d])")


def _approximate_actual(v: IndicatorView) -> Hit | None:
    text = (v.indicator.actual or "").strip()
    if not text:
        return None
    if not _ROUND_COUNT.search(text) and not any(
        p.startswith("近似值") for p in parse_value(text).problems
    ):
        return None
    return hit(
        f"{q(v.name, 24)}的实际完成值{q(text, 16)}是约数：自评的实际完成值应是统计到的准确数，"
        f"约数无法与年度指标值{q(v.raw, 16)}比较计分，也看不出是否核实过。",
        field="actual",
        indicator_index=v.index,
    )


def _approximate_actuals(p: ProjectView) -> list[Hit]:
    return [hit for v in p.indicators if (hit := _approximate_actual(v)) is not None]


N215 = TABLE.rule("N215", _approximate_actuals, applies_to=is_self_evaluation)

# what a unit measures, as a reader names it; 倍, 级 and 百分点 (OTHER, PERCENT_POINT) are
# left out: “1.2倍” and “120%”, “3个百分点” and “3%” may be the same measure
_KIND_NAMES = {
    UnitKind.PERCENT: "百分比", UnitKind.MONEY: "金额", UnitKind.COUNT: "数量",
    UnitKind.TIME: "时间", UnitKind.AREA: "面积", UnitKind.LENGTH: "长度",
    UnitKind.VOLUME: "体积", UnitKind.ENERGY: "能耗", UnitKind.MASS: "重量",
    UnitKind.SCORE: "分值", UnitKind.RATE: "复合单位",
}  # fmt: skip


def _unit_mismatch(v: IndicatorView, target: IndicatorValue, actual: IndicatorValue) -> Hit | None:
    """A percentage on one side and a measure of another kind on the other."""
    kinds = target.unit_kind, actual.unit_kind
    if (kinds[0] is UnitKind.PERCENT) == (kinds[1] is UnitKind.PERCENT):
        return None  # both or neither a percentage
    if kinds[0] not in _KIND_NAMES or kinds[1] not in _KIND_NAMES:
        return None  # no unit read, or 倍, 级, 百分点
    if squeeze(v.indicator.actual or "").replace("％", "%") in phrases().stock_actuals:
        return None  # “已完成100%” only says the target was met: N208's
    return hit(
        f"{q(v.name, 24)}的年度指标值{q(v.raw, 16)}是{_KIND_NAMES[kinds[0]]}，"
        f"实际完成值{q(v.indicator.actual, 16)}却是{_KIND_NAMES[kinds[1]]}：两者口径不同，"
        "看不出目标完成了多少，无法按完成程度计分。",
        field="actual",
        indicator_index=v.index,
    )


def _unit_mismatches(p: ProjectView) -> list[Hit]:
    return [hit for v, t, a in _figures(p) if (hit := _unit_mismatch(v, t, a)) is not None]


N217 = TABLE.rule("N217", _unit_mismatches, applies_to=is_self_evaluation)

# fewer rows with actuals (a fragment, a four-row table) may all be met as written; the
# satisfaction rows are left out: a survey's figure differs from its target even in a table
# otherwise copied (塘湖 “≧90%” → “95%”)
_MIN_COPIED_ROWS = 5


def _copied_table(p: ProjectView) -> list[Hit]:
    rows = [
        v for v in p.indicators if (v.indicator.actual or "").strip() and not is_satisfaction(v)
    ]
    if len(rows) < _MIN_COPIED_ROWS:
        return []
    if any(squeeze(v.indicator.actual or "") != squeeze(v.indicator.value or "") for v in rows):
        return []
    shown = "、".join(q(v.indicator.actual, 10) for v in rows[:4])
    return [
        hit(
            f"除满意度外，{len(rows)}个指标的实际完成值全部与年度指标值一字不差（{shown}等）："
            "年底统计到的数恰好都等于年初的目标，看不出做过核实，像是照目标抄写。",
            field="actual",
        )
    ]


N218 = TABLE.rule("N218", _copied_table, applies_to=is_self_evaluation)


# a number alone, as a table's cell holds it: digits, thousands commas, a decimal part
_BARE_NUMBER = re.compile(r"[0-9][0-9,，]*(?:\.[0-9]+)?")


def _unit_target(v: IndicatorView) -> str | None:
    """The unit of a row's target when it is a figure with a unit other than a percentage
    (tables often head their 实际完成值 column with “%”) that the name does not state
    (“租车次数(次)”)."""
    value = v.value
    unit = value.unit
    if not unit or value.unit_kind is UnitKind.PERCENT or value.number is None:
        return None
    name = v.name
    if ("(" in name or "（" in name) and (f"({unit})" in name or f"（{unit}）" in name):
        return None
    return unit if value.kind is ValueKind.QUANTITATIVE else None


def _bare_actuals(p: ProjectView) -> list[Hit]:
    """A number alone for a target written with a unit — unless the table has a 计量单位
    column of its own, which serves the actual too (“﹦ | 72890 | 元 | 72890”); an actual
    read from a document but not from a known column (a fragment) is not judged either,
    one entered by hand (no source) is. The actual is looked at first: most end with their
    unit, and no more is read of those rows."""
    hits = []
    for v in p.indicators:
        actual = v.indicator.actual
        if not actual or not actual.rstrip()[-1:].isdigit():
            continue
        actual = actual.strip()
        if _BARE_NUMBER.fullmatch(actual) is None or (unit := _unit_target(v)) is None:
            continue
        sources = v.indicator.sources
        cell = sources.get("actual")
        if "unit" in sources or (cell is not None and cell.col is None):
            continue  # the table has a unit column, or its columns were not known
        hits.append(
            hit(
                f"{q(v.name, 24)}的实际完成值{q(actual, 16)}只有数字，没有计量单位："
                f"年度指标值是{q(v.raw, 16)}，实际完成的是不是{unit}要读者自己推断，"
                "汇总和核对时容易按错单位计算。",
                field="actual",
                indicator_index=v.index,
            )
        )
    return hits


M121 = TABLE.rule("M121", _bare_actuals, applies_to=is_self_evaluation)

RULES = (N214, N215, N217, N218, M121)
