"""A fast path for the commonest 指标值 shapes: “≥95%”, “=3个”, “≤20万元”, “384台”.

Most cells are a direction symbol, a plain number and one unit spelling, already in
normal form. For those, normalising, classifying and matching the general quantity
pattern cost several times the value itself; :func:`parse_plain` reads them directly
and gives exactly what the full parser gives (``tests/grammar/test_fast_path.py`` proves
it with hypothesis), or ``None`` for anything else, which the full parser then reads.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Final, NamedTuple

from jixiao.content_caches import content_table
from jixiao.grammar.indicator_value import IndicatorValue, ValueKind
from jixiao.grammar.numerals import format_number
from jixiao.grammar.patterns import SYMBOL_DIRECTIONS
from jixiao.grammar.quantities import unit_expression
from jixiao.grammar.units import ASSUMED_SPELLINGS, SPELLINGS, UnitKind, to_wan, unit_kind
from jixiao.grammar.vocabulary import QUESTION
from jixiao.model.trusted import trusted_builder

_PLAIN: Final = re.compile(r"([≥≤=><]?)([0-9]+(?:\.[0-9]+)?)(.*)", re.DOTALL)
_LAYOUT: Final = re.compile(r"[\s\\$<>=≥≤~()（）/、等]")


class _Unit(NamedTuple):
    canonical: str | None
    kind: UnitKind | None
    problems: tuple[str, ...]
    shown: str  # the canonical unit as the canonical value ends with ("" for none)
    money: bool  # an amount of money, converted to 万元


def _units() -> dict[str, _Unit]:
    """Unit spellings (as written, any case) the fast path reads: one simple unit each,
    already in normal form, with nothing a normaliser or classifier would act on."""
    units = {"": _Unit(None, None, ("缺少计量单位",), "", False)}
    for spelling, canonical in SPELLINGS.items():
        if (
            unicodedata.normalize("NFKC", spelling) != spelling
            or _LAYOUT.search(spelling)
            or QUESTION.search(spelling)
            or not spelling.isprintable()
        ):
            continue
        problems = (ASSUMED_SPELLINGS[spelling][1],) if spelling in ASSUMED_SPELLINGS else ()
        kind = unit_kind(canonical)
        units[spelling] = _Unit(canonical, kind, problems, canonical, kind is UnitKind.MONEY)
    return units


_UNITS: Final = _units()
_RATES: dict[str, _Unit | None] = content_table(f"{__name__}._RATES", {})


def _rate(spelt: str) -> _Unit | None:
    """A rate of plain spellings (“元/人”, “次/月”, “元/平米/天”) as the unit expression of
    the full grammar reads it, or ``None`` when a part is not one (remembered per text)."""
    if spelt in _RATES:
        return _RATES[spelt]
    if len(_RATES) >= 4096:
        _RATES.clear()
    found = None
    if all(part and part in _UNITS for part in spelt.split("/")):
        canonical, problems = unit_expression(spelt)
        kind = unit_kind(canonical)
        unique = tuple(dict.fromkeys(problems))  # as build_value keeps them
        found = _Unit(canonical, kind, unique, canonical, kind is UnitKind.MONEY)
    _RATES[spelt] = found
    return found


_build = trusted_builder(IndicatorValue)


def parse_plain(raw: str) -> IndicatorValue | None:
    """The value of a plain “symbol number unit” cell, or ``None`` if it is not one."""
    m = _PLAIN.fullmatch(raw)
    if m is None:
        return None
    pre, digits, spelt = m.groups()
    unit = _UNITS.get(spelt)
    if unit is None:  # a Latin spelling in capitals (“KM”); spellings are kept lower-case
        if "/" in spelt:
            unit = _rate(spelt)
        elif spelt.isascii() and spelt.lower() in _UNITS:
            unit = _UNITS[spelt.lower()]
        if unit is None:
            return None
    direction = SYMBOL_DIRECTIONS[pre] if pre else None
    number = Decimal(digits)
    canonical = unit.canonical
    # digits without a point or a leading zero are already as format_number writes them,
    # and the symbol is the direction's canonical one: render_quantity's result, cheaper
    plain = "." not in digits and (digits[0] != "0" or len(digits) == 1)
    shown = digits if plain else format_number(number)
    return _build(
        {
            "raw": raw,
            "kind": ValueKind.QUANTITATIVE,
            "direction": direction,
            "number": number,
            "upper": None,
            "unit": canonical,
            "unit_kind": unit.kind,
            "money_in_wan": to_wan(number, canonical) if unit.money and canonical else None,
            "canonical": pre + shown + unit.shown,
            "unparsed": "",
            "problems": unit.problems,
            "levels": (),
        }
    )
