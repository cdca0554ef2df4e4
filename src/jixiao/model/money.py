"""Numbers in the model: Decimal in Python, plain JSON numbers on the wire."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import PlainSerializer


def _to_json_number(value: Decimal) -> int | float:
    # Integral amounts stay integers ("0", "100"); others become the shortest float.
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Amount = Annotated[
    Decimal, PlainSerializer(_to_json_number, return_type=int | float, when_used="json")
]
"""An amount (万元) or a percentage, exact in Python and a number in JSON."""
