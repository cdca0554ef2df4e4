"""指标值 (IndicatorValue): what the grammar reads a 指标值 cell into — its kind,
direction, number, unit and canonical form."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from jixiao.grammar.units import (
    UnitKind,
)


class ValueKind(StrEnum):
    """Kind of an indicator value (指标值类型)."""

    QUANTITATIVE = "quantitative"  # 定量
    GRADED = "graded"  # 分级定性
    BINARY = "binary"  # 是否型
    VAGUE = "vague"  # 模糊表述
    TEXT = "text"  # 定性文字
    EMPTY = "empty"  # 空


class Direction(StrEnum):
    """Direction of a target (指标方向); the value is the canonical symbol."""

    GE = "≥"
    LE = "≤"
    EQ = "="
    GT = ">"
    LT = "<"


class IndicatorValue(BaseModel):
    """One parsed 指标值. Immutable; build it with :func:`parse_value`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    raw: str
    kind: ValueKind
    direction: Direction | None = None
    number: Decimal | None = None
    upper: Decimal | None = None  # upper end of a range ("3-5天"); ``number`` is the lower
    unit: str | None = None  # canonical unit ("%", "万元", "元/人", "张/把/套/台等")
    unit_kind: UnitKind | None = None
    money_in_wan: Decimal | None = None  # ``number`` in 万元 when the unit is money
    canonical: str = ""
    unparsed: str = ""
    problems: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()  # GRADED/BINARY: the scale's levels as written

    @property
    def is_measurable(self) -> bool:
        """Measurable (可衡量): a number with a unit, or a graded qualitative value."""
        if self.kind is ValueKind.GRADED:
            return True
        return self.kind is ValueKind.QUANTITATIVE and self.unit is not None

    @property
    def is_range(self) -> bool:
        """A range such as "3-5天" (区间值)."""
        return self.upper is not None
