"""The project figures a finance bureau reads first, measured against the transcriptions.

Per transcribed project that states it: 预算数 (``budget_total``, 万元), 预算执行率
(``execution_rate``, a fraction) and 自评总分 (``total_score``). Each is *found* when the
imported project holds the same figure within rounding, *wrong* when it holds another
figure (worse than none: a reader trusts it), *missing* when it holds none. The imported
project is the one of the same name (normalised); when the names differ but both sides
hold one project, that one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

FIELDS = ("budget_total", "execution_rate", "total_score")
TITLES = {"budget_total": "预算数", "execution_rate": "执行率", "total_score": "自评总分"}

# Rounding allowed between the transcription and the import: a budget may be written in
# 元 and kept in 万元 to two or four places, so 0.01 万元 or 0.05 % of it, whichever is
# larger; a rate 0.05 percentage points (89.66% transcribed as 0.8966 or 0.897); a score 0.05.
_TOLERANCE: dict[str, Callable[[Decimal], Decimal]] = {
    "budget_total": lambda want: max(Decimal("0.01"), abs(want) * Decimal("0.0005")),
    "execution_rate": lambda want: Decimal("0.0005"),
    "total_score": lambda want: Decimal("0.05"),
}


@dataclass
class FieldCounts:
    """Stated, found and wrong per field; a missing one is stated - found - wrong."""

    stated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    wrong: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)

    def add(self, other: FieldCounts) -> None:
        for name in FIELDS:
            self.stated[name] += other.stated[name]
            self.found[name] += other.found[name]
            self.wrong[name] += other.wrong[name]
        self.misses += other.misses

    @property
    def wrong_total(self) -> int:
        return sum(self.wrong.values())


def same(name: str, want: object, got: object) -> bool:
    """Whether an imported figure is the transcribed one within rounding."""
    expected, have = Decimal(str(want)), Decimal(str(got))
    return abs(expected - have) <= _TOLERANCE[name](expected)


def _partner(
    project: dict[str, Any], want: list[dict[str, Any]], got: list[dict[str, Any]], norm: Any
) -> dict[str, Any] | None:
    name = norm(project.get("name"))
    for candidate in got:
        if norm(candidate.get("name")) == name:
            return candidate
    return got[0] if len(got) == 1 and len(want) == 1 else None


def measure_fields(want: dict[str, Any], got: dict[str, Any], norm: Any) -> FieldCounts:
    """The three figures of every transcribed project compared with the import's."""
    counts = FieldCounts()
    wanted = want.get("projects", [])
    have = got.get("projects", [])
    for project in wanted:
        partner = _partner(project, wanted, have, norm)
        for name in FIELDS:
            value = project.get(name)
            if value is None:
                continue
            counts.stated[name] += 1
            read = None if partner is None else partner.get(name)
            if read is None:
                counts.misses.append((name, str(project.get("name")), value, None))
            elif same(name, value, read):
                counts.found[name] += 1
            else:
                counts.wrong[name] += 1
                counts.misses.append((name, str(project.get("name")), value, read))
    return counts
