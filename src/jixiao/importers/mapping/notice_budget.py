"""The 预算数 a notice handing a fund down states in its sentence: '现将2025年市级财政衔接推进
乡村振兴补助(第二批应急救助)资金23.8万元…下达给你们', '现下达2025年省级第七批水利专项资金
35万元'.

Read for a plan of one project with no 预算数 from its tables: the amount written right
after the project's own name (four characters or more, compared as normalised; a fund
word such as 补助经费 may stand between, a name read short of it) in a sentence with a
verb of handing down (pack data, ``fund_words`` and ``notice_verbs`` of
``profiles/import-funds-table.json``). Every amount written right after the name in the
document must be that one — a notice naming the fund with last year's sum as well, or
a total and its parts, gives none — and it must fit the project's 其中 parts.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph, Row
from jixiao.importers.mapping.budget_parts import parts_agree
from jixiao.importers.mapping.header_amounts import amount
from jixiao.importers.mapping.vocabulary import normalise
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm.alternation import alternation

_AMOUNT = r"(?P<figure>\d[\d,]*(?:\.\d+)?(?:万元|万|亿元))"
_SENTENCE = re.compile(r"[^。;；]+")
_SHORTEST_NAME = 4


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(packs.merged_data("import-funds-table.json")[key])


def _texts(blocks: list[Block]) -> list[tuple[str, SourceRef]]:
    texts: list[tuple[str, SourceRef]] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            texts.append((block.text, block.source))
        elif isinstance(block, Row):
            texts.extend((c.text, block.source) for c in block.cells if len(c.text) > 30)
    return texts


def read_notice_budget(projects: list[Project], blocks: list[Block]) -> None:
    """The single project with no 预算数 takes the one its notice states after its name."""
    if len(projects) != 1 or projects[0].budget_total is not None:
        return
    project = projects[0]
    name = normalise(project.name or "")
    if len(name) < _SHORTEST_NAME:
        return
    fund = alternation(_words("fund_words"))
    after_name = re.compile(f"{re.escape(name)}(?:{fund})?{_AMOUNT}")
    stated: set[Decimal] = set()
    handed: tuple[Decimal, SourceRef] | None = None
    for text, source in _texts(blocks):
        bare = normalise(text)
        if name not in bare:
            continue
        for sentence in _SENTENCE.findall(bare):
            for match in after_name.finditer(sentence):
                figure = amount(match.group("figure"), Decimal(1))
                if figure is None:
                    continue
                stated.add(figure)
                if handed is None and any(verb in sentence for verb in _words("notice_verbs")):
                    handed = figure, source
    if handed is None or stated != {handed[0]}:
        return
    if parts_agree(handed[0], project.budget_fiscal, project.budget_other):
        project.budget_total = handed[0]
        project.sources["budget_total"] = handed[1]
