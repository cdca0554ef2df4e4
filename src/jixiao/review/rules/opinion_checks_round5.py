"""What reviewers write back, round 5 of the held-out classes (tests/review/defects/
opinions_round5.py):

- N234: a target written as a range (“80%-90%”, “300-360人次”): a 年度指标值 is one
  direction, one number and one unit; a range gives the 自评 no target to score by
  (指标值设置不明确). Periods and time windows (“1-12月”, “3-5天”) and age brackets
  (“18—54周岁”) are ranges by nature and left alone;
- N235: a 自评表 whose 年度总体目标 实际完成情况 says every goal was met (“全面完成年度
  绩效目标”) while one of its indicator rows fell short of its target: 自评结论与指标完成
  情况不符;
- R126: a plan's 项目期限 (实施期) that ends before the budget year it asks money for
  (“2020年1月-2021年12月” in a 2023 table): the project's period was not updated, or the
  money is for a project already over.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.content_caches import content_cache
from jixiao.grammar import UnitKind
from jixiao.review.context import IndicatorView, ProjectView, squeeze
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import amount, q
from jixiao.review.rules.selfeval import attainment_of, is_self_evaluation

TABLE = rule_table(__name__)

_AGE = "岁"


def _range_target(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.upper is None or value.number is None:
        return None
    if value.unit_kind is UnitKind.TIME or _AGE in (value.unit or ""):
        return None  # a period, a time window or an age bracket
    return hit(
        f"{q(v.name, 24)}的指标值{q(v.raw, 24)}是一个区间：年度指标值应是一个明确的目标"
        "（方向、数值和单位），区间内哪一个数算完成、自评时如何计分都无从判断。",
        field="value",
    )


N234 = TABLE.rule("N234", _range_target)


# a conclusion that every goal was met; not one qualified (基本、大部分、部分、未…)
_ALL_MET = re.compile(
    r"全面完成|全部完成|均已完成|均完成|圆满完成|全部实现|均已实现|全面实现|均已达到|全部达到|"
    r"均达到|(?:完成|实现|达到|达成)了?[^，。；,;]{0,8}目标"
)
_QUALIFIED = re.compile(
    r"基本|大部分|部分|大多|多数|未|没有|尚|除|但|偏差|差距|滞后|延期|不足|%|％|百分"
)
_CLAIM_CHARS = 60  # a longer 完成情况 tells what was done, not a bare conclusion


@content_cache(maxsize=1 << 12)
def _claims_all_met(text: str) -> bool:
    said = squeeze(text)
    if not said or len(said) > _CLAIM_CHARS:
        return False
    return bool(_ALL_MET.search(said)) and not _QUALIFIED.search(said)


def _missed_rows(p: ProjectView) -> list[tuple[str, Decimal]]:
    """(name, share of its target reached) of the rows that fell short."""
    missed = []
    for i in p.project.indicators:
        share = attainment_of(i)
        if share is not None and share < 1:
            missed.append((i.level3, share))
    return missed


def _goal_claimed_met(p: ProjectView) -> list[Hit]:
    said = p.project.annual_goal_actual or ""
    if not _claims_all_met(said):
        return []
    missed = _missed_rows(p)
    if not missed:
        return []
    name, share = missed[0]
    more = f"等{len(missed)}项指标" if len(missed) > 1 else ""
    return [
        hit(
            f"年度总体目标的实际完成情况写{q(said, 30)}，而{q(name, 24)}{more}未达到年度指标值"
            f"（完成{amount((share * 100).quantize(Decimal('0.1')))}%）。",
            field="annual_goal_actual",
        )
    ]


N235 = TABLE.rule("N235", _goal_claimed_met, applies_to=is_self_evaluation)


# a year of the period: 2021, 2021.1, 2021年, 202101 (a year and month written together)
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:[01][0-9])?(?![0-9])")


def _end_year(period: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(period)]
    return max(years) if years else None


def _is_plan(p: ProjectView) -> bool:
    return p.plan.plan.kind in (None, "plan")


def _period_over(p: ProjectView) -> list[Hit]:
    period = (p.project.period or "").strip()
    year = p.plan.plan.year
    if not period or year is None or not _is_plan(p):
        return []
    end = _end_year(period)
    if end is None or end >= year:
        return []
    return [
        hit(
            f"项目期限{q(period, 30)}在{end}年就已结束，早于本表的预算年度{year}年。",
            field="period",
        )
    ]


R126 = TABLE.rule("R126", _period_over)

RULES = (N234, N235, R126)
