"""M115's sound-alike names read an ending aloud (a pypinyin call) only when it is one
typed character away from a rate name — a known one of its length, or one written in the
same document — and find exactly the slips the plain reading of every ending found
(branch review-speed-cold-compiled).

The plain form is kept here as it was: every ending of a name that ends in a rate name's
sound read aloud, then looked up among the known rate names' readings and those written in
the document. Hypothesis draws names from rate names with characters swapped for others of
the same reading (率/绿/律, 成/城/程, 盖/概 …) and from a small alphabet around them, so
that slips, near misses, two slips and names written in the document all occur.
"""

from __future__ import annotations

from itertools import compress, repeat

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.content_caches import forget_contents
from jixiao.review.rules.basis import words
from jixiao.review.rules.pinyin_reading import char_reading
from jixiao.review.rules.soundalike import (
    Sound,
    _alike_ends,
    _known,
    _lengths,
    _one_slip,
    _one_slip_from,
    _slip_index,
    sound,
    sound_alikes,
    sounds_alike,
)

# characters read like a rate name's (合格率, 完成率, 覆盖率, 满意度 …) and a few others
_LIKE = "率绿律虑滤成城程承诚格隔革阁盖概钙合和何河度渡杜镀完玩丸标表彪达打及即极时实使用"
_OTHER = "项目资金农村道路的工生产量数"


def _plain(names: list[str]) -> dict[str, str]:
    """``sound_alikes`` as it was: every candidate ending read aloud."""
    names = list(dict.fromkeys(names))
    known, by_sound, endings = _known()
    found: dict[str, str] = {}
    written: dict[tuple[int, Sound], str] | None = None
    for name in names:
        if len(name) < 3 or sound(name[-1])[-1] not in endings:
            continue
        for length in _lengths():
            tail = name[-length:]
            if len(tail) < length or tail in known:
                break
            key = (length, sound(tail))
            right = by_sound.get(key)
            if right is None and key[0] == 3:
                if written is None:
                    rated = compress(names, map(str.endswith, names, repeat("率")))
                    written = {(3, sound(n[-3:])): n[-3:] for n in rated if len(n) >= 3}
                right = written.get(key)
            if right is not None and _one_slip(tail, right) and right not in name:
                found[name] = right
                break
    return found


@st.composite
def _name(draw: st.DrawFn) -> str:
    """A name ending in a rate name with none, one or two characters swapped, or in
    characters drawn from those that sound like a rate name's."""
    prefix = draw(st.text(alphabet=_OTHER + _LIKE, max_size=4))
    if draw(st.booleans()):
        tail = list(draw(st.sampled_from(sorted(words().rate_words))))
        for _ in range(draw(st.integers(0, 2))):
            tail[draw(st.integers(0, len(tail) - 1))] = draw(st.sampled_from(_LIKE))
        return prefix + "".join(tail)
    return prefix + draw(st.text(alphabet=_LIKE, min_size=1, max_size=4))


@st.composite
def _document(draw: st.DrawFn) -> list[str]:
    """Names, some ending in a rate name of the document's own (two characters and 率) or
    in that name with one character swapped for one that sounds alike."""
    own = draw(st.text(alphabet=_LIKE, min_size=2, max_size=2)) + "率"
    names = draw(st.lists(_name(), max_size=6))
    for _ in range(draw(st.integers(0, 3))):
        variant = list(own)
        if draw(st.booleans()):
            variant[draw(st.integers(0, 2))] = draw(st.sampled_from(_LIKE))
        names.insert(
            draw(st.integers(0, len(names))), draw(st.text(_OTHER, max_size=2)) + "".join(variant)
        )
    return names


@settings(max_examples=400, deadline=None)
@given(_document())
def test_the_gate_finds_the_slips_reading_every_ending_found(names: list[str]) -> None:
    forget_contents("jixiao.review")
    assert sound_alikes(names) == _plain(names)


@given(st.text(alphabet=_LIKE[:12], min_size=1, max_size=4), st.lists(st.text(_LIKE[:12])))
def test_one_slip_from_an_index_is_one_slip_from_one_of_its_texts(
    tail: str, texts: list[str]
) -> None:
    index = _slip_index(texts)
    assert _one_slip_from(tail, index) == any(
        len(t) == len(tail) and _one_slip(tail, t) for t in texts
    )


def test_a_slip_of_a_rate_name_is_still_found() -> None:
    """完城率 (完成率 typed with 城) is found; 完成率 itself and a name two slips away
    (玩城率) are not."""
    assert sound_alikes(["项目完城率", "资金完成率", "玩城率"]) == {"项目完城率": "完成率"}


def test_a_slip_of_a_rate_name_written_in_the_document_is_still_found() -> None:
    """隔离绿 beside 隔离率 (no rate name of the lexicon) is found; alone it is not."""
    assert "隔离率" not in words().rate_words
    assert sound_alikes(["人员隔离率", "车辆隔离绿"]) == {"车辆隔离绿": "隔离率"}
    assert sound_alikes(["车辆隔离绿"]) == {}


def test_a_character_alone_reads_as_pypinyin_reads_it() -> None:
    """``char_reading`` (no segmenter) is the one syllable ``sound`` gives every character of
    pypinyin's dictionary, and None exactly where ``sound`` reads it as written."""
    from pypinyin.constants import PINYIN_DICT

    for code in PINYIN_DICT:
        char = chr(code)
        read = char_reading(char)
        assert (read,) == sound(char) if read is not None else sound(char) == (char,), char


def test_the_characters_read_like_an_ending_are_those_sound_reads_so() -> None:
    """``_alike_ends`` (picked out of the dictionaries once) holds exactly the characters of
    the Basic Multilingual Plane and of pypinyin's dictionary whose reading ends like a rate
    name's last character."""
    from pypinyin.constants import PINYIN_DICT

    endings = _known()[2]
    chars = map(chr, {*range(0x10000), *PINYIN_DICT})
    alike = {c for c in chars if sound(c) and sound(c)[-1] in endings}
    forget_contents("jixiao.review")
    assert alike == _alike_ends() and {"率", "绿", "律", "度", "渡"} <= alike


def test_two_characters_sound_alike_as_their_readings_say() -> None:
    for char in "率绿律度渡数量人%a嗯〇 ":
        for other in "率度a":
            assert sounds_alike(char, other) == (sound(char) == sound(other))
