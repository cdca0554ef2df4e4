"""Names in the order a person reads them: 样本3 before 样本28 (numbers by value).

Every list and dashboard that orders units or departments by name sorts with
:func:`natural_key`; as text, 「样本28」 came before 「样本3」 because "2" < "3".
"""

from __future__ import annotations

import re

# any decimal digits, full-width (０-９) included: int() reads them all by value
_NUMBER = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[int, int, str], ...]:
    """A sort key of ``name``: its runs of digits by value, the text between as text.

    Each part is (kind, number, text) so a number and a text never compare with each
    other by type; at equal value the shorter spelling (3 before 03) comes first.
    """
    parts: list[tuple[int, int, str]] = []
    for index, piece in enumerate(_NUMBER.split(name)):
        if index % 2:  # split() with a group puts the numbers at the odd places
            parts.append((0, int(piece), piece))
        elif piece:
            parts.append((1, 0, piece))
    return tuple(parts)
