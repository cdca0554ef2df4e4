"""对齐 (alignment): which item of the old list is which item of the new list.

Items are paired by an exact key first (项目编码, the three indicator levels …), in order
when a key repeats; the rest by similarity above a threshold, the most similar pairs first,
so a renamed row is one *changed* item and not a removal plus an addition. Of the pairs,
those outside a longest run kept in the same relative order are *moved*: swapping two
neighbours moves one item, not every item after it. (Quadratic in the number of pairs,
which is at most a few hundred projects or indicators of one project.)
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Alignment:
    """Pairs (old index, new index) in new order; unpaired indices; pairs out of order."""

    pairs: list[tuple[int, int]]
    removed: list[int]
    added: list[int]
    moved: frozenset[tuple[int, int]]


def _stable_pairs(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """A longest set of pairs (sorted by new index) whose old indices also increase; among
    the longest, the one keeping most items at their index (reversing A B C keeps B)."""
    best: list[tuple[int, int]] = []  # (length, items at their index) of a run ending here
    previous: list[int] = []
    for k, (old, new) in enumerate(pairs):
        score, before = (1, int(old == new)), -1
        for p in range(k):
            if pairs[p][0] < old:
                candidate = (best[p][0] + 1, best[p][1] + int(old == new))
                if candidate > score:
                    score, before = candidate, p
        best.append(score)
        previous.append(before)
    kept: set[tuple[int, int]] = set()
    position = max(range(len(pairs)), key=lambda k: best[k], default=-1)
    while position >= 0:
        kept.add(pairs[position])
        position = previous[position]
    return kept


def align(
    old: Sequence[T],
    new: Sequence[T],
    key: Callable[[T], Hashable],
    similarity: Callable[[T, T, int, int], float],
    threshold: float,
) -> Alignment:
    """Pair ``old`` and ``new`` items: same ``key`` first, then ``similarity`` (given both
    items and their indices) of at least ``threshold``."""
    waiting: dict[Hashable, deque[int]] = defaultdict(deque)
    for j, item in enumerate(new):
        waiting[key(item)].append(j)
    pairs: list[tuple[int, int]] = []
    left_old: list[int] = []
    for i, item in enumerate(old):
        queue = waiting.get(key(item))
        if queue:
            pairs.append((i, queue.popleft()))
        else:
            left_old.append(i)
    paired_new = {j for _, j in pairs}
    left_new = [j for j in range(len(new)) if j not in paired_new]
    candidates = [
        (score, i, j)
        for i in left_old
        for j in left_new
        if (score := similarity(old[i], new[j], i, j)) >= threshold
    ]
    # Most similar first; among equals the nearest positions, then document order.
    candidates.sort(key=lambda c: (-c[0], abs(c[1] - c[2]), c[1], c[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, i, j in candidates:
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    pairs.sort(key=lambda p: p[1])
    stable = _stable_pairs(pairs)
    return Alignment(
        pairs=pairs,
        removed=[i for i in left_old if i not in used_old],
        added=[j for j in left_new if j not in used_new],
        moved=frozenset(p for p in pairs if p not in stable),
    )
