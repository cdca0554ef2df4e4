"""资金支出计划 → a cumulative spending curve over the year.

``Project.spend_plan`` holds, per checkpoint (3月底, 6月底, 10月底, 12月底), the
cumulative share of the budget to be spent — as the seeds write it, in percent (25 =
25%). Real tables vary, so the reading is tolerant:

* scale: values up to 1 are fractions (0.25); values above 100 that fit the budget, or
  ending exactly at the budget, are amounts in 万元; anything else is percent;
* keys: the profile's checkpoint labels, or any "N月" label (“7月底”, “7月”);
* empty cells: the curve runs straight between the known points, from 0 at the start of
  the year (a leading empty cell is read as "on the way to the next figure", not as 0);
  with no 12月底 figure the plan is taken to end at 100% — the budget is for the year;
* a decreasing figure (a review error, F103) is raised to the one before it, a figure
  above 100% is read as 100%.

A plan with no figure at all gives no curve; monitoring then compares with 序时进度 only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

ONE = Decimal(1)
ZERO = Decimal(0)
HUNDRED = Decimal(100)
_MONTH = re.compile(r"(\d{1,2})\s*月")


@dataclass(frozen=True, slots=True)
class SpendCurve:
    """Cumulative planned share of the budget (0–1) at month ends, 0 at month 0."""

    points: tuple[tuple[Decimal, Decimal], ...]  # (month, share), months increasing
    stated: tuple[tuple[int, Decimal], ...]  # the checkpoints as written, as shares

    def at(self, month: Decimal) -> Decimal:
        """The planned cumulative share at ``month`` (fractional months interpolate)."""
        months = [m for m, _ in self.points]
        if month <= 0:
            return ZERO
        if month >= months[-1]:
            return self.points[-1][1]
        i = bisect_right(months, month)
        (m0, s0), (m1, s1) = self.points[i - 1], self.points[i]
        return s0 + (s1 - s0) * (month - m0) / (m1 - m0)

    def checkpoint(self, month: Decimal) -> tuple[int, Decimal] | None:
        """The latest stated checkpoint on or before ``month``, and its planned share."""
        passed = [(m, s) for m, s in self.stated if m <= month]
        return passed[-1] if passed else None


def _month_of(key: str, checkpoints: Mapping[str, int]) -> int | None:
    if key in checkpoints:
        return checkpoints[key]
    match = _MONTH.search(key)
    if match and 1 <= int(match.group(1)) <= 12:
        return int(match.group(1))
    return None


def _scale(values: list[Decimal], budget: Decimal | None) -> tuple[Decimal, bool]:
    """(divisor, is_amount): how to turn the written figures into shares."""
    top = max(values)
    if top <= 1:
        return ONE, False
    # Amounts: above 100 yet within the budget, or ending exactly at the budget.
    if (
        budget is not None
        and budget > 0
        and budget != HUNDRED
        and (top == budget or HUNDRED < top <= budget * Decimal("1.05"))
    ):
        return budget, True
    return HUNDRED, False


def spend_curve(
    spend_plan: Mapping[str, Decimal | None],
    budget: Decimal | None,
    checkpoints: Mapping[str, int],
) -> SpendCurve | None:
    """The curve of a project's 资金支出计划, or None when it states nothing."""
    written: dict[int, Decimal] = {}
    for key, value in spend_plan.items():
        month = _month_of(key.strip(), checkpoints)
        if month is not None and value is not None:
            written[month] = value
    if not written:
        return None
    divisor, _ = _scale(list(written.values()), budget)
    stated: list[tuple[int, Decimal]] = []
    running = ZERO
    for month in sorted(written):
        running = max(running, min(ONE, max(ZERO, written[month] / divisor)))
        stated.append((month, running))
    points = [(ZERO, ZERO), *((Decimal(m), s) for m, s in stated)]
    if stated[-1][0] < 12:
        points.append((Decimal(12), max(ONE, stated[-1][1])))
    return SpendCurve(points=tuple(points), stated=tuple(stated))
