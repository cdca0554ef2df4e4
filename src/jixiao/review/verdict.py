"""裁定 (Verdict): what a rule said about an indicator's content, before it is placed."""

from __future__ import annotations

from typing import NamedTuple

from jixiao.checks import Criterion, Severity


class Verdict(NamedTuple):
    """A finding without its place: what a rule said about an indicator's content.

    Identical indicators (same levels, name, description and value) get the same verdicts,
    so the engine computes them once and places them wherever the indicator occurs.
    """

    rule: str
    title: str
    severity: Severity
    criterion: Criterion
    field: str | None
    message: str
    suggestion: str
    confidence: float
    pack: str | None  # the pack that registered the rule (name@version)


Placed = tuple[Verdict, dict[str, object], float]
"""A verdict with the values of its findings, their place left for the engine to fill, and
the points each of its findings costs under the profile's grading (weight × confidence)."""
