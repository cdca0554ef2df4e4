"""The cheap tests that stand before a regular-expression search or a `str` method on the
review's cold path decide exactly as the search itself (branch review-speed-cold-c).

Each gate skips a search where it cannot match — a text of letters holds no ASCII digit, a
name that ends in no bracket holds no trailing note, a value without 月 or a separator holds
no date, a printable text without a space has no whitespace to collapse — so a wrong gate
would silently change what the review finds. Hypothesis draws texts from the characters the
patterns read (brackets, digits, signs, whitespace of every kind, CJK) and compares each
gated form with the plain search.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from jixiao.grammar.stray import QUANTITY_IDEOGRAPHS, stray_ideographs
from jixiao.grammar.value import _dated
from jixiao.grammar.vocabulary import DATE
from jixiao.review.rules import integrity, output_levels
from jixiao.review.rules.common import q
from jixiao.textnorm import value_text

# what the patterns read, with every kind of whitespace and a few ordinary characters
_ALPHABET = (
    "0123456789.-/%％*＊()（）月年日号底末率人数次分 \t\n\u3000\xa0\u2028\x85"
    "≥≤≧⩾−—〜【】〈〉资金完成万亿百一二十满意度Xx×"
)
_TEXTS = st.text(alphabet=_ALPHABET, max_size=24) | st.text(max_size=12)


@given(_TEXTS)
def test_letters_hold_no_digit(text: str) -> None:
    """triggers: ``not text.isalpha() and digit.search(text)`` decides as the search."""
    digit = re.compile("[0-9]")
    assert bool(not text.isalpha() and digit.search(text)) == bool(digit.search(text))


@given(_TEXTS)
def test_trailing_note_only_after_a_bracket(text: str) -> None:
    """integrity: a name that does not end in ``_NOTE_ENDS`` has no trailing note."""
    if not text.endswith(integrity._NOTE_ENDS):
        assert integrity._TRAILING_NOTE.sub("", text) == text


@given(_TEXTS)
def test_tail_only_after_its_last_characters(text: str) -> None:
    """output_levels: a name whose last character is no tail's has no tail to cut."""
    if not (text and (text[-1] in output_levels._TAIL_ENDS or text[-1].isspace())):
        assert output_levels._TAIL.sub("", text) == text


@given(_TEXTS)
def test_dated_as_the_date_search(text: str) -> None:
    """grammar: :func:`_dated` decides as ``DATE.search``."""
    assert _dated(text) == (DATE.search(text) is not None)


@given(_TEXTS)
def test_symbols_translated_only_where_one_is(text: str) -> None:
    """textnorm: a text without a character of the symbol table is unchanged by it."""
    if value_text._SYMBOL_CHARS.search(text) is None:
        assert text.translate(value_text._SYMBOLS) == text


@given(_TEXTS)
def test_stray_ideographs_as_dropped_by_translate(text: str) -> None:
    """stray: the count per character equals the count after dropping the alphabet."""
    dropped = text.translate(dict.fromkeys(map(ord, QUANTITY_IDEOGRAPHS)))
    assert stray_ideographs(text) == sum(1 for ch in dropped if "\u3400" <= ch <= "\u9fff")


@given(_TEXTS, st.integers(min_value=2, max_value=40))
def test_quote_collapses_whitespace_as_split_and_join(text: str, limit: int) -> None:
    """common.q: skipping split and join on a printable text without a space changes
    nothing (every whitespace character but the space is unprintable)."""
    collapsed = " ".join(text.split())
    if len(collapsed) > limit:
        collapsed = collapsed[: limit - 1] + "…"
    assert q(text, limit) == f"“{collapsed}”"


@given(st.text(alphabet=_ALPHABET + "，（）：；！？～\u0301\u0308\u20dd\u3099ｶﾞＡ①", max_size=24))
def test_wide_forms_folded_before_nfkc(text: str) -> None:
    """textnorm: folding the commonest full-width forms to NFKC's mapping of each first
    leaves NFKC's result unchanged (combining marks after them included)."""
    folded = text
    for wide, narrow in value_text._WIDE:
        folded = folded.replace(wide, narrow)
    assert unicodedata.normalize("NFKC", folded) == unicodedata.normalize("NFKC", text)
