"""What a finance bureau's reviewer checks, round 6 of the held-out classes
(tests/review/defects/opinions_round6.py):

- N238: a count of indivisible things written with a fraction (“≥300.5人”, “≥12.5个”):
  people, households and sessions come whole; the figure was divided (an average) and
  copied into the target. Averages named so (户均、人均、平均、每…) are left alone;
- N239: a 自评 row whose 得分 stands without its 分值 in a table whose header has a 分值
  column (the import located the row's empty 分值 cell), or whose 得分 is negative (the
  points taken off written as the score): the row cannot be checked against its weight;
- N240: a 自评 row that reached less than the share of its target below which a target
  counts as not reached (未达成, 60%), yet scored more than that share of its weight and
  more than 分值 × 完成比例 (not the full weight: that is N204's).
- N241: a count of days of the year (开放天数, 服务天数) above the year's 366 days
  (“≥380天”): a target no project of one budget year can reach. Terms and durations
  (质保期, 建设工期, 时限) and cumulative counts (累计) are left alone;
- F113: a 自评表 that scores its 预算执行率 while stating neither the 全年执行数 nor the
  执行率: the points rest on nothing the table shows.

The units and the shares are data (``jixiao/profiles/review-scoring-sanity.json``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.grammar import Direction
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.score_sums import stated_rows
from jixiao.review.rules.selfeval import attainment_of, is_self_evaluation

TABLE = rule_table(__name__)
_DATA = "review-scoring-sanity.json"


@cache
def _words(key: str) -> tuple[str, ...]:
    raw = load_data_file(_DATA).get(key, [])
    assert isinstance(raw, list)
    return tuple(str(w) for w in raw)


@cache
def _share(key: str) -> Decimal:
    return Decimal(str(load_data_file(_DATA)[key]))


@cache
def _average() -> re.Pattern[str]:
    """An average named so: 户均、人均、平均, or 每 before anything but a period (每个书屋
    is per 书屋; 每年慰问 is a yearly count)."""
    averages = "|".join(map(re.escape, _words("average_words")))
    per = "|".join(map(re.escape, _words("per_word")))
    periods = "".join(map(re.escape, _words("period_words")))
    return re.compile(f"{averages}|(?:{per})(?![{periods}])")


def _fractional_count(v: IndicatorView) -> Hit | None:
    value = v.value
    number = value.number
    if number is None or number == number.to_integral_value():
        return None
    if (value.unit or "") not in _words("indivisible_units"):
        return None
    if _average().search(v.name):
        return None  # 户均人数 3.5人 is an average, fractional by nature
    return hit(
        f"{q(v.name, 24)}的指标值{q(v.raw, 24)}把{q(value.unit or '')}写成了小数："
        "人、户、场次等只能是整数，目标值不能据以考核。",
        field="value",
    )


N238 = TABLE.rule("N238", _fractional_count)


def _unweighted_or_negative(p: ProjectView) -> list[Hit]:
    hits = []
    for index, i in enumerate(p.project.indicators, start=1):
        if i.score is None:
            continue
        if i.score < 0:
            said = f"{q(i.level3, 24)}的得分{amount(i.score)}是负数：得分栏应填得分，不是扣分。"
        elif i.weight is None and "weight" in i.sources:
            # the import located the row's 分值 cell: the header has the column, the cell is
            # empty (however many other rows state theirs)
            said = f"{q(i.level3, 24)}有得分{amount(i.score)}，分值却空着，得分无从核对。"
        else:
            continue
        hits.append(hit(said, field="score", indicator_index=index))
    return hits


N239 = TABLE.rule("N239", _unweighted_or_negative, applies_to=is_self_evaluation)


def _scored_above_attainment(p: ProjectView) -> list[Hit]:
    unmet, allowed = _share("unmet_share"), _share("unmet_score_share")
    hits = []
    for index, i, weight, score in stated_rows(p.project):
        if weight <= 0 or score >= weight:
            continue  # a full score of a missed row is N204's
        share = attainment_of(i)
        if share is None or share >= unmet or score <= weight * max(share, allowed):
            continue
        percent = amount((share * 100).quantize(Decimal("0.1")))
        hits.append(
            hit(
                f"{q(i.level3, 24)}只完成目标的{percent}%（目标{q(i.value, 16)}，"
                f"实际{q(i.actual or '', 16)}），得分{amount(score)}却接近分值{amount(weight)}。",
                field="score",
                indicator_index=index,
            )
        )
    return hits


N240 = TABLE.rule("N240", _scored_above_attainment, applies_to=is_self_evaluation)


def _days_beyond_year(v: IndicatorView) -> Hit | None:
    value = v.value
    number = value.number
    if number is None or number <= _share("days_in_year"):
        return None
    if (value.unit or "") not in _words("day_units"):
        return None
    if value.direction not in (Direction.GE, Direction.GT, Direction.EQ, None):
        return None  # a ceiling (≤400天) is a term, not a count of days
    if any(word in v.name for word in _words("duration_words")):
        return None
    return hit(
        f"{q(v.name, 24)}的指标值{q(v.raw, 24)}超过了一年的天数：一个预算年度至多"
        "366天，这个目标做不到。",
        field="value",
    )


N241 = TABLE.rule("N241", _days_beyond_year)


def _execution_unstated(p: ProjectView) -> list[Hit]:
    project = p.project
    score = project.execution_score
    if score is None or score <= 0:
        return []
    if project.spent is not None or project.execution_rate is not None:
        return []
    return [
        hit(
            f"预算执行率得分{amount(score)}，而全年执行数和执行率都没有填：得分无从核对。",
            field="execution_score",
        )
    ]


F113 = TABLE.rule("F113", _execution_unstated, applies_to=is_self_evaluation)

RULES = (N238, N239, N240, N241, F113)
