"""Ideographs no quantity is written with: a cheap lower bound on what a parse leaves.

A quantity (“不少于4次/月”, “≥90%”, “百分之九十以上”) is written with digits, numerals,
unit spellings, direction words and a few joining words. Normalising a text keeps every
CJK unified ideograph as it is, so an ideograph outside that alphabet can only end up in
the ``unparsed`` rest of a quantity parse: :func:`stray_ideographs` counts them without
parsing (``tests/grammar/test_stray.py`` proves the bound with hypothesis). A rule that
wants a quantity with almost nothing else around it skips the parse when there are more.
"""

from __future__ import annotations

import re
from typing import Final

from jixiao.grammar.units import SPELLINGS
from jixiao.grammar.vocabulary import INCLUSION, PREFIX_DIRECTIONS, SUFFIX_DIRECTIONS

# the joining words of the quantity pattern (每, 至/到, 底/末/份, 完成, 等) and what
# arabic_numerals reads as a number (Chinese numerals, 百分之)
_JOINING: Final = "每至到底末份完成等百分之零〇一二两三四五六七八九十百千万亿点"
QUANTITY_IDEOGRAPHS: Final = frozenset(
    "".join([*SPELLINGS, *PREFIX_DIRECTIONS, *SUFFIX_DIRECTIONS, *INCLUSION, _JOINING])
)
# CJK unified ideographs (and extension A): NFKC leaves them unchanged
_RANGES: Final = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))


def _stray_class() -> re.Pattern[str]:
    """A character class of the ideographs in :data:`_RANGES` outside the alphabet."""
    spans: list[str] = []
    for low, high in _RANGES:
        start: int | None = None
        for code in range(low, high + 2):
            inside = code <= high and chr(code) not in QUANTITY_IDEOGRAPHS
            if inside and start is None:
                start = code
            elif not inside and start is not None:
                spans.append(f"{chr(start)}-{chr(code - 1)}" if code - 1 > start else chr(start))
                start = None
    return re.compile("[" + "".join(spans) + "]")


_STRAY: Final = _stray_class()


def stray_ideographs(text: str) -> int:
    """How many ideographs of ``text`` no quantity is written with: a parse of ``text``
    that reads a quantity leaves at least that many characters ``unparsed``."""
    return len(_STRAY.findall(text))
