"""Ideographs no quantity is written with: a cheap lower bound on what a parse leaves.

A quantity (“不少于4次/月”, “≥90%”, “百分之九十以上”) is written with digits, numerals,
unit spellings, direction words and a few joining words. Normalising a text keeps every
CJK unified ideograph as it is, so an ideograph outside that alphabet can only end up in
the ``unparsed`` rest of a quantity parse: :func:`stray_ideographs` counts them without
parsing (``tests/grammar/test_stray.py`` proves the bound with hypothesis). A rule that
wants a quantity with almost nothing else around it skips the parse when there are more.
"""

from __future__ import annotations

from typing import Final

from jixiao.grammar.units import SPELLINGS
from jixiao.grammar.vocabulary import INCLUSION, PREFIX_DIRECTIONS, SUFFIX_DIRECTIONS

# the joining words of the quantity pattern (每, 至/到, 底/末/份, 完成, 等) and what
# arabic_numerals reads as a number (Chinese numerals, 百分之)
_JOINING: Final = "每至到底末份完成等百分之零〇一二两三四五六七八九十百千万亿点"
QUANTITY_IDEOGRAPHS: Final = frozenset(
    "".join([*SPELLINGS, *PREFIX_DIRECTIONS, *SUFFIX_DIRECTIONS, *INCLUSION, _JOINING])
)


def stray_ideographs(text: str) -> int:
    """How many ideographs of ``text`` no quantity is written with: a parse of ``text``
    that reads a quantity leaves at least that many characters ``unparsed``."""
    # CJK unified ideographs and extension A, which NFKC leaves unchanged (a class of
    # them as a regex costs 20 ms to compile: sre builds a bitmap of every code point);
    # tested per character, not dropped by `str.translate` first, whose mapping raises and
    # clears a KeyError for every character it does not hold
    alphabet = QUANTITY_IDEOGRAPHS
    return sum(1 for ch in text if "\u3400" <= ch <= "\u9fff" and ch not in alphabet)
