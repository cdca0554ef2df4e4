"""pypinyin's toneless reading of a text (``lazy_pinyin(text, style=Style.NORMAL)``), read
off pypinyin's own dictionaries without its converter.

A ``lazy_pinyin`` call runs a pipeline of hooks, splits the text by a regex per character,
deep-copies each phrase's readings and converts each syllable by regexes (~40k
instructions for a rate name of three characters). What it returns depends only on the
text and pypinyin's data: the text's runs of characters that have a reading, each cut into
words by pypinyin's own segmenter (forward maximum matching over its phrase dictionary); a
word of the phrase dictionary read as it lists, any other character by the first reading
its character dictionary lists, a character without one as written; each syllable bared of
its tones. That is done here with the same dictionaries and segmenter, and each syllable's
toneless form remembered (:func:`_normal`: the dictionaries' ~1,500 syllables, code data —
no document's text is remembered here). ``tests/review/test_pinyin_reading.py`` compares it
with ``lazy_pinyin`` over every character and every phrase of pypinyin's dictionaries.

A character alone is read by :func:`char_reading` (a few look-ups, no segmenter), and the
characters read as given syllables are picked out of the dictionaries by :func:`chars_reading`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from itertools import compress, repeat
from operator import itemgetter
from typing import Any


@cache
def _pypinyin() -> tuple[dict[int, str], dict[str, list[list[str]]], Any, Callable[..., Any]]:
    """(the character dictionary, the phrase dictionary, the has-a-reading pattern, the
    cutter into words): pypinyin's own objects, loaded on first use (its dictionaries take
    a while)."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.seg import mmseg

    cut = mmseg.seg.cut if PHRASES_DICT else None
    return PINYIN_DICT, PHRASES_DICT, RE_HANS, cut or (lambda text: (text,))


def _styled(syllable: str) -> str:
    """A syllable (or a character without one) as pypinyin's ``Style.NORMAL`` writes it: its
    tones dropped (lǜ → lv)."""
    from pypinyin import Style
    from pypinyin.style import convert

    return str(convert(syllable, Style.NORMAL, True, default=syllable, han=""))


@cache
def _normal(syllable: str) -> str:
    """`_styled` of a syllable of pypinyin's dictionaries, remembered (its data, not a
    document's text)."""
    return _styled(syllable)


def reading(text: str) -> tuple[str, ...]:
    """``tuple(lazy_pinyin(text, style=Style.NORMAL, errors="default"))``."""
    chars, phrases, hans, cut = _pypinyin()
    whole = hans.match(text) is not None  # all of it has a reading (a name): one run
    if whole:
        words: Iterable[str] = cut(text)
    else:
        from pypinyin.seg.simpleseg import seg

        words = seg(text)
    syllables: list[str] = []
    for word in words:
        if not whole and hans.match(word) is None:  # a run without a reading, as written
            if word:
                syllables.append(word)
            continue
        listed = phrases.get(word)
        if listed is not None:
            syllables.extend([_normal(each[0]) for each in listed])
            continue
        for char in word:
            found = chars.get(ord(char))
            syllables.append(_styled(char) if found is None else _normal(found.split(",", 1)[0]))
    return tuple(syllables)


def char_reading(char: str) -> str | None:
    """``reading(char)[0]`` for a character with a reading (one phrase of one word: read as
    the phrase dictionary lists it, else by its first reading), without the segmenter;
    None for a character without one (read as written)."""
    chars, phrases, hans, _ = _pypinyin()
    listed = chars.get(ord(char)) if len(char) == 1 else None
    if listed is None or hans.match(char) is None:
        return None
    phrase = phrases.get(char)
    return _normal(phrase[0][0] if phrase is not None else listed.split(",", 1)[0])


def chars_reading(syllables: frozenset[str]) -> frozenset[str]:
    """Every character whose :func:`char_reading` is one of ``syllables`` (toneless), picked
    out of pypinyin's dictionaries with the loops over their ~42,000 entries in C: only
    the distinct first readings bare of their tones like one of ``syllables`` are read."""
    chars, phrases, _, _ = _pypinyin()
    firsts = list(map(itemgetter(0), map(str.partition, chars.values(), repeat(","))))
    bare = {_bare(syllable) for syllable in syllables}
    toned = frozenset([s for s in set(firsts) if _bare(s) in bare and _normal(s) in syllables])
    found = map(chr, compress(chars.keys(), map(toned.__contains__, firsts)))
    alone = compress(phrases.keys(), map((1).__eq__, map(len, phrases.keys())))
    return frozenset([c for c in {*found, *alone} if char_reading(c) in syllables])


def _bare(syllable: str) -> str:
    """A syllable without tones and umlaut (lǜ, lv → lu): alike in both of pypinyin's forms."""
    decomposed = unicodedata.normalize("NFD", syllable).replace("v", "u")
    return "".join([c for c in decomposed if not unicodedata.combining(c)])
