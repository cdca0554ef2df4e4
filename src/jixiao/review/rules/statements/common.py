"""What the statement rules share: their thresholds."""

from __future__ import annotations

NEAR = 88.0  # rapidfuzz ratio from which two names are near-duplicates
OVERLAP = 0.6  # share of indicator names two projects have in common
