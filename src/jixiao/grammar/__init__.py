"""Indicator-value grammar (指标值语法): parse, classify and render a 指标值.

>>> from jixiao.grammar import parse_value
>>> v = parse_value("≤54671.41 元")
>>> v.kind.value, v.direction.value, v.unit, v.money_in_wan, v.canonical
('quantitative', '≤', '元', Decimal('5.467141'), '≤54671.41元')
"""

from jixiao.grammar.units import (
    OBJECT_CLASSIFIERS,
    SPELLINGS,
    UNIT_TABLE,
    UNITS,
    Unit,
    UnitKind,
    canonical_unit,
    lookup_unit,
    to_wan,
    unit_kind,
)
from jixiao.grammar.value import (
    Direction,
    IndicatorValue,
    ValueKind,
    clear_cache,
    normalise,
    parse_value,
    parse_value_full,
    parse_value_uncached,
    render,
)

__all__ = [
    "OBJECT_CLASSIFIERS",
    "SPELLINGS",
    "UNITS",
    "UNIT_TABLE",
    "Direction",
    "IndicatorValue",
    "Unit",
    "UnitKind",
    "ValueKind",
    "canonical_unit",
    "clear_cache",
    "lookup_unit",
    "normalise",
    "parse_value",
    "parse_value_full",
    "parse_value_uncached",
    "render",
    "to_wan",
    "unit_kind",
]
