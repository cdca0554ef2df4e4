"""Rows of a grid whose name column holds the indicator's class, not its name.

A 项目库 form heads its grid '指标类型 | 指标名称 | 指标值 | 指标描述' and writes, under
指标名称, the 二级 class ('数量指标', '社会效益指标', '可持续性发展影响指标'); what is
measured is said only by the 指标描述:

    产出指标 | 数量指标 | 375万平方米 | 完成全市375万平方米的绿地养护、维护等
    质量指标 | 100% | 达到绿化绿地全覆盖

With the merged 一级 cell left out the second row is one cell shorter. Such a row opens
with one or two class words (a level of the vocabulary, or a short phrase ending in 指标)
and then holds exactly a value and a description: the class words are its 一级 / 二级, the
description names the indicator. A grid with a 二级 column of its own, or a row with a
name between its class words and its value, is read as usual.
"""

from __future__ import annotations

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.header import GridHeader

_CLASS_LENGTH = 14  # '服务对象或受益者满意度指标': a class phrase is short


def reads_class_names(header: GridHeader) -> bool:
    """A grid with a name and a description column and no 二级 column."""
    return header.has("description") and header.has("level3") and not header.has("level2")


def _class_word(text: str) -> bool:
    return level_kind(text) is not None or (text.endswith("指标") and len(text) <= _CLASS_LENGTH)


def class_named(cells: list[Cell]) -> dict[str, Cell] | None:
    """The row's roles when its name cell holds its class (see the module), else None."""
    filled = [c for c in cells if c.text]
    classes = 0
    while classes < min(2, len(filled)) and _class_word(filled[classes].text):
        classes += 1
    if classes == 0 or len(filled) != classes + 2:
        return None
    value, description = filled[classes], filled[classes + 1]
    if _class_word(value.text) or len(description.text) < 2:
        return None
    mapped = {"value": value, "level3": description}
    if classes == 2:
        mapped["level1"] = filled[0]
    mapped["level2"] = filled[classes - 1]
    return mapped
