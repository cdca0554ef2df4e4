"""The caches that remember what documents' contents gave — a value's parse, a name's facts,
a text squeezed — in one registry, so that a cold measurement or a test empties every one.

A cache of the review, the grammar or text normalisation joins it by being made here:
``@content_cache(maxsize=…)`` in place of ``@lru_cache(maxsize=…)``, or
``content_table(name, {})`` for a dict used as a memo table. What does not depend on the
documents (compiled patterns, a profile's or lexicon's loading, word lists) stays a plain
``cache`` and is named in :data:`KEPT` with its reason; ``tests/review/test_content_caches.py``
fails on a cache of those packages that is in neither.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from functools import _lru_cache_wrapper, lru_cache
from typing import Final, TypeVar

T = TypeVar("T")
M = TypeVar("M", bound=MutableMapping)  # type: ignore[type-arg]

#: name (module.function or module.table) → (the cache, its size, its emptying)
_CACHES: Final[dict[str, tuple[object, Callable[[], int], Callable[[], None]]]] = {}

#: Caches of the review, grammar and text packages that are not emptied, and why: each
#: holds what the packaged profiles, lexicons and word lists give, whatever the documents.
KEPT: Final[dict[str, str]] = {
    "jixiao.review.fingerprint.catalogue_fingerprint": "the rule catalogue's fingerprint",
    "jixiao.review.scope._scope": "packaged scope lists",
    "jixiao.review.scope._scoring_level1": "packaged scope lists",
    "jixiao.review.scope._goal_level2": "packaged scope lists",
    "jixiao.review.families.families": "packaged rule families",
    "jixiao.review.families._PROFILES": "profiles by id",
    "jixiao.review.phrases.phrases": "packaged phrases",
    "jixiao.review.phrases.name_phrase": "a pattern of the packaged phrases",
    "jixiao.review.rules.fit._stop_bigrams": "per lexicon",
    "jixiao.review.rules.soundalike._known": "packaged names and their sounds",
    "jixiao.review.rules.soundalike._lengths": "packaged names' lengths",
    "jixiao.review.rules.soundalike._known_slips": "packaged names, one character blanked",
    "jixiao.review.rules.pinyin_reading._pypinyin": "pypinyin's dictionaries and segmenter",
    "jixiao.review.rules.pinyin_reading._normal": "pypinyin's syllables, bare of tones",
    "jixiao.review.rules.soundalike._alike_ends": "pypinyin's characters read like an ending",
    "jixiao.review.rules.beneficiaries._groups": "a pattern of packaged words",
    "jixiao.review.rules.selfeval._words": "packaged word lists",
    "jixiao.review.rules.selfeval._alternation": "a pattern per packaged word list",
    "jixiao.review.rules.goal_sentence_name._purpose": "a pattern of packaged words",
    "jixiao.review.rules.output_levels._words": "packaged word lists",
    "jixiao.review.rules.opinion_checks_round6._words": "packaged word lists",
    "jixiao.review.rules.opinion_checks_round6._share": "packaged thresholds",
    "jixiao.review.rules.opinion_checks_round6._average": "a pattern of packaged word lists",
    "jixiao.review.rules.cross_checks._data": "packaged word lists",
    "jixiao.review.rules.cross_checks._claim": "a pattern of packaged words",
    "jixiao.review.rules.cross_checks._document_year": "a pattern of packaged brackets",
    "jixiao.review.rules.selfeval_columns._data": "packaged word lists",
    "jixiao.review.rules.selfeval_columns._shortfall": "a pattern of packaged words",
    "jixiao.review.rules.completion_statement._data": "packaged word lists",
    "jixiao.review.rules.completion_statement._frame": "a pattern of packaged words",
    "jixiao.review.rules.completion_statement._generic": "packaged word lists",
    "jixiao.review.rules.completion_statement._clause_break": "a pattern of packaged characters",
    "jixiao.review.rules.bare_rates._words": "packaged word lists",
    "jixiao.review.rules.bare_rates._rate_lengths": "packaged words' lengths",
    "jixiao.review.rules.conditional_timing._condition": "a pattern of packaged words",
    "jixiao.review.rules.conditional_timing._planned": "a pattern of packaged words",
    "jixiao.review.rules.conditional_timing._timely": "a pattern of packaged words",
    "jixiao.review.rules.vague_basis._generic": "a pattern of packaged words",
    "jixiao.review.rules.vague_basis._document": "a pattern of packaged words",
    "jixiao.review.rules.vague_basis._named": "a pattern of packaged words",
    "jixiao.review.rules.sangong_target._expense": "a pattern of packaged words",
    "jixiao.review.rules.sangong_target._words": "packaged word lists",
    "jixiao.review.rules.money_outputs._pattern": "patterns of packaged words",
    "jixiao.review.rules.worded_actuals._rate": "a pattern of packaged words",
    "jixiao.review.rules.selfeval_columns._spending": "a pattern of packaged words",
    "jixiao.review.profile._load_bundled": "packaged profiles",
    "jixiao.review.lexicon.load_lexicon": "packaged lexicons",
    "jixiao.review.wordlists.load_word_lists": "packaged word lists",
    "jixiao.benchmarks.table.load_benchmarks": "packaged unit-cost benchmarks",
    "jixiao.review.context._FRAMEWORKS": "a profile's frameworks",
    "jixiao.review.engine._SETUPS": "a profile's rules (its shared tables: forget_shared)",
    "jixiao.textnorm.script._converter": "the OpenCC converter",
    "jixiao.textnorm.script._traditional_only": "OpenCC's tables",
    "jixiao.textnorm.script._traditional_class": "OpenCC's tables",
    "jixiao.textnorm.script._traditional_pattern": "a pattern of OpenCC's tables",
    "jixiao.textnorm.script._marks_pattern": "a pattern of OpenCC's tables",
    "jixiao.review.rules.midterm_goals._funds": "a pattern of packaged words",
    "jixiao.review.rules.monitoring_columns._words": "packaged word lists",
    "jixiao.review.rules.monitoring_columns._cannot": "a pattern of packaged words",
    "jixiao.review.rules.worded_scores._grades": "packaged grades and their words",
    "jixiao.review.rules.selfeval_money._data": "packaged word lists",
    "jixiao.review.rules.selfeval_money._late_funds": "a pattern of packaged words",
    "jixiao.review.rules.common.data_words": "packaged word lists",
    "jixiao.review.rules.goal_deadlines._late_years": "a packaged figure",
    "jixiao.review.rules.goal_deadlines._deadline": "a pattern of packaged words",
}


def content_cache(
    maxsize: int | None, name: str | None = None
) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """``lru_cache(maxsize=maxsize)`` joined to the registry, by ``name`` (module.attribute)
    or else the function's module and name."""

    def join(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
        cached = lru_cache(maxsize=maxsize)(function)
        key = name or f"{function.__module__}.{function.__qualname__}"
        _CACHES[key] = (cached, lambda: cached.cache_info().currsize, cached.cache_clear)
        return cached

    return join


def content_table(name: str, table: M) -> M:
    """``table`` (a dict used as a memo table, named module.attribute) joined to the registry."""
    _CACHES[name] = (table, table.__len__, table.clear)
    return table


def forget_contents(package: str) -> None:
    """Empty every registered cache of ``package`` (its modules and sub-packages)."""
    prefix = package + "."
    for name, (_, _, clear) in _CACHES.items():
        if name.startswith(prefix):
            clear()


def content_sizes() -> dict[str, int]:
    """Each registered cache's number of entries, by name."""
    return {name: size() for name, (_, size, _) in _CACHES.items()}


def registered() -> dict[str, object]:
    """Each registered cache (the ``lru_cache`` wrapper or the table), by name."""
    return {name: cache for name, (cache, _, _) in _CACHES.items()}
