"""Sound-alike rate names: the slips a pinyin input method makes (合格绿, 覆概率, 完城率 for
合格率, 覆盖率, 完成率). A name's last characters that are not a known rate name but are read
exactly like one (tones aside) and differ from it in one character only are taken for that
rate name mistyped. The rate names are the
lexicon's (``upward_rates`` and ``downward_rates``) and those written in the same document;
readings come from pypinyin, loaded only when a name ends in a sound a rate name ends in.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import compress, repeat

from jixiao.content_caches import content_cache
from jixiao.review.rules.basis import words

Sound = tuple[str, ...]


@content_cache(maxsize=1 << 14)
def sound(text: str) -> Sound:
    """The toneless reading of ``text``, one syllable per character (“合格率” → he ge lv)."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries load on first use

    return tuple(lazy_pinyin(text, style=Style.NORMAL, errors="default"))


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
def _tails(name: str) -> tuple[tuple[tuple[int, Sound], str], ...]:
    """(length and reading, tail) of each ending of ``name`` that may be a mistyped rate
    name, shortest first, up to one that is a known rate name: a pure function of the
    name, remembered per name (most end in no sound a rate name ends in and have none)."""
    known, _, endings = _known()
    if len(name) < 3 or sound(name[-1])[-1] not in endings:
        return ()
    tails = []
    for length in _lengths():
        tail = name[-length:]
        if len(tail) < length or tail in known:
            break  # a known rate name (“不合格率” ends in “合格率”)
        tails.append(((length, sound(tail)), tail))
    return tuple(tails)


@cache
def _lengths() -> tuple[int, ...]:
    return tuple(sorted({len(k) for k in _known()[0]}))


@content_cache(maxsize=1 << 14)
def _written(name: str) -> tuple[tuple[int, Sound], str] | None:
    """((3, reading), ending) of a rate name written in a document, None when shorter than
    three characters: a pure function of the name, remembered per name."""
    return ((3, sound(name[-3:])), name[-3:]) if len(name) >= 3 else None


def sound_alikes(names: Iterable[str]) -> dict[str, str]:
    """Of ``names``, those ending in a sound-alike of a rate name: name → corrected ending."""
    names = list(dict.fromkeys(names))
    every = list(map(_tails, names))
    candidates = list(compress(zip(names, every, strict=True), every))  # those with tails
    if not candidates:
        return {}
    _, by_sound, _ = _known()
    written: dict[tuple[int, Sound], str] | None = None  # made when a reading needs it
    found: dict[str, str] = {}
    for name, tails in candidates:
        for key, tail in tails:
            right = by_sound.get(key)
            if right is None and key[0] == 3:  # the rate names written here are of three
                if written is None:  # (the names ending in 率 picked out in C)
                    rated = compress(names, map(str.endswith, names, repeat("率")))
                    written = dict(filter(None, map(_written, rated)))  # (the last wins)
                right = written.get(key)
            if right is not None and _one_slip(tail, right) and right not in name:
                found[name] = right
                break
    return found
