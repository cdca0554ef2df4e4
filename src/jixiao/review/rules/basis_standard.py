"""B106: a cost ceiling above the spending standard (预算支出标准) its own basis states.

The domain reference (§4) names 预算支出标准 among the sources of a target value and says
a cost ceiling must not exceed it: a basis “按每人每年400元的标准” under “≤500元/人” means
the target or the standard is wrong. Each amount of the basis is read by the value
grammar (“每人400元” is 400 元/人); only amounts in the ceiling's own unit are compared, so
a basis quoting the project total under a per-person ceiling says nothing here."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.grammar import IndicatorValue, UnitKind, parse_value
from jixiao.review.context import IndicatorView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import DOWNWARD, amount, is_money, q

TABLE = rule_table(__name__)

# An amount of the basis with what it is counted per: “400元/人”, “每人每年400元”, “2.5万元”.
_AMOUNT = re.compile(
    r"(?:每[^\s0-9，。；、,;:：（）()]{1,6})?[0-9]+(?:\.[0-9]+)?\s*(?:万元|元)"
    r"(?:\s*[/／每][^\s0-9，。；、,;:：（）()]{1,6}){0,2}"
)
# The basis applies a rule (标准, 定额, 按…测算); a past figure (上年实际380元/人) is a
# historical standard the target may exceed.
_STANDARD = re.compile(
    "标准|定额|限额|最高|上限|不超过|不得超过|不高于|规定|办法|补助|按|依据|根据"
)
_HISTORY = re.compile("上年|去年|上一年|历史|实际|平均|以往|往年|近三年")
_TO_YUAN = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
_TOLERANCE = Decimal("1.005")  # rounding, not a higher ceiling


def _in_yuan(value: IndicatorValue) -> tuple[Decimal, str] | None:
    """(amount in 元, what it is counted per: '' for a sum of money)."""
    unit, number = value.unit, value.number
    if unit is None or number is None:
        return None
    money, _, per = unit.partition("/")
    scale = _TO_YUAN.get(money)
    return None if scale is None else (number * scale, per)


def _same_base(stated: str, per: str) -> bool:
    """Counted per the same thing: “人” and “人/年” are (每人每年 reads as 元/人)."""
    if stated == per:
        return True
    if not stated or not per:
        return False
    shorter, longer = sorted((stated, per), key=len)
    return longer.startswith(shorter + "/")


def _standards(basis: str, per: str) -> list[Decimal]:
    found = []
    for match in _AMOUNT.finditer(basis):
        read = _in_yuan(parse_value(match.group(0)))
        if read is not None and _same_base(read[1], per):
            found.append(read[0])
    return found


def _above_standard(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.direction not in DOWNWARD or not is_money(value) or value.upper is not None:
        return None
    basis = v.basis
    if _STANDARD.search(basis) is None or _HISTORY.search(basis) is not None:
        return None
    ceiling = _in_yuan(value)
    if ceiling is None or (value.unit_kind is not UnitKind.MONEY and not ceiling[1]):
        return None
    standards = _standards(basis, ceiling[1])
    if not standards or ceiling[0] <= max(standards) * _TOLERANCE:
        return None
    highest = max(standards)
    shown = f"{amount(highest / (ceiling[0] / value.number))}{value.unit}" if value.number else ""
    return hit(
        f"成本指标{q(v.name)}的上限{q(v.raw)}高于指标值确定依据"
        f"{q(basis, 50)}所列的支出标准（{shown}）：成本上限不能超过预算支出标准。",
        field="value",
        params={"standard": shown},
    )


B106 = TABLE.rule("B106", _above_standard)

RULES = (B106,)
