"""Budget column heads cut over two cells, joined back before the header block reads them:

- '预算数 | (A)' as '预算数(A)': a formula mark cut off its label by a space;
- '年初 | 预算数', '全年 | 执行数' as '年初预算数', '全年执行数': a head wrapped over two lines
  of a table flattened one cell per line (廊坊's 自评表: '年初 / 预算数 / 全年 / 预算数 /
  全年 / 执行数 / 分值 / 执行率 / 得分', then the line's six figures). Joined only where the
  first part is a word that opens such a head (pack data ``wrapped_head_starts`` of
  ``profiles/import-stated-totals.json``: 年初, 全年 …) and the two together name a budget
  column (the vocabulary's ``budget_column``, an exact lookup): '预算 | 执行数' (two
  columns) and '年度资金总额 | 预算数' stay two cells.
"""

from __future__ import annotations

from copy import copy
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.vocabulary import is_formula_mark, normalise, vocabulary


@cache
def _starts() -> frozenset[str]:
    return frozenset(packs.merged_data("import-stated-totals.json")["wrapped_head_starts"])


def _wrapped(first: str, second: str) -> bool:
    return first in _starts() and vocabulary().budget_column(first + second) is not None


def joined_heads(filled: list[Cell]) -> list[Cell]:
    """The filled cells with each cut head joined back into one cell."""
    joined: list[Cell] = []
    for cell in filled:
        if joined and (is_formula_mark(cell.text) or _wrapped(joined[-1].text, cell.text)):
            label = copy(joined[-1])
            label.text = label.text + normalise(cell.text)
            joined[-1] = label
        else:
            joined.append(cell)
    return joined
