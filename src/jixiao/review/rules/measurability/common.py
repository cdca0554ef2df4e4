"""What the measurability rules share: the family and seed labels."""

from __future__ import annotations

FAMILY = "measurability"
