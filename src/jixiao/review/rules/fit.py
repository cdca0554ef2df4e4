"""归属与对应 (fit): an indicator under the wrong second level; goals no indicator measures.

What each second level should mention is data: the lexicon file
``jixiao/profiles/lexicon-levels.json`` (section ``levels``), one entry per second level
with the rule that reads it, the words that show the fit and phrases to ignore
(“办公环境” is not the environment of 生态效益).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import chain, filterfalse
from operator import add

from jixiao.content_caches import content_cache
from jixiao.grammar import UnitKind, ValueKind
from jixiao.review.context import IndicatorView, ProjectView
from jixiao.review.lexicon import Lexicon
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import (
    is_satisfaction,
    measures_satisfaction,
    misfits,
    q,
    rows_and_goals,
)

TABLE = rule_table(__name__)


R101 = TABLE.rule("R101")  # worded: its table's ``hit`` entry is the check


def _satisfaction_without_satisfaction(v: IndicatorView) -> Hit | None:
    if not is_satisfaction(v) or not misfits(v, "服务对象满意度"):
        return None
    return hit(
        f"满意度指标{q(v.name)}（描述：{q(v.description, 30)}）没有衡量服务对象的满意程度。",
        field="level3",
    )


R102 = TABLE.rule("R102", _satisfaction_without_satisfaction)


def _satisfaction_elsewhere(v: IndicatorView) -> Hit | None:
    if not v.facts.satisfaction or is_satisfaction(v) or not v.level2:
        return None
    if not measures_satisfaction(v.name):
        return None
    return hit(
        f"指标{q(v.name)}衡量满意度，却放在{q(v.indicator.level2)}下。",
        field="level2",
    )


R103 = TABLE.rule("R103", _satisfaction_elsewhere)


def _timeless(v: IndicatorView) -> Hit | None:
    if v.level2 != "时效":
        return None
    value = v.value
    if value.unit_kind is UnitKind.TIME or value.kind is ValueKind.TEXT:
        return None
    if not misfits(v, "时效"):
        return None
    return hit(
        f"时效指标{q(v.name)}（描述：{q(v.description, 30)}，"
        f"指标值{q(v.raw)}）没有体现完成时限或及时性。",
        field="level2",
    )


R104 = TABLE.rule("R104", _timeless)


R105 = TABLE.rule("R105")  # worded, as R101

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@content_cache(maxsize=1 << 15)
def _bigrams(text: str) -> frozenset[str]:
    grams: set[str] = set()
    for run in _CJK_RUN.findall(text):
        grams.update(map(add, run, run[1:]))  # each character and the next
    return frozenset(grams)


@lru_cache(maxsize=64)
def _stop_bigrams(lexicon: Lexicon) -> frozenset[str]:
    return _bigrams("|".join(lexicon.goal_stop_words))


@content_cache(maxsize=1 << 14)
def _probe(goal: str, lexicon: Lexicon) -> frozenset[str]:
    """The bigrams that show a goal is measured, or nothing when the goal is too generic.

    A goal is judged only with at least two key bigrams once stop words (保障, 正常,
    运转 …) and particles are cut out; it counts as measured when any of its bigrams,
    stop-word bigrams aside, occurs in an indicator (bigrams across a stop word count
    there: “保障率” still matches).
    """
    if len(_bigrams(lexicon.goal_stop.sub("|", goal))) < 2:
        return frozenset()
    return _bigrams(goal) - _stop_bigrams(lexicon)


def _measured(goal: str, stop: frozenset[str], found: Callable[[str], bool]) -> bool:
    """Whether a bigram of ``goal`` other than a stop word's occurs in the indicators
    (``found``): read lazily, in C, up to the first that does — most goals are measured,
    and then neither their bigrams nor their probe are built."""
    grams = (map(add, run, run[1:]) for run in _CJK_RUN.findall(goal))
    return any(map(found, filterfalse(stop.__contains__, chain.from_iterable(grams))))


def _unmeasured_goals(p: ProjectView) -> list[Hit]:
    if not p.indicators or not p.project.goals:
        return []
    lexicon = p.plan.lexicon
    stop = _stop_bigrams(lexicon)
    found = "｜".join([v.text for v in p.indicators]).__contains__
    # a goal is an orphan when its probe is not empty and no bigram of the probe occurs in
    # the indicators: a goal with such a bigram is no orphan whatever its probe
    orphans = [
        (n, g)
        for n, g in enumerate(p.project.goals, start=1)
        if not _measured(g, stop, found) and _probe(g, lexicon)
    ]
    if orphans:
        listed = "；".join(f"{n}.{q(g, 30)}" for n, g in orphans)
        return [
            hit(
                f"绩效目标{listed}没有任何指标衡量。",
                field="goals",
                confidence=0.6 if len(orphans) == 1 else 0.7,
            )
        ]
    return []


R106 = TABLE.rule("R106", _unmeasured_goals, shared_by=rows_and_goals)

RULES = (R101, R102, R103, R104, R105, R106)
