"""Words wrapped one piece a line right above a row: the row's first cells.

A narrow table cell whose label breaks into lines leaves its pieces each on a line of their
own above the row they belong to: '一级' / '指标' over '二级指标 三级指标 指标值' (金安区残联
2023 目标表), '经济效益' / '指标' over a data row. They are joined two by two and put before
the row's cells. In a table of space-separated rows this is done only for a header (the joined
words and the row's cells all name grid columns): there a short line above the table may as
well be a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.importers.mapping.vocabulary import normalise, vocabulary

_PIECE_MAX = 4  # characters of a wrapped piece ('一级', '指标', '经济效益')
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Wrapped:
    start: int  # the first wrapped line
    at: int  # the row they belong to
    words: list[str]  # the pieces joined two by two


def wrapped_above(lines: Sequence[str], at: int) -> Wrapped | None:
    """The lines right above ``lines[at]`` that are one word wrapped a piece a line (short,
    no digit; an even number of them, two or more), joined two by two; None when there are
    none."""
    start = at
    while start and 0 < len(text := lines[start - 1].strip()) <= _PIECE_MAX:
        if _DIGIT.search(text):
            break
        start -= 1
    if at - start < 2 or (at - start) % 2:
        return None
    above = [line.strip() for line in lines[start:at]]
    return Wrapped(start, at, [above[i] + above[i + 1] for i in range(0, len(above), 2)])


def wrapped_header(lines: Sequence[str], pieces: Sequence[Sequence[str]]) -> Wrapped | None:
    """Words wrapped above the first line that splits into cells (``pieces``, one list per
    line), when they and that line's cells all name grid columns (see the module)."""
    at = next((i for i, cells in enumerate(pieces) if len(cells) > 1), None)
    if at is None:
        return None
    wrapped = wrapped_above(lines, at)
    if wrapped is None or any(len(cells) > 1 for cells in pieces[wrapped.start : at]):
        return None
    words = vocabulary()
    names = [*wrapped.words, *pieces[at]]
    if all(words.role_of(normalise(name)) is not None for name in names):
        return wrapped
    return None
