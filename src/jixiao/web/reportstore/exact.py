"""Exact figures kept as decimal text: the pages show them as the core computed them."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal


def exact_texts(result: object, names: Iterable[str]) -> dict[str, str | None]:
    """The named Decimal fields of a core result, as text (None stays None)."""
    values = ((name, getattr(result, name)) for name in names)
    return {name: None if value is None else str(value) for name, value in values}


def decimal_or_none(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def float_or_none(value: Decimal | None) -> float | None:
    """For the columns dashboards sort and aggregate on."""
    return None if value is None else float(value)
