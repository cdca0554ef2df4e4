"""计分方法: each way an indicator (or the 预算执行率) earns its points, as a named unit.

A method turns a comparison into a *share* of the indicator's weight (0–1); the engine
multiplies by the weight and rounds. Every method carries its criterion in words and
worked examples (data: ``methods.json`` beside this module), which the tests score through
the engine and ``docs/evaluation.md`` prints. Which "≤" method applies is the profile's ``le_rule``.

The methods are registered by the packs (hook ``scoring_methods``; :data:`METHODS` are the
built-in pack's): :func:`scoring_method` gives the one in effect for an id, a later pack's
method of the same id replacing the built-in one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from jixiao import packs

ONE = Decimal(1)
ZERO = Decimal(0)

ShareFunction = Callable[[Decimal, Decimal, Decimal | None], Decimal]
"""(actual, target, upper end of a range or None) → share of the weight, 0–1."""


@dataclass(frozen=True, slots=True)
class WorkedExample:
    """目标值, 实际完成值 and 分值 as written, and the score the method must give."""

    target: str
    actual: str
    weight: str
    score: str
    profile: str = "hebei-county"
    note: str = ""


@dataclass(frozen=True, slots=True)
class ScoringMethod:
    """A scoring method: id, title, criterion in words, share function, examples."""

    id: str
    title: str
    criterion: str
    share: ShareFunction | None
    examples: tuple[WorkedExample, ...]


@cache
def _entries() -> dict[str, dict[str, Any]]:
    """The methods' words and worked examples, kept as data beside this module."""
    raw = resources.files("jixiao.scoring").joinpath("methods.json").read_text(encoding="utf-8")
    return {entry["id"]: entry for entry in json.loads(raw)["methods"]}


def _method(method_id: str, share: ShareFunction | None) -> ScoringMethod:
    """Method ``method_id`` of methods.json with its share function (None: the engine
    scores it itself — 定性 grades, the 预算执行率)."""
    entry = _entries()[method_id]
    examples = tuple(WorkedExample(**example) for example in entry["examples"])
    return ScoringMethod(method_id, entry["title"], entry["criterion"], share, examples)


def _clamp(value: Decimal) -> Decimal:
    return min(ONE, max(ZERO, value))


def _at_least(actual: Decimal, target: Decimal, _upper: Decimal | None = None) -> Decimal:
    if actual >= target:
        return ONE
    return _clamp(actual / target) if target > 0 else ZERO


def _linear_ceiling(actual: Decimal, target: Decimal, _upper: Decimal | None = None) -> Decimal:
    if actual <= target:
        return ONE
    return _clamp((2 * target - actual) / target) if target > 0 else ZERO


def _inverse_ceiling(actual: Decimal, target: Decimal, _upper: Decimal | None = None) -> Decimal:
    if actual <= target:
        return ONE
    return _clamp(target / actual) if target > 0 and actual > 0 else ZERO


GE_RATIO = _method("ge_ratio", _at_least)
EQ_RATIO = _method("eq_ratio", _at_least)
LE_LINEAR = _method("le_linear", _linear_ceiling)
LE_INVERSE = _method("le_inverse", _inverse_ceiling)


def _within(actual: Decimal, lower: Decimal, upper: Decimal | None) -> Decimal:
    if actual < lower:
        return _at_least(actual, lower)
    if upper is not None and actual > upper:
        return _linear_ceiling(actual, upper)
    return ONE


RANGE = _method("range", _within)

QUALITATIVE = _method("qualitative", None)

EXECUTION_RATE = _method("execution_rate", None)

METHODS: tuple[ScoringMethod, ...] = (
    GE_RATIO,
    EQ_RATIO,
    LE_LINEAR,
    LE_INVERSE,
    RANGE,
    QUALITATIVE,
    EXECUTION_RATE,
)
METHODS_BY_ID = {m.id: m for m in METHODS}


@cache
def scoring_methods() -> dict[str, ScoringMethod]:
    """The scoring methods in effect, by id (the packs' order: a later pack's replaces)."""
    return {m.id: m for m in packs.contributed("scoring_methods", ScoringMethod)}


def scoring_method(method_id: str) -> ScoringMethod:
    """The method in effect for ``method_id`` (KeyError if no pack registers it)."""
    return scoring_methods()[method_id]
