"""A report's 总投资 read as its 预算数 where the words right after it say all of it is a
fund of the document's own year:

    '项目建设总投资136万元。全部为昌宁县2021年统筹整合财政涉农资金。'

A 总投资 is the project's whole cost, which may span years and sources, so alone it is no
budget of the year (``prose_stated_budget`` never reads it). It is read only where a word
of wholeness ('全部为', '均为' …) opens the clause or sentence right after the amount and
that clause names the document's year and a fund ('…2021年…资金'): '总投资500万元,其中
2021年安排136万元' states a part, '全部为2020年…资金' in a 2021 report another year's
fund, '全部为银行贷款' no year — none of them a budget. Several such amounts that differ
give none. Only a single project without a budget takes one, after the labelled readers
found none. Words are pack data (``investment_labels``, ``whole_words`` of
``profiles/import-prose-figures.json``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.header_amounts import amount
from jixiao.importers.mapping.year import stated_year, texts_of
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation


@cache
def _pattern() -> re.Pattern[str]:
    data = packs.merged_data("import-prose-figures.json")
    return re.compile(
        rf"(?:{alternation(data['investment_labels'])})\s*(?:为|是|[:：])?\s*"
        r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>亿元|万元)\s*[。,，;；]?\s*"
        rf"(?:{alternation(data['whole_words'])})"
        r"[^。,，;；\n]{0,30}?(?P<y>(?:19|20)\d{2})年[^。,，;；\n]{0,30}?(?:资金|经费)"
    )


def whole_year_investments(text: str, year: int) -> list[Decimal]:
    """The 总投资 amounts the text says are wholly funds of ``year``."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    found: list[Decimal] = []
    for match in _pattern().finditer(text):
        value = amount(match.group("n") + match.group("u"), Decimal(1))
        if value and int(match.group("y")) == year:
            found.append(value)
    return found


def read_year_investment(projects: list[Project], blocks: list[Block]) -> None:
    """A single project without a budget takes the 总投资 its report says is this year's."""
    if len(projects) != 1 or projects[0].budget_total is not None:
        return
    found: list[tuple[Decimal, SourceRef]] = []
    year: int | None = None
    for block in blocks:
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if "投资" not in text:
            continue
        year = year or stated_year(texts_of(blocks))
        if year is None:
            return
        found.extend((v, block.source.with_raw(text)) for v in whole_year_investments(text, year))
    if found and len({value for value, _ in found}) == 1:
        projects[0].budget_total, projects[0].sources["budget_total"] = found[0]
