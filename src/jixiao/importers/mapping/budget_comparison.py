"""A budget statement set beside the year before's 决算.

A unit's 三公 or 部门预算 statement compares the year budgeted with what the year
before spent: '一、2022年“三公”经费预算安排情况' then '二、2021年“三公”经费决算情况'.
The 决算 section is the comparison, not what the document is: when the kind comes
from a numbered section naming a 决算 of year N and another title names the budget
(a disclosure's words, no 决算) of year N + 1, the document is that budget's disclosure.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"(20\d{2})年")
_ACCOUNTS_WORD = "决算"


def _year(title: str) -> int | None:
    match = _YEAR.search(title)
    return int(match.group(1)) if match else None


def next_year_titles(titles: list[str], accounts_title: str) -> list[str]:
    """The titles naming the year after ``accounts_title``'s 决算 and no 决算: where the
    budget it is compared with may be named."""
    year = _year(accounts_title)
    if year is None:
        return []
    return [t for t in titles if _ACCOUNTS_WORD not in t and _year(t) == year + 1]
