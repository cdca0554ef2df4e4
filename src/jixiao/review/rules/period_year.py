"""Review round 10 (held-out): the project's term and the table's year.

- R125: the goal table (or self-evaluation) is of one budget year, yet the project's term as
  written (项目期 / 实施期 / 建设周期 / 起止时间) lies wholly after that year, or ended two or
  more years before it (奉节 2023年度 审批表 with 建设周期 “2025年1月1日-2025年12月31日”): a
  project of another year entered in this year's table, or the year written wrong. A term that
  ended the year before is left alone (money carried over, 结转, is spent on it the next year).
"""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.review.context import PlanView, ProjectView
from jixiao.review.rule import Hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import q

TABLE = rule_table(__name__)

# a year written in the term: “2025年”, “2025.1”, “202001” (not the tail of a longer number)
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})")
_CARRIED = 1  # a term ending this many years before the budget year may be carried over


@lru_cache(maxsize=1 << 10)
def _term_years(period: str) -> tuple[int, int] | None:
    """The first and last year a term names, or None when it names none."""
    years = [int(y) for y in _YEAR.findall(period)]
    return (min(years), max(years)) if years else None


def _term_outside_year(p: ProjectView) -> list[Hit]:
    year = p.plan.plan.year
    period = (p.project.period or "").strip()
    if year is None or not period:
        return []
    span = _term_years(period)
    if span is None:
        return []
    first, last = span
    if first > year:
        where = f"整段在{year}年之后"
    elif last < year - _CARRIED:
        where = f"{last}年就已结束，早于{year}年{year - last}年"
    else:
        return []
    hit = Hit(
        f"{year}年度的表，项目期限却是{q(period, 30)}，{where}：或是把别的年度的项目填进了"
        "本年度的表，或是年份填错。",
        field="period",
    )
    return [hit]


def has_dated_terms(view: PlanView) -> bool:
    """The document states its year and some project's term: R125's precondition."""
    plan = view.plan
    return plan.year is not None and any(project.period for project in plan.projects)


R125 = TABLE.rule("R125", _term_outside_year, applies_to=has_dated_terms)

RULES = (R125,)
