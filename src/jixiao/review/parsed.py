"""A parsed 指标值 as the rules read it: the model's fields copied once onto plain slots.

Reading an attribute of a pydantic model costs ~700 machine instructions (the model's
``__getattr__`` keeps the interpreter from specialising the read), and a cold review read
the parsed value's fields some twenty times per indicator. An :class:`IndicatorView`'s
``value`` is a :class:`ParsedValue`, built once per distinct indicator from the model's
``__dict__`` in one C call: the model's fields, read as slots (not its properties, which
no rule reads on a view).
"""

from __future__ import annotations

from decimal import Decimal
from operator import itemgetter

from jixiao.grammar import IndicatorValue
from jixiao.grammar.indicator_value import Direction, ValueKind
from jixiao.grammar.units import UnitKind

_FIELDS = (
    "raw", "kind", "direction", "number", "upper", "unit", "unit_kind", "money_in_wan",
    "canonical", "unparsed", "problems", "levels",
)  # fmt: skip
_READ = itemgetter(*_FIELDS)


class ParsedValue:
    """The fields of one :class:`IndicatorValue` (immutable by contract, as the model is)."""

    __slots__ = _FIELDS

    def __init__(self, value: IndicatorValue) -> None:
        self.raw: str
        self.kind: ValueKind
        self.direction: Direction | None
        self.number: Decimal | None
        self.upper: Decimal | None  # upper end of a range; ``number`` is the lower
        self.unit: str | None
        self.unit_kind: UnitKind | None
        self.money_in_wan: Decimal | None
        self.canonical: str
        self.unparsed: str
        self.problems: tuple[str, ...]
        self.levels: tuple[str, ...]
        (
            self.raw, self.kind, self.direction, self.number, self.upper, self.unit,
            self.unit_kind, self.money_in_wan, self.canonical, self.unparsed, self.problems,
            self.levels,
        ) = _READ(value.__dict__)  # fmt: skip


Value = IndicatorValue | ParsedValue
"""A parsed value as a helper may receive it: the model itself (a value parsed by a rule,
``stated_quantity``) or an indicator view's copy."""
