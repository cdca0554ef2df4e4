"""Phrase lists of the rules added after the held-out audit rounds
(``jixiao/profiles/review-phrases.json``, merged over the installed packs), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import cast

from jixiao.review.profile import load_data_file
from jixiao.textnorm.wordsearch import alternation


@dataclass(frozen=True, slots=True)
class Phrases:
    survey_rates: re.Pattern[str]  # rates known only by a sample survey (知晓率, 认可度)
    placeholder: re.Pattern[str]  # a row kept to say the level does not apply (不适用)
    purpose_opening: re.Pattern[str]  # a goal sentence's opening (围绕, 为了 …), at the start
    purpose_phrase: re.Pattern[str]  # … or its ending (等需求)
    bare_respondents: frozenset[str]  # respondents named by no group (群众满意度)
    stock_actuals: frozenset[str]  # an actual that only says the target was met
    in_progress: re.Pattern[str]  # an actual that states work under way (建设中, 未完工)
    fund_process: re.Pattern[str]  # a name that measures the funds' process (资金到位率)
    payouts: re.Pattern[str]  # … unless the funds are paid out to people (补助, 补贴): the output
    fewer_is_better: re.Pattern[str]  # counts that should go down (事故, 投诉 …)
    name_numbering: re.Pattern[str]  # a template's row number left before a name (指标1:)
    demand_counts: re.Pattern[str]  # counts set by who comes forward (信访, 投诉, 举报)
    project_on_department_form: re.Pattern[str]  # a project's funds on the 整体支出 form
    repeated_activities: re.Pattern[str]  # work done again and again (培训, 宣传, 检查)
    question_names: re.Pattern[str]  # a name asked as a yes/no question (是否, 能否)
    payout_rates: re.Pattern[str]  # how fully money was paid out (发放率, 应发尽发率)
    whole_period: re.Pattern[str]  # a value that is the whole year (1年, 全年, 1-12月)


def _words(data: dict[str, object], key: str) -> list[str]:
    return [str(w) for w in cast(list[object], data.get(key, []))]


@cache
def phrases() -> Phrases:
    data = load_data_file("review-phrases.json")
    openings = alternation(_words(data, "purpose_openings"))
    return Phrases(
        survey_rates=alternation(_words(data, "survey_rates")),
        placeholder=alternation(_words(data, "placeholder_rows")),
        purpose_opening=re.compile(f"^(?:{openings.pattern})"),
        purpose_phrase=alternation(_words(data, "purpose_phrases")),
        bare_respondents=frozenset(_words(data, "bare_respondents")),
        stock_actuals=frozenset(
            _words(data, "stock_actuals") + _words(data, "stock_actual_percent")
        ),
        in_progress=alternation(_words(data, "in_progress_actuals")),
        fund_process=alternation(_words(data, "fund_process_names")),
        payouts=alternation(_words(data, "fund_process_payouts")),
        fewer_is_better=alternation(_words(data, "fewer_is_better")),
        name_numbering=re.compile("|".join(_words(data, "name_numbering")) or "(?!)"),
        demand_counts=alternation(_words(data, "demand_counts")),
        repeated_activities=alternation(_words(data, "repeated_activities")),
        question_names=alternation(_words(data, "question_names")),
        payout_rates=alternation(_words(data, "payout_rates")),
        whole_period=re.compile(f"^(?:{'|'.join(_words(data, 'whole_period_values')) or '(?!)'})$"),
        project_on_department_form=re.compile(
            "|".join(_words(data, "project_on_department_form")) or "(?!)"
        ),
    )


@cache
def name_phrase() -> re.Pattern[str]:
    """Any phrase that W112, W113, W121, R112, R127, M117, N114 or N223 look for in a name,
    in one pattern: where it finds nothing, none of their own searches can, so one search
    decides for all eight (the fact ``phrase``). The anchors at the start are dropped (a search
    anywhere finds more, never less) and the words make one flat alternation, so every
    alternative opens with a character and the regex engine skips the positions no phrase
    starts at."""
    data = load_data_file("review-phrases.json")
    keys = (
        "placeholder_rows", "purpose_openings", "purpose_phrases", "fund_process_names",
        "survey_rates", "demand_counts", "question_names", "payout_rates",
    )  # fmt: skip
    words = alternation([w for key in keys for w in _words(data, key)])
    numbering = [w.removeprefix("^") for w in _words(data, "name_numbering")]
    try:
        return re.compile("|".join([words.pattern, *numbering]))
    except re.error:  # a pack's pattern that cannot be combined: every name may hold one
        return re.compile("")


def is_placeholder_row(name: str, value: str) -> bool:
    """The row's name or value says its level does not apply (“本项目不适用此指标 / 无”)."""
    # one search of both: no phrase holds the NUL between them, so none matches across it
    return phrases().placeholder.search(f"{name}\0{value}") is not None
