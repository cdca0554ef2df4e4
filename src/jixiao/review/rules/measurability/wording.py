"""M101–M104: a target written as 是/否, a vague phrase, a text or a deadline in words.

A value the grammar left unread because a comma in its number groups no thousands
('≤1,5万元', '12,3456元') is no sentence: M103 names the comma and the two numbers it may
stand for, at any second level, and M104 leaves such a 时效 value to it.
"""

from __future__ import annotations

import re

from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import display, q
from jixiao.review.rules.worded import worded_check
from jixiao.textnorm.digit_groups import ambiguous_message, readings

TABLE = rule_table(__name__)

# the run of digits an ambiguity problem names: '“1,5”的逗号不是千分位…'
_NAMED_RUN = re.compile("“([\\d,]+)”")


def _ambiguous_run(v: IndicatorView) -> str | None:
    """The digits of ``v``'s value whose comma left it unread, if that is why."""
    for problem in v.value.problems:
        named = _NAMED_RUN.match(problem)
        if named is not None and problem == ambiguous_message(named.group(1)):
            return named.group(1)
    return None


_SAID_AS_TEXT = worded_check(TABLE.entries["M103"]["hit"])


def _text_target(v: IndicatorView) -> Hit | None:
    run = _ambiguous_run(v)
    if run is None:
        return _SAID_AS_TEXT(v)
    decimal, whole = readings(run)
    return hit(
        f"指标{q(display(v))}的指标值{q(v.raw)}中，“{run}”的逗号不是每三位一组的千分位，"
        f"看不出是{decimal}还是{whole}，没有读作数值，无法审核和计分：应写作{decimal}或"
        f"{whole}（小数点用“.”）。",
        field="value",
        params={"example": f"“{v.raw.replace(run, decimal)}”或“{v.raw.replace(run, whole)}”"},
    )


_SAID_AS_DEADLINE = worded_check(TABLE.entries["M104"]["hit"])


def _deadline_in_words(v: IndicatorView) -> Hit | None:
    return None if _ambiguous_run(v) is not None else _SAID_AS_DEADLINE(v)


# worded rules: their tables' ``hit`` entries are the whole check (rules/worded.py)
M101 = TABLE.rule("M101")
M102 = TABLE.rule("M102")
M103 = TABLE.rule("M103", _text_target)
M104 = TABLE.rule("M104", _deadline_in_words)
