"""A fund a report says arrived, or was spent, in full: '2023年度12类基本公共卫生服务资金
3728万元全部执行到位' (枞阳), '主体班教育培训项目等专项资金92.4万元,全额拨付到位' (沅江).

The amount right before the words of a whole arrival (pack data ``arrived_in_full`` of
``profiles/import-prose-figures.json``: 全部到位, 全额拨付到位 …), itself right after a
fund noun (资金, 经费), is the whole fund the report evaluates: its 预算数. A part's
arrival ('其中中央资金2855万元已全部到位') and the total's are two amounts, and a report
stating two amounts so states none that can be taken. Only a single project without a
budget takes one; the figure keeps its sentence as source.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block
from jixiao.importers.mapping.fund_amounts import AMOUNT, money, texts_holding
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm.alternation import alternation


@cache
def _pattern() -> re.Pattern[str]:
    words = alternation(packs.merged_data("import-prose-figures.json")["arrived_in_full"])
    return re.compile(
        rf"(?:资金|经费)\s*(?:共计|合计|共|为)?\s*{AMOUNT}\s*[,，]?\s*(?:已经|已)?\s*(?:{words})"
    )


def _arrived(blocks: list[Block]) -> list[tuple[Decimal, SourceRef]]:
    found: list[tuple[Decimal, SourceRef]] = []
    for text, source in texts_holding(blocks, "到位"):
        for match in _pattern().finditer(text):
            if figure := money(match):
                found.append((figure, source))
    return found


def read_arrived_budget(projects: list[Project], blocks: list[Block]) -> None:
    """A single project without a budget takes the one fund its report says arrived in full."""
    if len(projects) != 1 or projects[0].budget_total is not None:
        return
    found = _arrived(blocks)
    if found and len({figure for figure, _ in found}) == 1:
        projects[0].budget_total, projects[0].sources["budget_total"] = found[0]
