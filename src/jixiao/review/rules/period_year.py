"""Review round 10 (held-out): the project's term and the table's year.

- R125: the goal table (or self-evaluation) is of one budget year, yet the project's term as
  written (项目期 / 实施期 / 建设周期 / 起止时间) begins only after that year (奉节 2023年度
  审批表 with 建设周期 “2025年1月1日-2025年12月31日”): a project of a later year entered in
  this year's table, or the year written wrong. A term that ended before the budget year is
  R126's (opinion_checks_round5); a term across the year, or naming no year, is left alone.
- R137 (round 9): the term ends before it begins (“2023年12月至2023年1月”, “2025年-2023年”):
  its two dates were swapped or one of them is wrong.
"""

from __future__ import annotations

import re

from jixiao.content_caches import content_cache
from jixiao.review.context import PlanView, ProjectView
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)

# a year written in the term: “2025年”, “2025.1”, “202501” (not the tail of a longer number)
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})")


@content_cache(maxsize=1 << 10)
def _first_year(period: str) -> int | None:
    """The earliest year a term names, or None when it names none."""
    years = [int(y) for y in _YEAR.findall(period)]
    return min(years) if years else None


def _term_after_year(p: ProjectView) -> list[Hit]:
    year = p.plan.plan.year
    period = (p.project.period or "").strip()
    if year is None or not period:
        return []
    first = _first_year(period)
    if first is None or first <= year:
        return []
    found = hit(
        f"{year}年度的表，项目期限却是{q(period, 30)}，{first}年才开始，整段在{year}年之后："
        "或是把以后年度的项目填进了本年度的表，或是年份填错。",
        field="period",
    )
    return [found]


def has_dated_terms(view: PlanView) -> bool:
    """The document states its year and some project's term: R125's precondition."""
    plan = view.plan
    return plan.year is not None and any(project.period for project in plan.projects)


R125 = TABLE.rule("R125", _term_after_year, applies_to=has_dated_terms)

# a dated point of a term: the year, and the month when written (2023年12月, 2023.12, 2023-12)
_POINT = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:\s*[年.\-/]\s*([0-9]{1,2})(?![0-9]))?")


@content_cache(maxsize=1 << 10)
def _reversed(period: str) -> tuple[str, str] | None:
    """The start and end of a term of two dated points when the end comes first."""
    points = list(_POINT.finditer(period))
    if len(points) != 2:
        return None  # one date, or a list of years: no start and end to compare
    (start, end) = ((int(m[1]), int(m[2] or 0)) for m in points)
    if end[0] > start[0] or (end[0] == start[0] and (not end[1] or end[1] >= start[1])):
        return None
    return points[0].group(0), points[1].group(0)


def _term_reversed(p: ProjectView) -> list[Hit]:
    period = (p.project.period or "").strip()
    points = _reversed(period) if period else None
    if points is None:
        return []
    found = hit(
        f"项目期限{q(period, 30)}从{points[0]}开始、到{points[1]}结束，结束早于开始："
        "起止日期填反了，或其中一个写错。",
        field="period",
    )
    return [found]


R137 = TABLE.rule("R137", _term_reversed, applies_to=has_dated_terms)

RULES = (R125, R137)
