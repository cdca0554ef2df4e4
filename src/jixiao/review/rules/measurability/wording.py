"""M101–M104: a target written as 是/否, a vague phrase, a text or a deadline in words."""

from __future__ import annotations

from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import display, number_example, q

TABLE = rule_table(__name__)


def _binary(v: IndicatorView) -> Hit | None:
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}是“是/否”型表述，"
        "只能回答做没做，衡量不了做到什么程度。",
        field="value",
        params={"example": number_example(v)},
    )


M101 = TABLE.rule("M101", _binary)


def _vague(v: IndicatorView) -> Hit | None:
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}是模糊表述，"
        "没有可以核验的目标值，年终无法判断是否完成。",
        field="value",
        params={"example": number_example(v)},
    )


M102 = TABLE.rule("M102", _vague)


def _text(v: IndicatorView) -> Hit | None:
    if v.level2 == "时效":
        return None  # M104
    return Hit(
        f"指标{q(display(v))}的指标值{q(v.indicator.value)}是一句说明，不是目标值，"
        "无法按完成程度计分。",
        field="value",
        params={"example": number_example(v)},
    )


M103 = TABLE.rule("M103", _text)


def _deadline_text(v: IndicatorView) -> Hit | None:
    if v.level2 != "时效":
        return None
    return Hit(
        f"时效指标{q(v.name)}的指标值{q(v.indicator.value)}写成了文字，"
        "建议写成可直接比对的期限或及时率。",
        field="value",
    )


M104 = TABLE.rule("M104", _deadline_text)
