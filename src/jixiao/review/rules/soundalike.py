"""Sound-alike rate names: the slips a pinyin input method makes (合格绿, 覆概率, 完城率 for
合格率, 覆盖率, 完成率). A name's last characters that are not a known rate name but are read
exactly like one (tones aside) and differ from it in one character only are taken for that
rate name mistyped. The rate names are the
lexicon's (``upward_rates`` and ``downward_rates``) and those written in the same document;
readings are pypinyin's (read off its dictionaries: :mod:`.pinyin_reading`; a character alone
from its table), asked of an ending only when the name's last character reads like a rate
name's and the ending is one character away from a rate name (most endings are no slip of
any rate name).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import compress, repeat

from jixiao.content_caches import content_cache
from jixiao.review.rules.basis import words
from jixiao.review.rules.pinyin_reading import char_reading, chars_reading, reading

Sound = tuple[str, ...]


@content_cache(maxsize=1 << 14)
def sound(text: str) -> Sound:
    """The toneless reading of ``text``, one syllable per character (“合格率” → he ge lv)."""
    return reading(text)


@cache
def _known() -> tuple[frozenset[str], dict[tuple[int, Sound], str], frozenset[str]]:
    """(rate names, rate name by length and reading, the readings they end with)."""
    names = words().rate_words
    by_sound: dict[tuple[int, Sound], str] = {}
    for name in names:
        by_sound.setdefault((len(name), sound(name)), name)
    endings = frozenset(sound(name)[-1] for name in names)
    return frozenset(names), by_sound, endings


def _one_slip(tail: str, right: str) -> bool:
    """Exactly one character typed wrong: 控制率 and 空置率 sound alike but are two words."""
    return sum(a != b for a, b in zip(tail, right, strict=True)) == 1


@content_cache(maxsize=1 << 14)
def _tails(name: str) -> tuple[tuple[str, bool], ...]:
    """Each ending of ``name`` that may be a mistyped rate name, shortest first, up to one
    that is a known rate name, with whether it is one typed character from a known one: a
    pure function of the name, remembered per name (most end in no sound a rate name ends
    in and have none). An ending one slip from no known rate name can still be one from a
    rate name the document writes, which are of three characters: longer ones are left out."""
    known = _known()[0]
    if len(name) < 3 or not _ends_alike(name[-1]):
        return ()
    tails = []
    for length in _lengths():
        tail = name[-length:]
        if len(tail) < length or tail in known:
            break  # a known rate name (“不合格率” ends in “合格率”)
        near = _one_slip_from(tail, _known_slips())
        if near or length == 3:
            tails.append((tail, near))
    return tuple(tails)


def _ends_alike(char: str) -> bool:
    """``char`` reads like the last character of a rate name (“”: no character)."""
    return char in _alike_ends()


@cache
def _alike_ends() -> frozenset[str]:
    """The characters read like a rate name's last character: pypinyin's data, picked out
    once (a character without a reading reads as written, never as a syllable of two
    letters or more: ``tests/review/test_soundalike_gate.py`` checks every one)."""
    return chars_reading(_known()[2])


def sounds_alike(char: str, other: str) -> bool:
    """``sound(char) == sound(other)`` for two characters: read without the segmenter where
    both have a reading (:func:`char_reading`)."""
    mine, theirs = char_reading(char), char_reading(other)
    if mine is not None and theirs is not None:
        return mine == theirs
    return sound(char) == sound(other)


Slips = dict[str, set[str]]


def _slip_index(texts: Iterable[str]) -> Slips:
    """``texts`` by each of their forms with one character blanked: two texts of one length
    one slip apart share the form blanked where they differ, and only such texts do."""
    index: Slips = {}
    for text in texts:
        for i in range(len(text)):
            index.setdefault(f"{text[:i]}\0{text[i + 1 :]}", set()).add(text)
    return index


def _one_slip_from(tail: str, index: Slips) -> bool:
    """Whether a text of ``index`` is one typed character away from ``tail``
    (:func:`_one_slip`), found without reading either aloud."""
    for i in range(len(tail)):
        near = index.get(f"{tail[:i]}\0{tail[i + 1 :]}")
        if near is not None and (len(near) > 1 or tail not in near):
            return True
    return False


@cache
def _known_slips() -> Slips:
    return _slip_index(_known()[0])


@cache
def _lengths() -> tuple[int, ...]:
    return tuple(sorted({len(k) for k in _known()[0]}))


@content_cache(maxsize=1 << 14)
def _written(name: str) -> tuple[tuple[int, Sound], str] | None:
    """((3, reading), ending) of a rate name written in a document, None when shorter than
    three characters: a pure function of the name, remembered per name."""
    return ((3, sound(name[-3:])), name[-3:]) if len(name) >= 3 else None


def _rate_endings(names: list[str]) -> tuple[list[str], Slips]:
    """The names ending in 率 (picked out in C) and their endings of three characters by
    each form with one character blanked (:func:`_slip_index`)."""
    rated = list(compress(names, map(str.endswith, names, repeat("率"))))
    return rated, _slip_index(n[-3:] for n in rated if len(n) >= 3)


def sound_alikes(names: Iterable[str]) -> dict[str, str]:
    """Of ``names``, those ending in a sound-alike of a rate name: name → corrected ending."""
    names = list(dict.fromkeys(names))
    # a name's tails need its last character to read like a rate name's: that is asked
    # once per distinct last character, not once per name (most end in 数, 量, 人 …)
    alike = _alike_ends().intersection([name[-1:] for name in names])
    names_alike = [name for name in names if name[-1:] in alike]
    every = list(map(_tails, names_alike))
    candidates = list(compress(zip(names_alike, every, strict=True), every))  # with tails
    if not candidates:
        return {}
    _, by_sound, _ = _known()
    rated: tuple[list[str], Slips] | None = None  # made when a tail of three needs them
    written: dict[tuple[int, Sound], str] | None = None  # made when a reading needs it
    found: dict[str, str] = {}
    for name, tails in candidates:
        for tail, near_known in tails:
            # a hit is a rate name one slip from the tail: a known one of its length or,
            # for three characters, one written here; a tail one slip from none is passed
            # over unread (the same hits: _one_slip would refuse every candidate)
            near_written: bool | None = None  # one slip from a rate name written here
            if not near_known:
                rated = rated or _rate_endings(names)
                near_written = _one_slip_from(tail, rated[1])
                if not near_written:
                    continue
            key = (len(tail), sound(tail))
            right = by_sound.get(key)
            if right is None and key[0] == 3:  # the rate names written here are of three
                # the one read like the tail is one of the endings: when none is one slip
                # from the tail there is no hit, and the endings are not read aloud
                if near_written is None:
                    rated = rated or _rate_endings(names)
                    near_written = _one_slip_from(tail, rated[1])
                if not near_written:
                    continue
                rated = rated or _rate_endings(names)
                if written is None:
                    written = dict(filter(None, map(_written, rated[0])))  # (the last wins)
                right = written.get(key)
            if right is not None and _one_slip(tail, right) and right not in name:
                found[name] = right
                break
    return found
