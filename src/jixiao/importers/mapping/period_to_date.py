"""Column headers that name a period to date, read by their own structure.

A 监控表 states what was spent and done *so far*: ``1-6月执行数``, ``1—7月执行率``,
``1-6月份完成值``, ``截至6月底执行数``, ``截至2023年6月30日完成情况``, ``上半年执行数``,
``前三季度执行数``. Each is a period (whose last month is N) followed by what is measured
over it. The words of both parts are data (``profiles/import-monitoring.json``); this module
only puts them together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from jixiao import packs
from jixiao.model.plan import Project
from jixiao.textnorm.alternation import alternation

Measure = Literal["spent", "rate", "actual"]

_RANGE = r"1(?:月)?[-—–~〜至到](?P<range>\d{1,2})月份?"
_UNTIL = (
    r"(?:截至|截止|截止到|截至到|至)(?:(?:19|20)\d{2}年)?"
    r"(?P<until>\d{1,2})月(?:份|底|末|\d{1,2}日)?"
)
_UNIT_SUFFIX = re.compile(r"[(（][^()（）]*[)）]$")


@dataclass(frozen=True)
class PeriodToDate:
    month: int
    measure: Measure | None


@dataclass(frozen=True)
class _Words:
    pattern: re.Pattern[str]
    named: dict[str, int]
    measures: tuple[tuple[str, Measure], ...]


@cache
def _words() -> _Words:
    data = packs.merged_data("import-monitoring.json")["period_to_date"]
    named: dict[str, int] = {word: int(month) for word, month in data["named_periods"].items()}
    names = alternation(named)
    fillers = "|".join(re.escape(w) for w in data["fillers"])
    pattern = re.compile(rf"^(?:{_RANGE}|{_UNTIL}|(?P<named>{names}))(?:{fillers})*(?P<rest>.*)$")
    measures: list[tuple[str, Measure]] = [
        (word, measure)
        for measure in ("spent", "rate", "actual")
        for word in data["measures"][measure]
    ]
    return _Words(pattern, named, tuple(measures))


def period_to_date(header: str) -> PeriodToDate | None:
    """The month a to-date header ends at and what it measures; None for other headers.

    ``header`` is compared as the vocabulary normalises it (no spaces, NFKC)."""
    words = _words()
    match = words.pattern.match(header)
    if match is None:
        return None
    if match.group("named"):
        month = words.named[match.group("named")]
    else:
        month = int(match.group("range") or match.group("until"))
    if not 1 <= month <= 12:
        return None
    rest = _UNIT_SUFFIX.sub("", match.group("rest"))
    measure = next((m for word, m in words.measures if rest == word), None)
    return PeriodToDate(month, measure)


# a line that dates the whole table: "（2023年1-6月）", "监控期间：2023年1月-6月",
# "截至2023年6月30日", "2023年上半年项目绩效运行监控表"
_DATING_LINE = re.compile(r"^[(（]?(?:监控(?:期间|时段|时点|期)[:：]?)?(?:(?:19|20)\d{2}年度?)?")
_LONGEST_DATING_LINE = 40


def stated_month(texts: list[str]) -> int | None:
    """The month N a short line above the table dates it to ('（2023年1-6月）'), for a
    监控表 whose columns name no period; ``texts`` normalised, in document order."""
    for text in texts:
        if len(text) > _LONGEST_DATING_LINE or not ("监控" in text or text.startswith(("(", "（"))):
            continue
        rest = _DATING_LINE.sub("", text, count=1)
        found = period_to_date(rest)
        if found is not None:
            return found.month
    return None


def date_monitoring_round(projects: list[Project], texts: list[str]) -> None:
    """Give the projects whose columns named no period the month the table's dating line
    states (nothing when it states none)."""
    undated = [p for p in projects if p.through_month is None]
    month = stated_month(texts) if undated else None
    for project in undated:
        project.through_month = month
