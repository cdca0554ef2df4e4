"""A stream of cells that writes an indicator's name twice.

A 自评表 copied from a web page may repeat the 三级指标 after its target, before the
全年完成值 (咸宁's '建设环境空气质量自动监测子站 | 11个 | 建设环境空气质量自动监测子站 | 0 |
原因…'): regrouped name by name, the repetition would be read as the 完成值 and the figure
after it pushed into the next row. A text cell equal to the filled cell two before it,
with another cell between, is that repetition and is dropped. A value and its 完成值
written alike ('严格执行 | 严格执行') sit side by side and stay; figures always stay.
"""

from __future__ import annotations

import re

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.vocabulary import normalise

_HAS_DIGIT = re.compile(r"\d")


def without_names_again(cells: list[Cell]) -> list[Cell]:
    """``cells`` without the cells restating the name two filled cells before them."""
    kept: list[Cell] = []
    filled: list[str] = []  # the normalised texts of the filled cells kept
    for cell in cells:
        if cell.text:
            bare = normalise(cell.text)
            if (
                len(filled) >= 2
                and bare == filled[-2]
                and bare != filled[-1]
                and len(bare) >= 4
                and not _HAS_DIGIT.search(bare)
            ):
                continue
            filled.append(bare)
        kept.append(cell)
    return kept
