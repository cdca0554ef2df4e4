"""Budget heads numbered by circled figures (福建's 部门整体支出绩效自评表):

    '年初部门预算安排金额(含历年结余结转)① | 年中调整金额② | 小计 | 年度拨付金额 |
     支出实现率(%)⑤=④/③ | 本年度结余金额⑥=③-④ | 资金结余率(%)⑦=⑥/③'

with the 小计's own formula alone on the line below ('③=①+②'), then the figures row.

* a head's circled number, and the formula after it ('⑤=④/③'), is its mark, not its
  words (``vocabulary.without_circled_mark``, cut before normalising turns '①' into '1');
* a ``subtotal_heads`` word of ``profiles/import-headers.json`` ('小计') standing after a
  年初 budget head in the same row sums it with the adjustments between: it is the
  year's budget (全年预算数); elsewhere ('合计 | 小计 | 基本支出') it is no budget head;
* a row of nothing but circled formulas stands under the heads it explains: it ends no
  wait for the figures row.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.vocabulary import normalise

_CIRCLED = "\u2460-\u2473"  # ① … ⑳
_OPERATOR = r"\s*[+＋\-－/／×*÷]\s*"
_FORMULA = rf"[{_CIRCLED}]\s*[=＝]\s*[{_CIRCLED}](?:{_OPERATOR}[{_CIRCLED}])*"
_FORMULA_ONLY = re.compile(rf"^\s*{_FORMULA}\s*$")


def formula_row(cells: list[Cell]) -> bool:
    """Whether the row holds circled formulas only ('③=①+②')."""
    filled = [c.text for c in cells if c.text.strip()]
    return bool(filled) and all(_FORMULA_ONLY.match(text) for text in filled)


@cache
def _subtotal_words() -> frozenset[str]:
    data = packs.merged_data("import-headers.json")
    return frozenset(normalise(word) for word in data["subtotal_heads"]["words"])


def with_subtotal(cells: list[Cell], budget: list[str | None]) -> list[str | None]:
    """The heads' budget roles, a 小计 after a 年初 budget head taken as the year's budget."""
    if "budget_initial" not in budget or "budget_adjusted" in budget:
        return budget
    first = budget.index("budget_initial")
    return [
        "budget_adjusted"
        if role is None and i > first and normalise(cell.text) in _subtotal_words()
        else role
        for i, (cell, role) in enumerate(zip(cells, budget, strict=True))
    ]
