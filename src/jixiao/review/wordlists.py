"""审核用词表 (word lists): what the newer rules look for, read from a data file once.

``src/jixiao/profiles/lexicon-review.json`` holds the source types of a 指标值确定依据,
cost words, recurring spending, project types, respondents, service frequencies and the
character confusions behind common misspellings. A locality edits the file, not code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import cast

from jixiao.review.profile import load_data_file
from jixiao.textnorm.wordsearch import alternation


@dataclass(frozen=True, slots=True)
class ServiceFrequency:
    """How often a service is plausibly done: count range per period (月, 季, 年)."""

    service: str
    words: re.Pattern[str]
    per: dict[str, tuple[Decimal, Decimal]]
    source: str


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: it keys caches
class WordLists:
    basis_sources: dict[str, re.Pattern[str]]
    any_source: re.Pattern[str]  # any word of any source type
    basis_prefix: re.Pattern[str]
    basis_boilerplate: frozenset[str]
    plan_words: re.Pattern[str]
    standing_documents: re.Pattern[str]
    cost_total: re.Pattern[str]
    cost_unit: re.Pattern[str]
    recurring_spending: re.Pattern[str]
    one_off_projects: re.Pattern[str]
    one_off_exclude: re.Pattern[str]
    recurring_outputs: re.Pattern[str]
    renovation_projects: re.Pattern[str]
    routine_upkeep: re.Pattern[str]
    other_project_funding: re.Pattern[str]
    universal: re.Pattern[str]
    wrong_respondents: re.Pattern[str]
    deadline: re.Pattern[str]
    deadline_date: re.Pattern[str]  # a date or month span (2019年12月, 1月-12月): a deadline too
    upward_rates: re.Pattern[str]  # rates where more is better (合格率): a floor, never a ceiling
    downward_rates: re.Pattern[str]  # rates where less is better (事故率, 结余率)
    rate_names: re.Pattern[str]  # both: the rate names a misspelt one is compared with
    name_fillers: tuple[str, ...]  # words a name may end with and mean the same (情况, 工作)
    rate_words: tuple[str, ...]  # upward_rates + downward_rates as words, for sound-alikes
    measure_words: re.Pattern[str]  # a suffix holding one measures something else (率, 合格)
    respondent_roles: re.Pattern[str]  # a contractor's role + an organisation (施工+队伍)
    template_residue: re.Pattern[str]
    residue_start: re.Pattern[str]  # a first character of ``template_residue``'s words
    truncation_endings: tuple[str, ...]
    confusions: dict[str, str]  # a wrong character → the right one (律 → 率)
    confusable: re.Pattern[str]  # any wrong character of ``confusions``, to find them fast
    confusable_words: frozenset[str]  # real words ending in a wrong character (纪律, 法律)
    frequencies: tuple[ServiceFrequency, ...]
    level_names: frozenset[str]
    headcount_names: tuple[str, ...]  # a name counting people (人数, 人次)
    thing_units: frozenset[str]  # units that count things, not people (个, 项, 台)

    def is_level_name(self, name: str, key: str) -> bool:
        """The name (``key`` squeezed) is only a level's name, a template's note after it
        allowed (“成本指标(必填硬性指标)”, “数量指标（必填）”), or a compound of a first and a
        second level's names as some tables print their 二级 (“产出数量指标”)."""
        if key in self.level_names:
            return True
        if key.startswith(_FIRST_LEVELS) and _compound(key, self.level_names):
            return True
        if len(key) == len(name) and not name.endswith(_NOTE_ENDS):
            return False  # nothing squeezed out: no space, and no note (below: bare == name)
        bare = "".join(name.split())
        if bare.endswith(_NOTE_ENDS):  # (the note's pattern can match nowhere else)
            bare = _LEVEL_NOTE.sub("", bare)
        return len(bare) < len(name) and bare in self.level_names

    def source_types(self, text: str) -> list[str]:
        """The source types (计划标准, 历史标准 …) a basis names, in the file's order."""
        return [kind for kind, pattern in self.basis_sources.items() if pattern.search(text)]


_LEVEL_NOTE = re.compile(r"[（(][^（()）]*[）)]分?$")  # a template's note after a level name
_NOTE_ENDS = ("）", ")", "分")  # how a text _LEVEL_NOTE matches in ends
_FIRST_LEVELS = ("产出", "效益", "满意度")  # a compound level name opens with one (产出数量指标)


def _compound(key: str, level_names: frozenset[str]) -> bool:
    """“产出数量指标”, “效益社会效益指标”: a first level's name and then a second's."""
    return any(key.startswith(f) and key[len(f) :] in level_names for f in _FIRST_LEVELS)


