"""Find measurable targets (可量化目标) in prose: "各部门满意率达到90%以上"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.model.plan import Target
from jixiao.model.trusted import built

_UNITS = (
    "%|百分比|个百分点|百分点|万元|亿元|元|平方米|平米|㎡|人次|批次|工作日|小时|分钟|个月"
    "|次|人|辆|台|套|个|份|批|项|类|种|条|张|天|日|月|年|吨|万度|度|户|家|所|场|件|篇|期|名|座|处"
)
_NUMBER_UNIT = r"\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?\s*(?:" + _UNITS + ")"
_SUBJECT_CHAR = "[\u4e00-\u9fff“”A-Za-z]"
_TARGET = re.compile(
    r"(?P<subject>" + _SUBJECT_CHAR + r"{2,24}?)"
    r"(?P<verb>达到|达|为|不低于|不少于|不超过|不高于|控制在|保持在|≥|≤|>|<|=|＞|＜)?"
    r"(?P<value>(?:≥|≤|>|<|=)?" + _NUMBER_UNIT + r"(?:以上|以下|以内|及以上)?)"
)


_DIGIT = re.compile(r"\d")
# How far before its first digit a target can start: the subject (at most 24 characters),
# the verb (at most 3) and a comparison sign.
_REACH = 24 + 3 + 1


# The last character a subject cannot hold, in what it is matched against. Inside a target
# only the two characters before the value's first digit can be such (a sign verb, then a
# sign): one further back is a start no target before that digit gets past.
_LAST_BREAK = re.compile(r"(?s:.*)[^" + _SUBJECT_CHAR[1:])
_YEAR = re.compile(r"\d{4}年")


def _targets_in(text: str) -> Iterator[re.Match[str]]:
    """``_TARGET.finditer(text)``, trying the pattern only within reach of a digit and after
    the last character before it that no subject holds: it tries its subject at every
    character, each as long as it goes, and most of a sentence is no target."""
    at = 0
    while (digit := _DIGIT.search(text, at)) is not None:
        start = max(at, digit.start() - _REACH)
        cut = _LAST_BREAK.match(text, start, digit.start() - 2)
        match = _TARGET.search(text, start if cut is None else cut.end())
        if match is None:
            return
        yield match
        at = match.end()


def find_targets(text: str | None) -> list[Target]:
    """Targets written in a sentence, each with the measured subject and value."""
    if not text:
        return []
    found: list[Target] = []
    for match in _targets_in(text):
        value = match.group("value").strip()
        if _YEAR.match(value):
            continue  # a year is not a target
        subject = match.group("subject")
        found.append(
            built(
                Target,
                text=match.group(0),
                subject=subject,
                value=(match.group("verb") or "") + value,
            )
        )
    return found
