"""Stretches of a flattened grid whose optional tail column is empty on every row.

A stream that lost its row boundaries is regrouped name by name
(:func:`jixiao.importers.mapping.align.regroup`); a long sentence after a complete row
is taken for the row's 绩效标准 / 说明 tail when the header has such a column. An older
target table whose 绩效标准 column is empty throughout and whose names are sentences
('指标类型 | 指标名称 | 绩效目标 | 绩效标准', then '产出指标 | 编印…公报 | 编印…每月3000本… |
举办…图片展 | 向社会宣传…成就 | …') would lose every other name to the row before.

The count of cells under each level label tells: when one is a whole number of rows
without a tail (name and the values the header needs) and not of rows with one, and no
other is only of rows with one, the tail column is empty and no cell is a tail.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.importers.blocks import Cell


def tailless_cells(needed: int, cells: list[Cell], is_label: Callable[[str], bool]) -> set[int]:
    """The ids of the filled cells of ``cells`` when the grid's tail column reads as empty:
    some level label's stretch is a whole number of rows without a tail and none is one of
    rows with a tail only (a column is empty down the whole grid, or not)."""
    stretches: list[list[Cell]] = [[]]
    for cell in cells:
        if not cell.text:
            continue
        if is_label(cell.text):
            stretches.append([])
        else:
            stretches[-1].append(cell)
    bare = tailed = False
    for stretch in stretches:
        without = len(stretch) % (needed + 1) == 0
        with_tail = len(stretch) % (needed + 2) == 0
        bare = bare or (bool(stretch) and without and not with_tail)
        tailed = tailed or (bool(stretch) and with_tail and not without)
    if not bare or tailed:
        return set()
    return {id(cell) for stretch in stretches for cell in stretch}
