"""What a parse found (:class:`Fields`) and the :class:`IndicatorValue` built from it."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from jixiao.grammar.indicator_value import Direction, IndicatorValue, ValueKind
from jixiao.grammar.units import (
    to_wan,
    unit_kind,
)
from jixiao.model.trusted import trusted

# --------------------------------------------------------------------------- results


class Fields(NamedTuple):
    kind: ValueKind
    direction: Direction | None = None
    number: Decimal | None = None
    upper: Decimal | None = None
    unit: str | None = None
    canonical: str = ""
    unparsed: str = ""
    problems: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()


def build_value(raw: str, f: Fields) -> IndicatorValue:
    # Built without validation: every field below is typed by the grammar itself, and
    # validating cost a third of a parse (tests/grammar compares with validated values).
    kind_of_unit = unit_kind(f.unit) if f.unit else None
    wan = to_wan(f.number, f.unit) if f.number is not None and f.unit else None
    return trusted(
        IndicatorValue,
        {
            "raw": raw,
            "kind": f.kind,
            "direction": f.direction,
            "number": f.number,
            "upper": f.upper,
            "unit": f.unit,
            "unit_kind": kind_of_unit,
            "money_in_wan": wan,
            "canonical": f.canonical,
            "unparsed": f.unparsed,
            "problems": tuple(dict.fromkeys(f.problems)),
            "levels": tuple(f.levels),
        },
    )
