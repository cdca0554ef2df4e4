"""M105–M109, M118: no unit, empty, a single grade, grades where a number belongs,
approximations, a direction sign written twice."""

from __future__ import annotations

import re

from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import display, number_example, q

TABLE = rule_table(__name__)

_UNIT_IN_NAME = re.compile(r"[（(][^（()）]{1,6}[）)]$")
_UNKNOWN_UNIT = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,2}$")


def _no_unit(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.unit is not None:
        return None
    if _UNIT_IN_NAME.search(v.name) or _UNKNOWN_UNIT.match(value.unparsed):
        return None  # “面积(亩) 80000”, “≥70村”, “25TB”: a unit the grammar's table lacks
    return hit(
        f"指标{q(display(v))}的指标值{q(v.raw)}只有数字，没有计量单位，"
        "不知道是百分比、次数还是金额。",
        field="value",
    )


M105 = TABLE.rule("M105", _no_unit)


def _empty(v: IndicatorView) -> Hit | None:
    shown = f"只写了{q(v.raw)}" if v.raw.strip() else "为空"
    return hit(f"指标{q(display(v))}的指标值{shown}，没有目标值。", field="value")


M106 = TABLE.rule("M106", _empty)


def _single_grade(v: IndicatorView) -> Hit | None:
    value = v.value
    if len(value.levels) != 1 or value.direction is not None:
        return None
    return hit(
        f"指标{q(display(v))}的指标值{q(v.raw)}只写了一个评价词，"
        "没有分级分档，也没有说明达到哪一档算完成。",
        field="value",
    )


M107 = TABLE.rule("M107", _single_grade)


def _graded_where_number(v: IndicatorView) -> Hit | None:
    fw = v.plan.framework
    if v.level2 not in fw.numeric_keys:
        return None
    return hit(
        f"{v.indicator.level2}{q(v.name)}的指标值{q(v.raw)}是定性档次，该类指标应当给出数值。",
        field="value",
        params={"example": number_example(v)},
    )


M108 = TABLE.rule("M108", _graded_where_number)


def _approximate(v: IndicatorView) -> Hit | None:
    if not any(p.startswith("近似值") for p in v.value.problems):
        return None
    return hit(
        f"指标{q(display(v))}的指标值{q(v.raw)}是约数，没有方向，年终无法判断是否达到。",
        field="value",
    )


M109 = TABLE.rule("M109", _approximate)


# '>=' and '<=' (and their full-width forms) are one sign each, written in two characters
_TWO_CHARACTER_SIGNS = (
    ("＞＝", "≥"), ("＜＝", "≤"), (">=", "≥"), ("<=", "≤"), ("=>", "≥"), ("=<", "≤")
)  # fmt: skip
_SIGN_RUN = re.compile(r"[≥≤≧≦><＞＜=＝](?:\s*[≥≤≧≦><＞＜=＝])+")


def signs_run(text: str) -> bool:
    """``text`` holds two or more comparison signs in a row (M118's trigger, ``sign_run``):
    joining '>=' into '≥' never makes a run where the raw text has none."""
    return _SIGN_RUN.search(text) is not None


def _signs_twice(v: IndicatorView) -> Hit | None:
    text = v.indicator.value or ""
    if not signs_run(text):
        return None
    for written, sign in _TWO_CHARACTER_SIGNS:
        text = text.replace(written, sign)
    run = _SIGN_RUN.search(text)
    if run is None:
        return None
    signs = set(run.group().translate(str.maketrans("≧≦＞＜＝", "≥≤><=", " \t\u3000")))
    contradictory = len(signs) > 1
    what = "方向相互矛盾，达标界限不明" if contradictory else "重复，是笔误"
    return hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}中方向符号“{run.group()}”{what}。",
        field="value",
        params={"signs": run.group()},
    )


M118 = TABLE.rule("M118", _signs_twice)
