"""A 监控表's 全年预计完成值 read against its 年度指标值, round 12 of the held-out classes
(tests/review/defects/opinions_round12.py). The monitoring engine's P104 warns of a
forecast below the target; these find the forecasts it cannot judge or does not question:

- N259: a forecast at or above the profile's ``overshoot_ratio`` of an upward target (目标
  “≥300人”, 预计 “600人”) with no word on why: the target was set too low, or the forecast
  was not worked out — the 监控 counterpart of N213 on a 自评's actual;
- N260: a quantity's forecast written as a promise with no figure (“能够完成”, “按计划
  完成”): nothing to set against the target — the 监控 counterpart of M120;
- N258: a quantity's forecast below what the row has already done (1–6月完成值 “46个”,
  全年预计 “29个”): a count, a length or an area only grows over the year — the
  indicator counterpart of F116. Rates and deadlines are left alone: a pass rate of June
  may well fall by December.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.grammar import UnitKind
from jixiao.review.context import ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.monitoring_columns import is_monitoring
from jixiao.review.rules.overshoot import attained_ratio
from jixiao.review.rules.paired_columns import figure
from jixiao.review.rules.selfeval_columns import UPWARD, figureless

TABLE = rule_table(__name__)


def _forecast_overshoots(p: ProjectView) -> list[Hit]:
    limit = p.plan.profile.thresholds.overshoot_ratio
    hits = []
    for v in p.indicators:
        i = v.indicator
        expected = (i.expected or "").strip()
        if not expected or (i.deviation or "").strip():
            continue
        ratio = attained_ratio(i.value, expected, i.level3, i.level1 + i.level2)
        if ratio is None or ratio < limit:
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的年度指标值{q(v.raw, 16)}，全年预计完成值{q(expected, 16)}，"
                f"是目标的{amount((ratio * 100).quantize(Decimal('1')))}%，未说明原因："
                "目标定得偏低，或预计值没有测算。",
                field="expected",
                indicator_index=v.index,
            )
        )
    return hits


N259 = TABLE.rule("N259", _forecast_overshoots, applies_to=is_monitoring)


def _forecast_in_words(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        expected = (v.indicator.expected or "").strip()
        if not figureless(v, expected):
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的年度指标值是{q(v.raw, 16)}，全年预计完成值却只写"
                f"{q(expected, 16)}，没有数值：看不出预计完成多少，无法与目标比较。",
                field="expected",
                indicator_index=v.index,
            )
        )
    return hits


N260 = TABLE.rule("N260", _forecast_in_words, applies_to=is_monitoring)

# what only accumulates over a year (a sum of money may be a cost's cap: left out)
_GROWING = (UnitKind.COUNT, UnitKind.LENGTH, UnitKind.AREA, UnitKind.VOLUME, UnitKind.MASS)


def _forecast_below_done(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        i = v.indicator
        if v.value.unit_kind not in _GROWING or v.value.direction not in UPWARD:
            continue
        done, expected = figure(i.actual or ""), figure(i.expected or "")
        if done is None or expected is None or done.number is None or expected.number is None:
            continue
        if done.unit != expected.unit or done.is_range or expected.is_range:
            continue
        if expected.number >= done.number:
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}截至本期已完成{q(i.actual or '', 16)}，全年预计完成值"
                f"{q(i.expected or '', 16)}却更少：全年完成的不会少于已经完成的，"
                "两数必有一个填错。",
                field="expected",
                indicator_index=v.index,
            )
        )
    return hits


N258 = TABLE.rule("N258", _forecast_below_done, applies_to=is_monitoring)

RULES = (N258, N259, N260)