def _words(data: dict[str, object], key: str) -> list[str]:
    return [str(w) for w in cast(list[object], data.get(key, []))]


def _frequency(raw: dict[str, object]) -> ServiceFrequency:
    per = cast(dict[str, list[object]], raw["per"])
    return ServiceFrequency(
        service=str(raw["service"]),
        words=alternation(_words(raw, "words")),
        per={k: (Decimal(str(v[0])), Decimal(str(v[1]))) for k, v in per.items()},
        source=str(raw["source"]),
    )


def _any_character(characters: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any one of ``characters`` (none: a pattern that never matches)."""
    chosen = "".join(re.escape(c) for c in characters)
    return re.compile(f"[{chosen}]" if chosen else "(?!)")


def _roles(data: dict[str, object]) -> re.Pattern[str]:
    """A contractor's role followed by an organisation word (施工+队伍), not after 被/受/对
    (“群众对施工单位满意度” asks the recipients); or the unit itself with its staff only
    (本局干部职工满意度, not 本中心服务对象满意度)."""

    def either(key: str) -> str:
        return "|".join(re.escape(w) for w in _words(data, key)) or "(?!)"

    contractor = f"(?<![被受对])(?:{either('contractor_roles')})(?:{either('organisation_words')})"
    itself = f"(?:{either('self_respondents')})(?:{either('staff_words')})*(?=满意|$)"
    return re.compile(f"{contractor}|{itself}")


def _words_and_patterns(data: dict[str, object], words: str, patterns: str) -> re.Pattern[str]:
    """The words of one list, or any regex of a second list (a year, a gap between words)."""
    regexes = _words(data, patterns)
    found = alternation(_words(data, words))
    return re.compile("|".join([found.pattern, *regexes])) if regexes else found


@cache
def load_word_lists(name: str = "lexicon-review.json") -> WordLists:
    """The word-list data file ``jixiao/profiles/<name>``, compiled."""
    data = load_data_file(name)
    sources = cast(dict[str, list[object]], data["basis_sources"])
    pairs = cast(list[list[str]], data.get("misspelling_pairs", []))
    return WordLists(
        basis_sources={k: alternation([str(w) for w in v]) for k, v in sources.items()},
        any_source=alternation([str(w) for v in sources.values() for w in v]),
        basis_prefix=re.compile(
            "^(?:" + "|".join(re.escape(w) for w in _words(data, "basis_prefixes")) + ")"
        ),
        basis_boilerplate=frozenset(_words(data, "basis_boilerplate")),
        plan_words=alternation(_words(data, "plan_words")),
        standing_documents=alternation(_words(data, "standing_documents")),
        cost_total=alternation(_words(data, "cost_total_words")),
        cost_unit=alternation(_words(data, "cost_unit_words")),
        recurring_spending=alternation(_words(data, "recurring_spending")),
        one_off_projects=alternation(_words(data, "one_off_projects")),
        one_off_exclude=alternation(_words(data, "one_off_exclude")),
        recurring_outputs=alternation(_words(data, "recurring_outputs")),
        renovation_projects=alternation(_words(data, "renovation_projects")),
        routine_upkeep=alternation(_words(data, "routine_upkeep")),
        other_project_funding=_words_and_patterns(
            data, "other_project_funding", "other_project_funding_patterns"
        ),
        universal=alternation(_words(data, "universal_words")),
        wrong_respondents=alternation(_words(data, "wrong_respondents")),
        deadline=alternation(_words(data, "deadline_phrases")),
        deadline_date=re.compile("|".join(_words(data, "deadline_dates"))),
        upward_rates=alternation(_words(data, "upward_rates")),
        downward_rates=alternation(_words(data, "downward_rates")),
        rate_names=alternation(_words(data, "upward_rates") + _words(data, "downward_rates")),
        name_fillers=tuple(_words(data, "name_fillers")),
        rate_words=tuple(_words(data, "upward_rates") + _words(data, "downward_rates")),
        measure_words=alternation(_words(data, "name_measure_words")),
        respondent_roles=_roles(data),
        template_residue=alternation(_words(data, "template_residue")),
        residue_start=_any_character(sorted({w[0] for w in _words(data, "template_residue") if w})),
        truncation_endings=tuple(_words(data, "truncation_endings")),
        confusions={wrong: right for right, wrong in pairs},
        confusable=_any_character(wrong for _, wrong in pairs if len(wrong) == 1),
        confusable_words=frozenset(_words(data, "misspelling_real_words")),
        frequencies=tuple(
            _frequency(r) for r in cast(list[dict[str, object]], data["service_frequencies"])
        ),
        level_names=frozenset(_words(data, "level_names")),
        headcount_names=tuple(_words(data, "headcount_names")),
        thing_units=frozenset(_words(data, "thing_units")),
    )
