"""Review round 10 (held-out): the project's term and the table's year.

- R125: the goal table (or self-evaluation) is of one budget year, yet the project's term as
  written (项目期 / 实施期 / 建设周期 / 起止时间) begins only after that year (奉节 2023年度
  审批表 with 建设周期 “2025年1月1日-2025年12月31日”): a project of a later year entered in
  this year's table, or the year written wrong. A term that ended before the budget year is
  R126's (opinion_checks_round5); a term across the year, or naming no year, is left alone.
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

RULES = (R125,)
