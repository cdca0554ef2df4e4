"""The budget execution a self-evaluation report states in prose: '项目预算300万元，实际
支出258万元，资金执行率86%', '资金执行数676.80万元,执行率为85.95%'.

Read only for a self-evaluation whose single project has no 执行率 from a table. The
rate is a '执行率' (or '支出率': pack data ``rate_labels``) followed right after by a figure
with '%' (a target's '≥90%' or '90%以上' is none, nor a table's cells cut at spaces or a
glued '100%100%' row); the first
one whose clause (up to '。' or '；') also states an amount spent (执行数, 实际支出, 拨付 …)
is taken, with that amount; without such a clause, a rate only when every rate the
prose states is the same. A budget amount (项目预算, 下达…资金, 年初预算 …) anywhere in
the prose is taken only when the amount spent over it gives the rate (within one
percentage point, as a rounded rate is written): a budget is never guessed. Each
figure keeps its sentence as source.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.header_amounts import amount
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm.alternation import alternation

_NUMBER = r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>万元|亿元|元|万)"


@cache
def _rate_pattern() -> re.Pattern[str]:
    """'执行率为85.95%', '支出率97.43%': a rate word (pack data ``rate_labels``) and its figure."""
    words = alternation(packs.merged_data("import-prose-figures.json")["rate_labels"])
    return re.compile(
        rf"(?:{words})(?:为|是|达到?|[:：])?(?P<rate>\d+(?:\.\d+)?)%(?!\s*(?:以上|以下|左右|及以上|\d))"
    )


_SPENT = re.compile(
    r"(?:执行数|实际支出|实际执行|已支出|支出|执行(?:总量|总额|金额)?|拨付|使用)"
    rf"(?:资金|金额|数)?\s*(?:为|了|共计|合计|[:：])?\s*{_NUMBER}"
)
_BUDGET = re.compile(
    r"(?:年初预算|全年预算|调整后预算|项目预算|预算资金|预算数|预算|"
    r"(?:下达|安排|拨入|到位|投入)[^，,。；;]{0,24}?资金|项目资金共?)"
    rf"(?:总额|总计)?\s*(?:为|共|共计|合计|[:：])?\s*{_NUMBER}"
)
_CLAUSE = re.compile(r"[^。；;]+")
_CLOSE = Decimal("0.01")


def _figure(match: re.Match[str]) -> Decimal | None:
    return amount(match.group("n") + match.group("u"), Decimal(1))


def _clauses(blocks: list[Block]) -> list[tuple[str, SourceRef]]:
    found: list[tuple[str, SourceRef]] = []
    for block in blocks:
        # a line the text reader cut at its spaces is read as the line it was
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if "执行" not in text and "预算" not in text and "资金" not in text:
            continue
        text = unicodedata.normalize("NFKC", text)
        found.extend((m.group(0), block.source.with_raw(text)) for m in _CLAUSE.finditer(text))
    return found


def _rate(
    clauses: list[tuple[str, SourceRef]],
) -> tuple[Decimal, SourceRef, tuple[Decimal, SourceRef] | None] | None:
    """The stated rate, its source, and the amount spent its clause states."""
    rates: list[tuple[Decimal, SourceRef]] = []
    for clause, source in clauses:
        for match in _rate_pattern().finditer(clause):
            rate = Decimal(match.group("rate")) / 100
            spent = list(_SPENT.finditer(clause[: match.start()]))
            figure = _figure(spent[-1]) if spent else None
            if figure is not None:
                return rate, source, (figure, source)
            rates.append((rate, source))
    if rates and len({rate for rate, _ in rates}) == 1:
        return rates[0][0], rates[0][1], None
    return None


def read_prose_budget(projects: list[Project], blocks: list[Block]) -> None:
    """A single project without a table's 执行率 takes the one its report states."""
    if len(projects) != 1 or projects[0].execution_rate is not None:
        return
    project = projects[0]
    clauses = _clauses(blocks)
    found = _rate(clauses)
    if found is None:
        return
    rate, source, spent = found
    project.execution_rate, project.sources["execution_rate"] = rate, source
    if spent is None or project.spent is not None:
        return
    project.spent, project.sources["spent"] = spent
    if project.budget_total is not None or not rate or not spent[0]:
        return
    for clause, where in clauses:
        for match in _BUDGET.finditer(clause):
            budget = _figure(match)
            if budget and abs(spent[0] / budget - rate) <= _CLOSE:
                project.budget_total, project.sources["budget_total"] = budget, where
                return
