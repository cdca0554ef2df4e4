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


# A nibble as a character that sorts the same under every collation: digits, then
# lower-case letters, all alphanumeric (a locale's collation may skip punctuation and
# fold case, so a key of other characters would not sort the same in PostgreSQL).
_NIBBLES = "123456789abcdefg"
_END = "0"  # ends a piece: a shorter piece sorts before a longer one it begins
_LONGEST = 255  # digits of a number's value the key keeps count of (two nibbles)


def _spelled(text: str) -> str:
    return "".join(_NIBBLES[b >> 4] + _NIBBLES[b & 15] for b in text.encode()) + _END


def natural_text(name: str) -> str:
    """:func:`natural_key` as text for a database column to sort on: the same order in
    SQLite's BINARY and PostgreSQL's C or a locale's collation (the lists sorted the names
    as text — 「样本28」 before 「样本3」 — and in another order on each database).

    Each number: ``1``, how many digits its value has, the digits (``1``–``a`` for 0–9) and
    its spelling; each text: ``2`` and its UTF-8 bytes, two nibbles each, then ``0``.
    """
    parts: list[str] = []
    for index, piece in enumerate(_NUMBER.split(name)):
        if index % 2:
            value = str(int(piece))[:_LONGEST]
            length = len(value)
            digits = "".join(_NIBBLES[int(d)] for d in value)
            parts.append(f"1{_NIBBLES[length >> 4]}{_NIBBLES[length & 15]}{digits}")
            parts.append(_spelled(piece))
        elif piece:
            parts.append("2" + _spelled(piece))
    return "".join(parts)
