"""A deadline written in a project's 年度绩效目标 against the budget year, round 12 of the
held-out classes (tests/review/defects/opinions_round12.py). The 年度目标 is what the
budget year's money achieves within that year (domain.md §3, §5):

- R141: the goal is to be met by a date in the year before the budget year (“2023年12月底前
  全部完成” in a 2024 table): done before its money exists — copied from last year's table,
  or the work is last year's; two or more years before is R124's stale goal;
- R142: the goal is to be met two or more years after the budget year (“2026年底前完成”):
  not the year's goal, and nothing the year can be judged by (as N228 for a 时效 value).

The words are data (``jixiao/profiles/review-goal-deadlines.json``).
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.content_caches import content_cache
from jixiao.review.context import ProjectView
from jixiao.review.profile import load_data_file
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import alternation, data_words, q

TABLE = rule_table(__name__)
_DATA = "review-goal-deadlines.json"
_REACH = 4  # characters before a year searched for a comparison word


@cache
def _late_years() -> int:
    return int(str(load_data_file(_DATA)["late_years"]))


@cache
def _deadline() -> re.Pattern[str]:
    ends = alternation(data_words(_DATA, "deadline_ends"))
    return re.compile(
        r"((?:19|20)[0-9]{2})\s*年\s*(?:[0-9]{1,2}\s*月\s*)?(?:[0-9]{1,2}\s*日\s*)?"
        f"(?:底|末)?\\s*(?:{ends})"
    )


@content_cache(maxsize=1 << 12)
def deadline_years(text: str) -> tuple[int, ...]:
    """The years of the deadlines ``text`` sets, comparisons left out."""
    compared = data_words(_DATA, "compared_before")
    return tuple(
        int(m.group(1))
        for m in _deadline().finditer(text)
        if not text[max(0, m.start() - _REACH) : m.start()].endswith(compared)
    )


def _goal_deadline(p: ProjectView, late: bool) -> list[Hit]:
    year, project = p.plan.plan.year, p.project
    if year is None:
        return []
    after = _late_years()
    for goal in [*project.goals, project.annual_goal or ""]:
        if "年" not in goal:
            continue
        for found in deadline_years(goal):
            if late and found >= year + after:
                said = f"{year}年度的绩效目标要到{found}年才完成（{q(goal, 30)}）"
                reason = "不是本年度能够实现、能够考核的目标，应写明预算年度内完成的部分。"
            elif not late and found == year - 1:
                said = f"{year}年度的绩效目标把完成时限定在上一年{found}年（{q(goal, 30)}）"
                reason = "本年度的资金尚未安排目标已到期：疑似照抄上年目标，或写的是上年的工作。"
            else:
                continue
            return [hit(f"{said}，{reason}", field="goals")]
    return []


def _goal_before_year(p: ProjectView) -> list[Hit]:
    return _goal_deadline(p, late=False)


def _goal_years_after(p: ProjectView) -> list[Hit]:
    return _goal_deadline(p, late=True)


R141 = TABLE.rule("R141", _goal_before_year)
R142 = TABLE.rule("R142", _goal_years_after)

RULES = (R141, R142)
