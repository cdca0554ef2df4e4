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

from jixiao.grammar.indicator_value import IndicatorValue, ValueKind
from jixiao.grammar.patterns import SYMBOL_DIRECTIONS
from jixiao.grammar.quantities import render_quantity
from jixiao.grammar.units import ASSUMED_SPELLINGS, SPELLINGS, UnitKind, to_wan, unit_kind
from jixiao.grammar.vocabulary import QUESTION
from jixiao.model.trusted import trusted_builder

_PLAIN: Final = re.compile(r"([≥≤=><]?)([0-9]+(?:\.[0-9]+)?)(.*)", re.DOTALL)
_LAYOUT: Final = re.compile(r"[\s\\$<>=≥≤~()（）/、等]")


class _Unit(NamedTuple):
    canonical: str | None
    kind: UnitKind | None
    problems: tuple[str, ...]


def _units() -> dict[str, _Unit]:
    """Unit spellings (as written, any case) the fast path reads: one simple unit each,
    already in normal form, with nothing a normaliser or classifier would act on."""
    units = {"": _Unit(None, None, ("缺少计量单位",))}
    for spelling, canonical in SPELLINGS.items():
        if (
            unicodedata.normalize("NFKC", spelling) != spelling
            or _LAYOUT.search(spelling)
            or QUESTION.search(spelling)
            or not spelling.isprintable()
        ):
            continue
        problems = (ASSUMED_SPELLINGS[spelling][1],) if spelling in ASSUMED_SPELLINGS else ()
        units[spelling] = _Unit(canonical, unit_kind(canonical), problems)
    return units


_UNITS: Final = _units()
_build = trusted_builder(IndicatorValue)


def parse_plain(raw: str) -> IndicatorValue | None:
    """The value of a plain “symbol number unit” cell, or ``None`` if it is not one."""
    m = _PLAIN.fullmatch(raw)
    if m is None:
        return None
    pre, digits, spelt = m.groups()
    unit = _UNITS.get(spelt)
    if unit is None:  # a Latin spelling in capitals (“KM”); spellings are kept lower-case
        if not spelt.isascii() or spelt.lower() not in _UNITS:
            return None
        unit = _UNITS[spelt.lower()]
    direction = SYMBOL_DIRECTIONS[pre] if pre else None
    number = Decimal(digits)
    canonical = unit.canonical
    return _build(
        {
            "raw": raw,
            "kind": ValueKind.QUANTITATIVE,
            "direction": direction,
            "number": number,
            "upper": None,
            "unit": canonical,
            "unit_kind": unit.kind,
            "money_in_wan": to_wan(number, canonical) if canonical else None,
            "canonical": render_quantity(direction, number, None, canonical),
            "unparsed": "",
            "problems": unit.problems,
            "levels": (),
        }
    )
