"""What the money rules share: the ceiling directions."""

from __future__ import annotations

from jixiao.grammar import Direction

CEILINGS = frozenset({Direction.LE, Direction.LT, Direction.EQ, None})
