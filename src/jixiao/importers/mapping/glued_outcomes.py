"""A self-evaluation's outcome table glued into one line of a report.

``…績效內容績效目標值實際完成值累計完成率產出目標數量目標當年獲得…人才驛站數量>=2個0個0%
當年人才驛站組織活動數量>=28次40次143%…``: after the header words (target, actual and
completion columns, the words are data: ``glued_outcomes`` in import-headers.json)
each row is a name, the target (sign, number, unit), the actual (number, unit) and
the completion rate (a number and %), glued. Rows are read in a chain from the header
on and the chain stops at the first text that is not such a row, so prose after the
table is never cut into rows. Level labels glued before a name (產出目標, 數量目標) set
the 一级 / 二级 (by the framework's names) and are not part of the name.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

_SIGN = r"(?:>=|<=|≥|≤|>|<|=)"
_UNIT = r"(?:%|[^\d%<>=≥≤,;。:]{0,3}?)"
_ROW = re.compile(
    rf"(?P<name>[^\d<>=≥≤%,;。:]{{2,}}?)"
    rf"(?P<value>{_SIGN}?\d+(?:\.\d+)?{_UNIT})"
    rf"(?P<actual>\d+(?:\.\d+)?{_UNIT})"
    r"(?P<rate>\d+(?:\.\d+)?%)"
)


@cache
def _header() -> re.Pattern[str]:
    words = packs.merged_data("import-headers.json")["glued_outcomes"]["headers"]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def _labels() -> list[tuple[str, str]]:
    words = vocabulary()
    found = [(alias, "level1") for alias in words.level1] + [
        (alias, "level2") for alias in words.level2
    ]
    return sorted(found, key=lambda item: len(item[0]), reverse=True)


def glued_outcome_rows(raw: str, source: SourceRef, *, simplify: bool = False) -> list[Indicator]:
    """The rows of a glued outcome table in the paragraph ``raw``, or []."""
    written = compact(raw)
    text = to_simplified(written)
    if simplify or len(text) != len(written):
        written = text
    header = _header().search(text)
    if header is None:
        return []
    level1 = level2 = ""
    found: list[Indicator] = []
    position = header.end()
    while (row := _ROW.match(text, position)) is not None:
        start, level1, level2 = glued_labels(
            text, row.start("name"), row.end("name"), level1, level2
        )
        indicator = Indicator(
            level1=level1,
            level2=level2,
            level3=written[start : row.end("name")],
            value=written[row.start("value") : row.end("value")].replace(">=", "≥"),
            actual=written[row.start("actual") : row.end("actual")],
        )
        indicator.value = indicator.value.replace("<=", "≤")
        indicator.sources["level3"] = source
        found.append(indicator)
        position = row.end()
    return found


def glued_labels(
    text: str, start: int, end: int, level1: str, level2: str, *, dual: bool = False
) -> tuple[int, str, str]:
    """The level labels glued at ``start`` (before ``end``): where the name begins and the
    一级 / 二级 they set, by the framework's names. With ``dual``, a 一级 word that is also
    a 二级 one (成本指标, 满意度指标) with no 二级 label after it is the 二级 (2021 framework)."""
    words = vocabulary()
    while (label := label_at(text, start, end)) is not None:
        alias, level = label
        if dual and level == "level1" and words.level(alias, words.level2) is not None:
            following = label_at(text, start + len(alias), end)
            level = "level1" if following is not None and following[1] == "level2" else "level2"
        if level == "level1":  # the framework's name, as the prose reader gives it
            level1, level2 = words.level(alias, words.level1) or alias, ""
        else:
            level2 = words.level(alias, words.level2) or alias
        start += len(alias)
    return start, level1, level2


def label_at(text: str, start: int, end: int) -> tuple[str, str] | None:
    """A level label at ``start`` that leaves a name before ``end``."""
    for alias, level in _labels():
        if text.startswith(alias, start) and start + len(alias) + 2 <= end:
            return alias, level
    return None
