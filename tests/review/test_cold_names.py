"""A name's facts read through one search of every word they ask for give exactly what the
four searches and the subjects' ``findall`` gave (branch review-speed-cold-9).

``_named`` first searches the name for any word of the satisfaction, rate, count and subject
lists at once; where that finds nothing, it answers without the four searches. The old
function (below, the oracle) runs every search on every name; hypothesis draws names from
the lists' own words, the not-bounded words, their pieces and other characters, and every
name of the seeds and the import corpus is compared too.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from jixiao.review import triggers
from jixiao.review.context import _FACTS, NameFacts, _named, squeeze
from jixiao.review.lexicon import Lexicon, load_lexicon
from jixiao.review.phrases import name_phrase
from jixiao.review.wordlists import load_word_lists
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


def _name_facts_by_every_search(name: str, key: str) -> int:
    """``triggers._name_facts`` before the step: the residue, digit and phrase searches."""
    if not name:
        return triggers.NAMELESS
    lists = load_word_lists()
    facts = triggers.NAMED
    if lists.is_level_name(name, key):
        facts |= triggers.LEVEL_NAME
    if lists.residue_start.search(name):
        facts |= triggers.RESIDUE
    if not name.isalpha() and triggers._DIGIT.search(name):
        facts |= triggers.TEXT_DIGIT
    if name_phrase().search(name):
        facts |= triggers.PHRASE
    return facts


_PHRASE_WORDS = [w for w in re.split(r"[|\\^$()?*+\[\]{}.]", name_phrase().pattern) if w][:300]
_RESIDUE_STARTS = sorted(set(load_word_lists().residue_start.pattern) - set("[]\\"))
_MARKED_NAMES = st.lists(
    st.one_of(
        _PIECES,
        st.sampled_from(_PHRASE_WORDS),
        st.sampled_from(_RESIDUE_STARTS),
        st.sampled_from(list("0123456789（）()、.-")),
    ),
    max_size=6,
).map("".join)


@given(_MARKED_NAMES)
def test_name_facts_as_every_search(name: str) -> None:
    key = squeeze(name)
    assert triggers._name_facts(name, key) == _name_facts_by_every_search(name, key)


def test_name_facts_of_every_corpus_name_as_every_search() -> None:
    names = {i.level3 for _, plan in corpus_plans() for p in plan.projects for i in p.indicators}
    differ = [
        n
        for n in names
        if triggers._name_facts(n, squeeze(n)) != _name_facts_by_every_search(n, squeeze(n))
    ]
    assert not differ
    marked = [n for n in names if triggers._name_marks().search(n) is not None]
    assert 0 < len(marked) < len(names)
