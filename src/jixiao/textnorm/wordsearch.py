"""Word search (词语检索): one compiled pattern for a list of words, longest first."""

from __future__ import annotations

import re

NEVER = re.compile(r"(?!)")


def alternation(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching any of ``words``, longest first; never matches when empty."""
    if not words:
        return NEVER
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered))
