"""A 完成目标可能性 answer read one column early.

Page renderings drop empty cells and pad the row at its end: a 监控表 row whose 偏差原因
cell was empty puts its ``确定能`` under 偏差原因. The answers are a closed list (data:
``likelihood_answers`` in ``profiles/import-monitoring.json``), so such a cell is moved
back to the 完成目标可能性 column when that column comes after 偏差原因 and is empty.
"""

from __future__ import annotations

from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.vocabulary import normalise


@cache
def _answers() -> frozenset[str]:
    words: list[str] = packs.merged_data("import-monitoring.json")["likelihood_answers"]
    return frozenset(normalise(word) for word in words)


def move_early_likelihood(header: GridHeader, mapped: dict[str, Cell]) -> None:
    """Move an answer found under 偏差原因 to the empty 完成目标可能性 after it."""
    deviation, likelihood = header.position("deviation"), header.position("likelihood")
    if deviation is None or likelihood is None or likelihood < deviation:
        return
    answer = mapped.get("deviation")
    if answer is None or normalise(answer.text) not in _answers():
        return
    if "likelihood" in mapped and mapped["likelihood"].text:
        return
    mapped["likelihood"] = mapped.pop("deviation")
