"""What the money rules share: the family, seed labels, the ceiling directions."""

from __future__ import annotations

from jixiao.grammar import Direction

FAMILY = "money"
CEILINGS = frozenset({Direction.LE, Direction.LT, Direction.EQ, None})
