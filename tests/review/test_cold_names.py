"""A name's facts gated by one search of every word they ask for give exactly what the
searches gave (branch review-speed-cold-9).

``_named`` first searches the name for any word of the satisfaction, rate and count lists
at once; where that finds nothing, it answers without their three searches. The old
function (below, the oracle) runs every search on every name; hypothesis draws names from
the lists' own words, the not-bounded words, their pieces and other characters, and every
name of the seeds and the import corpus is compared too.
"""

from __future__ import annotations

import json
from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from jixiao.review.context import _FACTS, NameFacts, _named, squeeze
from jixiao.review.lexicon import Lexicon, load_lexicon
from tests.review.conftest import corpus_plans


def _named_by_every_search(name: str, lexicon: Lexicon) -> tuple[str, NameFacts, frozenset[str]]:
    """The function before the step: each of the four searches and the subjects' findall."""
    satisfaction = lexicon.satisfaction.search(name) is not None
    rate = satisfaction or lexicon.rate_name.search(name) is not None
    bounded = rate and lexicon.not_bounded.search(name) is None
    count = not rate and lexicon.count_name.search(name) is not None
    facts = _FACTS[satisfaction, rate, bounded, count]
    return squeeze(name), facts, frozenset(lexicon.subjects.findall(name))


def _lexicon_words() -> list[str]:
    data = json.loads(
        resources.files("jixiao.profiles").joinpath("lexicon-levels.json").read_text("utf-8")
    )
    keys = ("satisfaction_terms", "rate_name_terms", "not_bounded_rate_terms", "count_name_terms")
    words = [w for key in keys for w in data[key]]
    return words + [w for group in data["subject_groups"] for w in group]


_WORDS = _lexicon_words()
# whole words, their single characters (a word's piece is no word) and other characters
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(sorted({c for w in _WORDS for c in w})),
    st.sampled_from(list("提升管理完成及时（）() 0１%")),
)
_NAMES = st.lists(_PIECES, max_size=6).map("".join)


@given(_NAMES)
def test_named_as_every_search(name: str) -> None:
    lexicon = load_lexicon()
    _named.cache_clear()
    assert _named(name, lexicon) == _named_by_every_search(name, lexicon)


def test_named_of_every_corpus_name_as_every_search() -> None:
    names = {
        i.level3.strip()
        for _, plan in corpus_plans()
        for project in plan.projects
        for i in project.indicators
    }
    assert len(names) > 1000
    lexicon = load_lexicon()
    _named.cache_clear()
    differ = [n for n in names if _named(n, lexicon) != _named_by_every_search(n, lexicon)]
    assert not differ
    # the shortcut is taken and passed by: both sides of the gate are compared
    skipped = [n for n in names if lexicon.name_words.search(n) is None]
    assert 0 < len(skipped) < len(names)
