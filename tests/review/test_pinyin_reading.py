"""M115's readings (:mod:`jixiao.review.rules.pinyin_reading`) are pypinyin's own:
``lazy_pinyin(text, style=Style.NORMAL)`` for every character and every phrase its
dictionaries know, and for texts mixing them with characters it has no reading for
(hypothesis). Read off the dictionaries without the converter, a reading costs a cold
review a few look-ups instead of a pypinyin call (branch review-speed-cold-4)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

from jixiao.review.rules.pinyin_reading import reading
from jixiao.review.rules.soundalike import sound


def _pypinyin(text: str) -> tuple[str, ...]:
    return tuple(lazy_pinyin(text, style=Style.NORMAL, errors="default"))


def test_every_character_of_the_dictionary_reads_as_pypinyin_reads_it() -> None:
    differ = [chr(code) for code in PINYIN_DICT if reading(chr(code)) != _pypinyin(chr(code))]
    assert len(PINYIN_DICT) > 40_000 and differ == []


def test_every_phrase_of_the_dictionary_reads_as_pypinyin_reads_it() -> None:
    # a phrase's own readings differ from its characters' first ones (率 in 效率 and 率领)
    assert reading("效率") == ("xiao", "lv") and reading("率领") == ("shuai", "ling")
    differ = [phrase for phrase in PHRASES_DICT if reading(phrase) != _pypinyin(phrase)]
    assert len(PHRASES_DICT) > 40_000 and differ == []


# phrases run together (to be cut otherwise), rate-name characters, and characters without a
# reading (Latin, digits, full-width and ASCII punctuation, spaces)
_PIECES = sorted(PHRASES_DICT)[::97] + list("率绿律成城程格概盖合度完标达及时用不数量人")
_PIECES += ["A", "ab", "12", "%", "，", "（", " ", "　", "〇", "Ⅱ", "ｘ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=5))
def test_texts_of_phrases_characters_and_others_read_as_pypinyin_reads_them(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    assert reading(text) == _pypinyin(text)
    assert sound(text) == _pypinyin(text)
