"""The shared alternation of pack words: a pattern built from it matches the longest word
written, whatever order the pack lists them in."""

from __future__ import annotations

import re
from random import Random

from hypothesis import given
from hypothesis import strategies as st

from jixiao.textnorm.alternation import alternation

WORDS = st.lists(st.text(alphabet="预算数全年资金.()|*", min_size=1, max_size=5), min_size=1)


@given(WORDS, st.randoms())
def test_the_longest_word_written_is_matched(words: list[str], random: Random) -> None:
    shuffled = list(words)
    random.shuffle(shuffled)
    pattern = re.compile(alternation(shuffled))
    for word in words:
        match = pattern.match(word)
        assert match is not None  # every word matches itself, metacharacters escaped
        longest = max((w for w in words if word.startswith(w)), key=len)
        assert match.group() == longest


def test_a_budget_label_is_not_cut_short() -> None:
    match = re.match(alternation(["预算", "全年预算数", "预算数"]), "预算数为5万元")
    assert match is not None and match.group() == "预算数"
