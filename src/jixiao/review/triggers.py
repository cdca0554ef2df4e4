"""触发条件 (triggers): which content rules can fire on an indicator, decided in one pass.

A content rule declares in its table entry the facts it ``needs`` — conditions without
which its check certainly returns ``None`` (“percent”: the value is a percentage;
“basis_digit”: the basis holds a digit). The engine computes every fact of a distinct
indicator once, as the bits of one integer (:func:`facts_of`), and calls only the rules
whose needs are all there; the others cost nothing. So the work per indicator follows
what its text contains, not how many rules the catalogue holds.

A need is a *necessary* condition, never the rule itself: the check still decides.
``tests/review/test_triggers.py`` proves on every indicator of the seeds, the corpus and
generated ones that a rule whose needs are absent finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from jixiao.review.rules.common import DOWNWARD, PERCENT, is_money, is_satisfaction

if TYPE_CHECKING:
    from jixiao.review.context import IndicatorView

FACTS: tuple[str, ...] = (
    "named",  # the name (三级指标) is written
    "nameless",  # … or it is empty
    "echo",  # written, and the description is empty or repeats it
    "long_name",  # longer than the profile's long_name_chars
    "basis",  # 指标值确定依据 written
    "basisless",  # … or empty
    "basis_digit",  # the basis holds an ASCII digit
    "description_digit",  # the description holds an ASCII digit
    "text_digit",  # the description or the name holds an ASCII digit
    "satisfaction",  # filed as satisfaction, or named so (满意度)
    "bounded_rate",  # named as a rate that cannot exceed 100%
    "percent",  # the value's unit is %
    "percent_spelt",  # the value is written with 百分比
    "money",  # the value is an amount or a money rate (元, 万元, 元/人)
    "unitless",  # the value has no unit
    "single",  # the value has a number and no upper bound
    "directed",  # the value has a comparison sign
    "downward",  # … and it is ≤ or <
    "problems",  # the grammar noted problems in the value
)
_BIT = {name: 1 << i for i, name in enumerate(FACTS)}
_DIGIT = re.compile("[0-9]")


def needs_mask(needs: Iterable[str]) -> int:
    """The bits of the facts ``needs`` names; an unknown name is an error of the table."""
    mask = 0
    for name in needs:
        bit = _BIT.get(name)
        if bit is None:
            raise ValueError(f"未知的触发条件“{name}”（可用：{'、'.join(FACTS)}）")
        mask |= bit
    return mask


def facts_of(v: IndicatorView) -> int:
    """The facts of one indicator, as bits (:data:`FACTS`), each tested once."""
    bit = _BIT
    ind = v.indicator
    value = v.value
    name = v.name
    facts = 0
    if name:
        facts |= bit["named"]
        if v.echo:
            facts |= bit["echo"]
        if len(name) > v.project.plan.profile.thresholds.long_name_chars:
            facts |= bit["long_name"]
    else:
        facts |= bit["nameless"]
    basis = ind.basis
    if basis.strip():
        facts |= bit["basis"]
        if _DIGIT.search(basis):
            facts |= bit["basis_digit"]
    else:
        facts |= bit["basisless"]
    if _DIGIT.search(ind.description):
        facts |= bit["description_digit"] | bit["text_digit"]
    elif _DIGIT.search(name):
        facts |= bit["text_digit"]
    named = v.facts
    if named.satisfaction or is_satisfaction(v):
        facts |= bit["satisfaction"]
    if named.bounded_rate:
        facts |= bit["bounded_rate"]
    unit = value.unit
    if unit is None:
        facts |= bit["unitless"]
    elif unit == PERCENT:
        facts |= bit["percent"]
    if "百分比" in ind.value:
        facts |= bit["percent_spelt"]
    if is_money(value):
        facts |= bit["money"]
    if value.number is not None and value.upper is None:
        facts |= bit["single"]
    if value.direction is not None:
        facts |= bit["directed"]
        if value.direction in DOWNWARD:
            facts |= bit["downward"]
    if value.problems:
        facts |= bit["problems"]
    return facts
