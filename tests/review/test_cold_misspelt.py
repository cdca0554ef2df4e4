"""M115's confusable names looked up only where one search (mapped over the names in C)
finds a confusable character (branch review-speed-cold-11): the same misspellings as when
every name of a document holding one was looked up. The old form is kept here as the
oracle; hypothesis draws names of rate words, confusable characters (律, 绿 …), the real
words ending in one (纪律) and others."""

from __future__ import annotations

from itertools import compress

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.content_caches import forget_contents
from jixiao.review.rules import integrity
from jixiao.review.rules.basis import words
from jixiao.review.rules.soundalike import sound_alikes


def _misspelt_as_before(names: tuple[str, ...]) -> tuple[tuple[int, str, str, bool], ...]:
    """``integrity._misspelt`` before the gate: every name looked up (a cached call each)."""
    text = "｜".join(dict.fromkeys(names))
    found = []
    some = words().confusable.search(text) is not None
    fixes = list(map(integrity._confusable_fixes, names)) if some else []
    for n in compress(range(len(fixes)), fixes):
        for window, fixed, rate_name in fixes[n]:
            if fixed in text:
                found.append((n, window, fixed, True))
                break
            if rate_name:
                found.append((n, window, fixed, False))
                break
    spelt = {n for n, *_ in found}
    alikes = sound_alikes(names)
    for n, name in enumerate(names):
        alike = alikes.get(name)
        if alike is not None and n not in spelt:
            found.append((n, name[-len(alike) :], alike, alike in text))
    return tuple(sorted(found))


_WRONG = "".join(sorted(words().confusions))
_PARTS = (
    "合格", "完成", "覆盖", "在线", "满意", "纪", "遵守", "法", "人数", "（%）", "率", "度",
    *sorted(words().confusable_words)[:6], *_WRONG,
)  # fmt: skip
_NAMES = st.lists(st.sampled_from(_PARTS), min_size=1, max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMES, max_size=10))
def test_misspelt_as_before(names: list[str]) -> None:
    forget_contents("jixiao.review")
    assert integrity._misspelt(tuple(names)) == _misspelt_as_before(tuple(names))


def test_misspelt_found_by_both() -> None:
    names = ("项目完成率", "设备合格律", "遵守纪律", "在线律", "培训人数")
    found = integrity._misspelt(names)
    assert found == _misspelt_as_before(names)
    assert [n for n, *_ in found] == [1, 3]
