"""A 监控表's columns read against each other and against the target table, round 11 of
the held-out classes (tests/review/defects/opinions_round11.py). The monitoring engine
(P101–P111) judges the pace of spending and the forecasts against the targets; these
find the cells that cannot all be true:

- F116: the 全年预计执行数 is below what was already paid (1–N月执行数): the year cannot
  spend less than it has spent;
- N253: an indicator's 全年预计完成值 counts another thing than its 年度指标值 (目标
  “≥300人”, 预计 “300户”): the forecast cannot be set against the target;
- N254: 完成目标可能性 says the target will be met (“确定能”) while the row's 偏差原因 says
  it will not (“预计无法完成”);
- N257: a satisfaction or pass rate's 全年预计完成值 above 100%.

The words are data (``jixiao/profiles/review-monitoring-columns.json``).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.grammar import UnitKind
from jixiao.review.context import PlanView, ProjectView, squeeze
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.numbers.common import HUNDRED, bounded
from jixiao.review.rules.paired_columns import figure, other_measure

TABLE = rule_table(__name__)
MONITORING = "monitoring"
_DATA = "review-monitoring-columns.json"


def is_monitoring(view: PlanView) -> bool:
    """The document was imported as a 监控表 (kind ``monitoring``)."""
    return view.plan.kind == MONITORING


@cache
def _words(key: str) -> tuple[str, ...]:
    raw = load_data_file(_DATA)[key]
    assert isinstance(raw, list)
    return tuple(str(w) for w in raw)


def _alternation(key: str) -> str:
    return "|".join(map(re.escape, sorted(_words(key), key=len, reverse=True)))


@cache
def _cannot() -> re.Pattern[str]:
    """无法完成, 难以按期完成, 不能全部实现: a negator, maybe a modifier, a verb."""
    negator, modifier, verb = (
        _alternation(key) for key in ("cannot_negators", "cannot_modifiers", "cannot_verbs")
    )
    return re.compile(f"(?:{negator})(?:{modifier})?(?:{verb})")


def _said_missed(text: str) -> str | None:
    """The first phrase saying the target will not be met, unless hedged or denied around it."""
    after, before = _words("cannot_hedged_after"), _words("cannot_denied_before")
    for match in _cannot().finditer(text):
        if text.startswith(after, match.end()) or text[: match.start()].endswith(before):
            continue
        return match.group(0)
    return None


def _forecast_below_spent(p: ProjectView) -> list[Hit]:
    project = p.project
    spent, forecast = project.spent, project.spend_forecast
    if spent is None or forecast is None or spent <= 0:
        return []
    if forecast >= spent - p.plan.profile.thresholds.money_tolerance_wan:
        return []
    through = f"1–{project.through_month}月" if project.through_month else "截至本期"
    return [
        hit(
            f"全年预计执行数{amount(forecast)}万元，低于{through}已执行的{amount(spent)}万元："
            "全年的支出不会少于已经支出的数，两数必有一个填错。",
            field="spend_forecast",
        )
    ]


F116 = TABLE.rule("F116", _forecast_below_spent, applies_to=is_monitoring)


def _expected_units(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        stated = (v.indicator.expected or "").strip()
        if not stated or not v.value.unit or v.value.unit_kind is UnitKind.TIME:
            continue
        expected = figure(stated)
        if expected is None or not other_measure(v.value, expected):
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的年度指标值{q(v.raw, 16)}以“{v.value.unit}”计，全年预计完成值"
                f"{q(stated, 16)}却以“{expected.unit}”计：预计的不是目标所数的对象，"
                "看不出能否完成年度目标。",
                field="expected",
                indicator_index=v.index,
            )
        )
    return hits


N253 = TABLE.rule("N253", _expected_units, applies_to=is_monitoring)


def _certain_but_said_missed(p: ProjectView) -> list[Hit]:
    certain, hits = _words("certain_likelihoods"), []
    for v in p.indicators:
        likelihood, deviation = v.indicator.likelihood, v.indicator.deviation
        if not likelihood or not deviation or squeeze(likelihood) not in certain:
            continue
        said = _said_missed(squeeze(deviation))
        if said is None:
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}的完成目标可能性写{q(likelihood)}，偏差原因却写"
                f"{q(deviation, 24)}（{said}）：两栏相互矛盾，预计完不成的应如实"
                "填写完成可能性并说明纠偏措施。",
                field="likelihood",
                indicator_index=v.index,
            )
        )
    return hits


N254 = TABLE.rule("N254", _certain_but_said_missed, applies_to=is_monitoring)


def _expected_share_over_whole(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        stated = (v.indicator.expected or "").strip()
        if "%" not in stated and "％" not in stated:
            continue
        if v.value.unit_kind is not UnitKind.PERCENT or not bounded(v):
            continue
        expected = figure(stated)
        top = None if expected is None else (expected.upper or expected.number)
        if expected is None or expected.unit_kind is not UnitKind.PERCENT or top is None:
            continue
        if top <= HUNDRED:
            continue
        hits.append(
            hit(
                f"{q(v.name, 24)}是部分占全部的比例，全年预计完成值{q(stated, 16)}超过"
                f"{amount(HUNDRED)}%（目标{q(v.raw, 16)}）：比例不可能超过100%，预计值填写有误。",
                field="expected",
                indicator_index=v.index,
            )
        )
    return hits


N257 = TABLE.rule("N257", _expected_share_over_whole, applies_to=is_monitoring)

RULES = (F116, N253, N254, N257)
