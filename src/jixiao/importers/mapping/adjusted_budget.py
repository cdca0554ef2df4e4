"""The 年初预算数 and the adjustment a report states beside the year's budget it read.

    …资金下达我区111万元(…),其中…100万元,…11万元,调减40万元(…),全年实际下达71万元

The budget read (71, the year's: 全年预算数) is told in a sentence that also states an
adjustment — a cut ('调减40万元') or an addition ('追加30万元'), the words pack data
(``adjustment_words`` of ``profiles/import-prose-figures.json``) — and, before it, the
amount first allotted. That amount is the 年初预算数 only where the sentence's own
arithmetic says so: exactly one amount before the adjustment, less the cut or plus the
addition, gives the budget read (111 − 40 = 71). Otherwise (no adjustment stated, two
amounts that fit, or none) nothing is kept: the parts listed after '其中' (100 + 11) are
amounts too, and only the sum tells the first allotment from them.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.mapping.header_amounts import amount
from jixiao.model.plan import Project
from jixiao.textnorm import strip_pinyin, to_simplified
from jixiao.textnorm.alternation import alternation

_AMOUNT = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>亿元|万元|元)")


@cache
def _adjustment() -> re.Pattern[str]:
    """A cut or an addition with its amount right after the word ('调减40万元')."""
    words: dict[str, list[str]] = packs.merged_data("import-prose-figures.json")["adjustment_words"]
    return re.compile(
        rf"(?:(?P<cut>{alternation(words['cut'])})|(?P<added>{alternation(words['added'])}))"
        rf"(?:资金|经费)?\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>亿元|万元|元)"
    )


def _figure(match: re.Match[str]) -> Decimal | None:
    return amount(match.group("n") + match.group("u"), Decimal(1))


def initial_budget(text: str, budget: Decimal) -> tuple[Decimal, Decimal] | None:
    """The amount first allotted and the signed adjustment (−40 for a cut) a sentence
    states, when exactly one amount before the adjustment, adjusted, is ``budget``."""
    text = to_simplified(strip_pinyin(unicodedata.normalize("NFKC", text)))
    found: set[tuple[Decimal, Decimal]] = set()
    for match in _adjustment().finditer(text):
        change = _figure(match)
        if change is None or not change:
            continue
        signed = -change if match.group("cut") else change
        before = [f for m in _AMOUNT.finditer(text, 0, match.start()) if (f := _figure(m))]
        found |= {(first, signed) for first in before if first + signed == budget}
    return found.pop() if len(found) == 1 else None


def read_initial_budget(projects: list[Project]) -> None:
    """A single project whose budget was read from a sentence stating its adjustment keeps
    the 年初预算数 and the 全年预算数 that sentence gives (see the module's rules)."""
    if len(projects) != 1:
        return
    project = projects[0]
    source = project.sources.get("budget_total")
    budget = project.budget_total
    if budget is None or source is None or source.raw is None:
        return
    if project.budget_initial is not None or project.budget_adjusted is not None:
        return  # a table's own columns say it
    found = initial_budget(source.raw, budget)
    if found is None:
        return
    project.budget_initial, project.budget_adjusted = found[0], budget
    project.sources["budget_initial"] = project.sources["budget_adjusted"] = source
