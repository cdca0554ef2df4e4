"""The regexes of the grammar, built from the unit spellings and the direction words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from jixiao.grammar.indicator_value import Direction
from jixiao.grammar.numerals import CN_NUM, cn_number
from jixiao.grammar.units import (
    spelling_pattern,
)
from jixiao.grammar.vocabulary import INCLUSION, PREFIX_DIRECTIONS, SUFFIX_DIRECTIONS

# --------------------------------------------------------------------------- regexes


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_UNIT: Final = spelling_pattern()
_UNIT_EXPR: Final = rf"(?:{_UNIT}(?:\({_UNIT}\)|(?:[/、]{_UNIT})+等?|等)?)"
_NUMBER: Final = r"(?:[-+]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|[-+]?\.[0-9]+)"
_PREFIX: Final = _alternation(PREFIX_DIRECTIONS)
_SUFFIX: Final = _alternation(SUFFIX_DIRECTIONS)
_INCL: Final = r"\((?:含|不含)\)"

# What a quantity can start with: 每, a direction word, a sign, a point or a digit. Checked
# first, it spares the scan trying every alternative at each character of a long text.
_STARTS: Final = "".join(
    sorted({"每", "+", "-", ".", *"0123456789"} | {w[0] for w in PREFIX_DIRECTIONS})
)
QUANTITY_BODY: Final = rf"""
    (?:每(?P<per0>{_UNIT}))?
    (?P<pre>{_PREFIX})?
    (?:每(?P<per1>{_UNIT}))?
    (?P<num>{_NUMBER})
    (?P<unit>{_UNIT_EXPR})?
    (?:(?P<sep>~|-{{1,2}}|至|到)(?P<num2>{_NUMBER})(?P<unit2>{_UNIT_EXPR})?)?
    (?P<eom>底|末|份)?
    (?P<incl>{_INCL})?
    (?P<post>{_SUFFIX})?
    (?P<incl2>{_INCL})?
    (?P<done>完成)?
    """
QUANTITY: Final = re.compile(rf"(?=[{re.escape(_STARTS)}])" + QUANTITY_BODY, re.VERBOSE)
_PERCENT_WORDS: Final = re.compile(rf"百分之百|百分百|百分之({CN_NUM}|{_NUMBER})")
_CN_QUANTITY: Final = re.compile(
    rf"(?P<head>(?:{_PREFIX})?(?:每{_UNIT})?)(?P<cn>{CN_NUM})"
    rf"(?P<tail>{_UNIT_EXPR}(?:{_SUFFIX})?(?:{_INCL})?)"
)
LEVEL_PREFIX: Final = re.compile(rf"^(?:{_PREFIX})")
LEVEL_SUFFIX: Final = re.compile(rf"(?:{_SUFFIX})(?:{_INCL})?$")
UNIT_SPLIT: Final = re.compile(r"[/、]")
SIMPLE_QUANTITY: Final = re.compile(rf"(?P<pre>[≥≤=><])?(?P<num>{_NUMBER})(?P<unit>{_UNIT})?")
SYMBOL_DIRECTIONS: Final[dict[str, Direction]] = {d.value: d for d in Direction}
SIMPLE_START: Final = frozenset("≥≤=><-+.0123456789")
MAX_SUFFIX: Final = max(len(w) for w in SUFFIX_DIRECTIONS) + max(len(w) for w in INCLUSION)


def arabic_numerals(text: str) -> str:
    """Arabic numerals for 百分之九十 (→ 90%) and a wholly Chinese-numeral quantity (两次 → 2次)."""
    if "百分" in text:
        text = _PERCENT_WORDS.sub(_percent_repl, text)
    m = _CN_QUANTITY.fullmatch(text)
    if m:
        text = m.group("head") + cn_number(m.group("cn")) + m.group("tail")
    return text


def _percent_repl(m: re.Match[str]) -> str:
    number = m.group(1)
    if number is None:
        return "100%"
    return (number if number[0] in "0123456789+-." else cn_number(number)) + "%"
