"""术语表 (Lexicon): the words rules look for, read from a data file and compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import cast

from jixiao.review.profile import load_data_file
from jixiao.textnorm.wordsearch import alternation


@dataclass(frozen=True, slots=True)
class LevelLexicon:
    """What the items of one second level should mention (二级指标应体现的词语)."""

    level: str
    rule: str
    require: re.Pattern[str]
    ignore: re.Pattern[str] | None

    def fits(self, text: str) -> bool:
        """Whether ``text`` mentions a required word once the ignored phrases are removed."""
        if self.ignore is not None:
            text = self.ignore.sub("", text)
        return self.require.search(text) is not None


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: it keys caches
class Lexicon:
    levels: dict[str, LevelLexicon]
    satisfaction: re.Pattern[str]
    subjects: re.Pattern[str]
    subject_of: dict[str, str]  # a spelling → its group's first word (餐厅 → 餐饮)
    goal_stop: re.Pattern[str]  # stop words and separators, removed before comparing goals
    goal_stop_words: tuple[str, ...]
    count_name: re.Pattern[str]
    rate_name: re.Pattern[str]
    not_bounded: re.Pattern[str]
    form_labels: frozenset[str]  # cells of a form's own text, never an indicator's name or value
    # every word of satisfaction, rate_name and count_name in one alternation: a name it
    # finds nothing in has none of their facts (one search instead of three)
    name_words: re.Pattern[str]

    def level(self, key: str) -> LevelLexicon | None:
        return self.levels.get(key)

    def subjects_in(self, text: str) -> frozenset[str]:
        """The subject groups (对象词) a text mentions, by their first word."""
        of = self.subject_of
        return frozenset(of[w] for w in self.subjects.findall(text))


def _words(data: dict[str, object], key: str) -> list[str]:
    return [str(w) for w in cast(list[object], data.get(key, []))]


@cache
def load_lexicon(name: str = "lexicon-levels.json") -> Lexicon:
    """The lexicon data file ``jixiao/profiles/<name>``, compiled."""
    data = load_data_file(name)
    levels: dict[str, LevelLexicon] = {}
    for level, raw in cast(dict[str, dict[str, object]], data["levels"]).items():
        ignore = _words(raw, "ignore")
        levels[level] = LevelLexicon(
            level=level,
            rule=str(raw["rule"]),
            require=alternation(_words(raw, "require_any")),
            ignore=alternation(ignore) if ignore else None,
        )
    subject_of = {
        str(word): str(group[0])
        for group in cast(list[list[object]], data.get("subject_groups", []))
        for word in group
    }
    name_words = (
        _words(data, "satisfaction_terms")
        + _words(data, "rate_name_terms")
        + _words(data, "count_name_terms")
    )
    return Lexicon(
        levels=levels,
        satisfaction=alternation(_words(data, "satisfaction_terms")),
        subjects=alternation(list(subject_of)),
        subject_of=subject_of,
        goal_stop_words=tuple(_words(data, "goal_stop_words")),
        goal_stop=alternation(
            _words(data, "goal_stop_words") + list(str(data.get("goal_separators", "")))
        ),
        count_name=alternation(_words(data, "count_name_terms")),
        rate_name=alternation(_words(data, "rate_name_terms")),
        not_bounded=alternation(_words(data, "not_bounded_rate_terms")),
        form_labels=frozenset(_words(data, "form_labels")),
        name_words=alternation(name_words),
    )
