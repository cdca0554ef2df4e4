"""The 中期目标 (总体目标 over several years) against the budget year and the annual
indicators, round 8 of the held-out classes (tests/review/defects/opinions_round8.py):

- R134: the 中期目标 names a period that ended before the budget year (“中期目标（2019年—
  2021年）” in a 2023 table): the goal was carried over from an earlier table;
- R135: the 中期目标 states a count for what an annual indicator measures that is below
  that indicator's one-year target (中期 “累计培训150人次”, 年度 “≥300人次”): several years
  cannot deliver less than one of them;
- R136 (round 9): a row's 中期指标值 column states a count below the same row's 年度指标值
  (中期 “≥150人次”, 年度 “≥300人次”): the two columns of one indicator disagree;
- F117 (round 11): the 中期目标 states the funds of the whole 实施期 (“三年共安排资金90万元”)
  below this one year's 预算数: the years cannot cost less than one of them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.content_caches import content_cache
from jixiao.grammar import Direction, UnitKind, ValueKind, parse_value
from jixiao.grammar.indicator_value import IndicatorValue
from jixiao.review.context import ProjectView
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.lasting_goals import figure_names, goal_clauses, stated_figures

TABLE = rule_table(__name__)
_PLANS = (None, "plan")  # a 自评 reports on a past year; its 中期 period is not stale
_UPWARD = (Direction.GE, Direction.GT, Direction.EQ, None)

# two years joined as a period (2019年—2021年, 2019-2021年, 2019年至2021年, 2019年--2021年)
_PERIOD = re.compile(
    r"((?:19|20)[0-9]{2})\s*年?\s*(?:[—\-－~～至到]+)\s*((?:19|20)[0-9]{2})\s*年?(?![0-9])"
)


@content_cache(maxsize=1 << 10)
def _period_ends(text: str) -> tuple[int, ...]:
    """The last year of each period ``text`` names (start not after end)."""
    return tuple(
        int(m.group(2)) for m in _PERIOD.finditer(text) if int(m.group(1)) <= int(m.group(2))
    )


def _stale_period(p: ProjectView) -> list[Hit]:
    plan = p.plan.plan
    goal, year = p.project.midterm_goal, plan.year
    if not goal or year is None or plan.kind not in _PLANS:
        return []
    ends = _period_ends(goal)
    if not ends or max(ends) >= year:
        return []
    return [
        hit(
            f"中期目标写的期间到{max(ends)}年就已结束，而本表是{year}年度："
            "中期目标是照搬往期的，没有按滚动期间更新。",
            field="midterm_goal",
        )
    ]


R134 = TABLE.rule("R134", _stale_period)


def _below_annual(p: ProjectView) -> list[Hit]:
    goal = goal_clauses((), p.project.midterm_goal or "")
    if not goal:
        return []
    hits = []
    for v in p.indicators:
        value = v.value
        if value.kind is not ValueKind.QUANTITATIVE or value.number is None or not value.unit:
            continue
        if value.unit_kind is not UnitKind.COUNT or value.direction not in _UPWARD:
            continue  # rates, sums and dates are not added up over the years
        for key in figure_names(v.name):
            figures = stated_figures(goal, key, value.unit)
            if not figures:
                continue
            if max(figures) < value.number:
                hits.append(
                    hit(
                        f"中期目标写{q(key)}{amount(max(figures))}{value.unit}，少于指标"
                        f"{q(v.name, 24)}一年的指标值{q(v.raw, 16)}：中期目标与年度指标不衔接。",
                        field="value",
                        indicator_index=v.index,
                    )
                )
            break
    return hits


R135 = TABLE.rule("R135", _below_annual)


def _count_to_reach(value: IndicatorValue) -> bool:
    """A count to reach (“≥300人次”, “300人次”): what several years add up to."""
    return (
        value.kind is ValueKind.QUANTITATIVE
        and value.number is not None
        and bool(value.unit)
        and value.unit_kind is UnitKind.COUNT
        and value.direction in _UPWARD
        and not value.is_range
    )


def _midterm_column_below(p: ProjectView) -> list[Hit]:
    hits = []
    for v in p.indicators:
        stated = v.indicator.midterm_value.strip()
        if not stated or not _count_to_reach(v.value):
            continue
        midterm = parse_value(stated)
        if not _count_to_reach(midterm) or midterm.unit != v.value.unit:
            continue
        assert midterm.number is not None and v.value.number is not None
        if midterm.number < v.value.number:
            hits.append(
                hit(
                    f"{q(v.name, 24)}的中期指标值{q(stated, 16)}少于年度指标值{q(v.raw, 16)}："
                    "几年的累计数不会少于其中一年，两栏必有一栏写错。",
                    field="midterm_value",
                    indicator_index=v.index,
                )
            )
    return hits


R136 = TABLE.rule("R136", _midterm_column_below)

_SCALE = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}


@cache
def _funds() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """The funding phrase (word, then a sum), the part words, their reach."""
    data = load_data_file("review-midterm-funds.json")
    reach = int(str(data["reach"]))

    def either(key: str) -> str:
        words = data[key]
        assert isinstance(words, list)
        return "|".join(map(re.escape, sorted(map(str, words), key=len, reverse=True)))

    sums = re.compile(
        f"(?:{either('funding_words')})[^0-9，。；;,\\n]{{0,{reach}}}?"
        r"([0-9]+(?:\.[0-9]+)?)\s*(亿元|万元|元)(?![/／])"
    )
    return sums, re.compile(either("part_words")), reach


@content_cache(maxsize=1 << 10)
def midterm_funds(goal: str) -> tuple[Decimal, str] | None:
    """The largest sum (万元, as written) the 中期目标 states for the project, not a part."""
    sums, parts, reach = _funds()
    best: tuple[Decimal, str] | None = None
    for m in sums.finditer(goal):
        if parts.search(goal[max(0, m.start() - reach) : m.end()]):
            continue
        wan = Decimal(m.group(1)) * _SCALE[m.group(2)]
        if best is None or wan > best[0]:
            best = (wan, m.group(0))
    return best


def _funds_below_budget(p: ProjectView) -> list[Hit]:
    goal, budget = p.project.midterm_goal, p.project.budget_total
    if not goal or not budget or budget <= 0 or "元" not in goal:
        return []
    found = midterm_funds(goal)
    if found is None or found[0] >= budget - p.plan.profile.thresholds.money_tolerance_wan:
        return []
    return [
        hit(
            f"中期目标写{q(found[1], 24)}（{amount(found[0])}万元），少于本年度预算数"
            f"{amount(budget)}万元：实施期的资金总额应包含本年度的预算，两数必有一个有误。",
            field="midterm_goal",
        )
    ]


F117 = TABLE.rule("F117", _funds_below_budget)

RULES = (R134, R135, R136, F117)
