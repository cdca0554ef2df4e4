"""The 执行率 a budget line states as a bare figure closing the line after its 执行数,
under a head naming the rate in percent:

    '二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)'
    '预算数 6.84 到位数 6.84 执行数 6.84 100.00'

A bare figure names nothing, so it is read only where the line, or the one above it, names
the rate in percent (a head of ``trailing_rate_heads`` with '(%)', or the figure written
with '%'), the figure right before it is the project's 执行数 after its label (pack data:
the ``spent`` heads of ``budget_columns``), and it is that 执行数 / the project's 预算数,
in percent, to the rounding it is written with. Only a single project with a 预算数 and a
执行数 read and no 执行率 takes one; the line is kept as its source.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.model.plan import Project
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_FIGURE = r"\d{1,9}(?:\.\d{1,4})?"
_HUNDRED = Decimal(100)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = packs.merged_data("import-stated-totals.json")
    spent = alternation(data["budget_columns"]["spent"])
    heads = alternation(data["trailing_rate_heads"])
    return (
        re.compile(
            rf"(?:{spent})\s*[:：]?\s*(?P<spent>{_FIGURE})\s+(?P<rate>{_FIGURE})\s*(?P<pct>[%％])?\s*$"
        ),
        re.compile(rf"(?:{heads})\s*[(（]\s*[%％]\s*[)）]"),
    )


def trailing_rate(line: str, head: str, budget: Decimal, spent: Decimal) -> Decimal | None:
    """The rate (a fraction) ``line`` closes with, given the line above it, else None."""
    line_pattern, head_pattern = _patterns()
    match = line_pattern.search(to_simplified(unicodedata.normalize("NFKC", line)))
    if match is None or Decimal(match.group("spent")) != spent or not budget:
        return None
    named = head_pattern.search(to_simplified(unicodedata.normalize("NFKC", f"{head} {line}")))
    if named is None and match.group("pct") is None:
        return None
    written = match.group("rate")
    places = len(written.partition(".")[2])
    # half a unit of the last place written: '100.00' within 0.005, '86' within 0.5
    slack = Decimal(5).scaleb(-places - 1)
    if abs(Decimal(written) - spent / budget * _HUNDRED) > slack:
        return None
    return (Decimal(written) / _HUNDRED).normalize()


def read_trailing_rate(projects: list[Project], blocks: list[Block]) -> None:
    """A single project with a 预算数 and a 执行数 and no 执行率 takes the one its budget
    line closes with (see the module's rules)."""
    if len(projects) != 1:
        return
    project = projects[0]
    budget, spent = project.budget_total, project.spent
    if budget is None or spent is None or project.execution_rate is not None:
        return
    head = ""
    for block in blocks:
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if "执" in text or "執" in text:
            rate = trailing_rate(text, head, budget, spent)
            if rate is not None:
                project.execution_rate = rate
                project.sources["execution_rate"] = block.source.with_raw(text)
                return
        head = text
