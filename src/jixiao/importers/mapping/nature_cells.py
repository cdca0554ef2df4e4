"""A qualitative row that lost its empty 计量单位 cell.

A target table written 指标名称 | 计量单位 | 指标性质 | 指标值 leaves the unit empty on a
qualitative row ('项目持续期 | 定性 | 基本建立 |', the empty cell dropped by the page): set by
position, 定性 lands under 计量单位 and the value under 指标性质, and the row has no
指标值. A nature word (定性, 定量, 正向, 反向) is never a unit: it is the row's 指标性质 and
the cell after it the 指标值.
"""

from __future__ import annotations

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.vocabulary import normalise, vocabulary

NATURES = frozenset({"定性", "定量", "正向", "反向"})


def natures_in_place(mapped: dict[str, Cell]) -> dict[str, Cell]:
    """``mapped`` with a nature word under 计量单位 moved to 指标性质 and the cell under
    指标性质 (no sign) moved to 指标值, when the row has no 指标值; else unchanged."""
    unit, sign = mapped.get("unit"), mapped.get("sign")
    if unit is None or sign is None or "value" in mapped:
        return mapped
    if normalise(unit.text) not in NATURES or vocabulary().sign(sign.text) is not None:
        return mapped
    moved = {role: cell for role, cell in mapped.items() if role not in ("unit", "sign")}
    moved["sign"], moved["value"] = unit, sign
    return moved
