"""What reviewers write back about a target's level and its year (审核意见, 评审意见):

- N225: a 满意度 target below the profile's ``satisfaction_floor`` (80%: “≥60%”): 指标值设置偏低;
- N226: a completion share (完成率, 发放率, 到位率, a 覆盖率 of the project's own work)
  planned below the profile's ``completion_floor`` (70%): a third of the year's work planned undone;
- N227: a target of “≥0”: any result meets it, 指标值无约束力;
- R117: the money put in (投入资金, 资金投入 ≥ …万元) filed as an output or an effect:
  财力投入不能作为绩效目标;
- N228: a 时效 deadline in a year outside the budget year (or the next, for year-end work);
- W116: an indicator name that still carries a year two or more years before the budget
  year (“2020年培训人数” in a 2023 plan): the row was copied from an old table.
"""

from __future__ import annotations

import re

from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import (
    DOWNWARD,
    PERCENT,
    UPWARD,
    amount,
    is_money,
    is_satisfaction,
    q,
)

TABLE = rule_table(__name__)

# shares of the year's planned work (a 覆盖率 of the project's own work: 巡查覆盖率);
# not 达标率, nor the 覆盖率 of a stock or a voluntary take-up (森林覆盖率 ≥30%,
# 家庭医生签约覆盖率), whose level may rightly be low
_COMPLETION = re.compile(r"(?:完成|发放|验收|执行|支付|拨付|兑现|到位|覆盖)率$")
_STOCK = re.compile(r"森林|绿化|植被|林草|林木|绿地|湿地|草原|签约|参保|普及|网络|信号|5G|宽带")
_INPUT = re.compile(r"投入|投资额|投资总额")
_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")
_COMPARED = re.compile(r"较|比|同比|相比|基期|基数|以来|截至|截止")
_OUTPUT_OR_EFFECT = ("数量", "质量", "时效")
_TIME = "时效"


def _name(v: IndicatorView) -> str:
    return v.name.rstrip("%％)） ")


def _satisfaction_low(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.number is None or value.direction in DOWNWARD:
        return None
    if not (v.facts.satisfaction or "满意" in v.name or is_satisfaction(v)):
        return None
    floor = v.plan.profile.thresholds.satisfaction_floor
    if not 0 < value.number < floor:
        return None
    return hit(
        f"满意度目标{q(v.raw)}低于{amount(floor)}%：大量服务对象不满意也算达标，目标设置偏低。",
        field="value",
    )


N225 = TABLE.rule("N225", _satisfaction_low)


def _completion_low(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit != PERCENT or value.number is None or value.direction in DOWNWARD:
        return None
    name = _name(v)
    if _COMPLETION.search(name) is None or _STOCK.search(name) or "满意" in name:
        return None
    floor = v.plan.profile.thresholds.completion_floor
    if not 0 < value.number < floor:
        return None
    return hit(
        f"{q(v.name)}的目标{q(v.raw)}不到{amount(floor)}%：计划有不少"
        "年度任务完不成也算达标，目标设置偏低。",
        field="value",
    )


N226 = TABLE.rule("N226", _completion_low)


def _zero_floor(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.direction not in UPWARD or value.number != 0 or value.upper is not None:
        return None
    if value.unit == PERCENT:
        return None  # 增长率 ≥0%: not falling, a real if modest target
    return hit(
        f"{q(v.name)}的目标{q(v.raw)}是“不少于零”：什么都不做也达标，指标没有约束力。",
        field="value",
    )


N227 = TABLE.rule("N227", _zero_floor)


def _input_as_result(v: IndicatorView) -> Hit | None:
    if v.is_cost or not is_money(v.value) or _INPUT.search(v.name) is None:
        return None
    if v.level2 not in _OUTPUT_OR_EFFECT and "效益" not in v.indicator.level2:
        return None
    return hit(
        f"{q(v.name)}（{q(v.raw, 16)}）是项目投入的资金，不是产出或效果："
        "投入多少不能作为绩效目标。",
        field="level3",
    )


R117 = TABLE.rule("R117", _input_as_result)


def _deadline_year(v: IndicatorView) -> Hit | None:
    if v.level2 != _TIME or "年" not in v.raw:
        return None
    year = v.plan.plan.year
    if year is None:
        return None
    years = [int(y) for y in _YEAR.findall(v.raw)]
    outside = [y for y in years if y < year or y > year + 1]
    if not outside:
        return None
    return hit(
        f"时效指标{q(v.name)}的时限{q(v.raw)}在{outside[0]}年，不在{year}年度："
        "年度指标值应在预算年度内（年末工作至迟次年初）完成。",
        field="value",
    )


N228 = TABLE.rule("N228", _deadline_year)


def _stale_year(v: IndicatorView) -> Hit | None:
    year = v.plan.plan.year
    if year is None or "年" not in v.name or _COMPARED.search(v.name):
        return None
    old = [int(y) for y in _YEAR.findall(v.name) if int(y) <= year - 2]
    if not old:
        return None
    return hit(
        f"{year}年度的指标名称{q(v.name)}写着{old[0]}年，疑似照搬往年的指标表，未按本年度更新。",
        field="level3",
    )


W116 = TABLE.rule("W116", _stale_year)

RULES = (N225, N226, N227, R117, N228, W116)
