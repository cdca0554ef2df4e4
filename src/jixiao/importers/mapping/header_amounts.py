"""Amounts and rates in a header block's cells: '220', '5.8万', '1,200元', '95.8%'.

Amounts become 万元 by the factor the table states (单位：元) or the unit written with
the figure; a rate is a fraction.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jixiao.importers.mapping.vocabulary import normalise, vocabulary

_AMOUNT = re.compile(r"^-?[\d,]+(?:\.\d+)?(?:万元|元|亿元|万)?$")
_PERCENT = re.compile(r"^(?P<n>-?\d+(?:\.\d+)?)%$")
_MONEY_UNIT = re.compile(r"(?:单位|金额单位|资金)?[(（:：]?\s*(万元|亿元|元)\s*[)）]?$")


def money_factor(text: str) -> Decimal | None:
    """The factor to 万元 a '单位：元' / '(万元)' text states, None when it states none."""
    match = _MONEY_UNIT.search(normalise(text))
    if match is None:
        return None
    return vocabulary().money_units.get(match.group(1))


def amount(text: str, factor: Decimal) -> Decimal | None:
    bare = normalise(text)
    if not _AMOUNT.match(bare):
        return None
    unit = next((u for u in ("亿元", "万元", "元", "万") if bare.endswith(u)), None)
    if unit is not None:
        factor = vocabulary().money_units[unit]
        bare = bare[: -len(unit)]
    try:
        value = Decimal(bare.replace(",", "")) * factor
    except InvalidOperation:
        return None
    return Decimal(int(value)) if value == value.to_integral_value() else value


def fraction(text: str) -> Decimal | None:
    match = _PERCENT.match(normalise(text))
    return Decimal(match.group("n")) / 100 if match else None


def is_figure(text: str) -> bool:
    return amount(text, Decimal(1)) is not None or fraction(text) is not None


def is_dash(text: str) -> bool:
    return normalise(text) in ("—", "-", "/", "——")
