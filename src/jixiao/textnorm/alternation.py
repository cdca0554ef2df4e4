"""A regular-expression alternation of literal words, the longest first.

Pack data gives words ('全年预算数', '预算数', '预算'); a pattern built from them must try
the longest first, or '预算' would match where '预算数' is written and leave '数' behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """``word1|word2|…`` escaped, longest first (ties in a fixed order)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
