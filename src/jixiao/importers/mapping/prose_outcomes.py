"""Indicators told as outcome sentences, in a self-evaluation report with no table.

``1、产出数量指标:第一,资助接受托养服务人次数年初指标值为不低于105人,全年实际完成值
116人。`` or ``(3)數量目標:當年人才驛站組織活動數量績效目標值是28次,實際完成值為40次``:
a name, a target phrase with its value, then an actual phrase with its value (the
phrases are data: ``prose_outcomes`` in profiles/import-headers.json). The name runs
back to the previous comma, colon or full stop; the label before the colon
(``产出数量指标``, ``數量目標``) gives the 二级 level when it names one.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

_STOPS = ",:;。"
_LABEL = re.compile(r"([^,:;。]{2,12}):")  # '产出数量指标:' opening a run


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _words() -> dict[str, Any]:
    found: dict[str, Any] = packs.merged_data("import-headers.json")["prose_outcomes"]
    return found


@cache
def completion_names() -> frozenset[str]:
    """Names that state how far the item before was completed ('指标完成率')."""
    return frozenset(_words()["completion_names"])


@cache
def completed_words() -> frozenset[str]:
    """Words that say the item before was done in full ('…491米,已完成'): a completion
    of 100%."""
    return frozenset(_words()["completed_words"])


@cache
def _pattern() -> re.Pattern[str]:
    data = _words()
    target, actual = _alternation(data["target"]), _alternation(data["actual"])
    link = _alternation(data["links"])
    return re.compile(
        rf"(?P<name>[^{_STOPS}]{{2,60}}?)(?:{target})(?:{link})(?P<value>[^{_STOPS}]{{1,30}}),"
        rf"(?:全年|年末|年底)?(?:{actual})(?:{link})?(?P<actual>[^{_STOPS}]{{1,30}})"
    )


def _level1(label: str) -> str:
    """The 一级 level a run's label opens with, when the rest names the 二级 one
    ('产出数量指标' -> 产出指标; '成本目标' alone opens no 一级), or ''."""
    words = vocabulary()
    for size in (2, 3):
        found = words.level(label[:size] + "指标", words.level1)
        if found and words.level(label[size:], words.level2):
            return found
    return ""


def _level2(label: str) -> str:
    """The 二级 level a run's label names ('产出数量指标' -> 数量指标), or ''."""
    table = vocabulary().level2
    found = [name for name in table if name and name in label]
    return table[max(found, key=len)] if found else ""


def outcome_indicators(raw: str, source: SourceRef, *, simplify: bool = False) -> list[Indicator]:
    """The indicators the paragraph ``raw`` tells as target-and-actual sentences, their
    characters as written unless ``simplify`` (a traditional-character mirror, read
    simplified like :class:`ProseIndicators` reads it)."""
    written = compact(raw)
    text = to_simplified(written)  # the phrases are matched simplified …
    if simplify or len(text) != len(written):
        written = text
    found: list[Indicator] = []
    for match in _pattern().finditer(text):
        name = written[match.start("name") : match.end("name")]  # … the cells kept as written
        if "?" in name or "\ufffd" in name:
            continue  # characters lost at the source: the name cannot be trusted
        labels = _LABEL.findall(text[: match.start()])
        label = re.sub(r"^[(\d一二三四五六七八九十)、.]+", "", labels[-1]) if labels else ""
        indicator = Indicator(
            level1=_level1(label),
            level2=_level2(label),
            level3=name,
            value=written[match.start("value") : match.end("value")],
            actual=written[match.start("actual") : match.end("actual")],
        )
        indicator.sources["level3"] = source
        found.append(indicator)
    return found
