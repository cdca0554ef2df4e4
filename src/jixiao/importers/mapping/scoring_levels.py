"""The 一级 / 二级 names of evaluation frameworks (``profiles/import-scoring-levels.json``):
项目决策 / 项目管理 and their 项目立项, 资金管理 … rows, which self-evaluation tables score
beside the 产出 / 效益 indicators. Kept apart from the indicator framework's labels of
``import-headers.json``: they only name the levels of scoring rows."""

from __future__ import annotations

from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.mapping.vocabulary import normalise, vocabulary


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data: dict[str, Any] = packs.merged_data("import-scoring-levels.json")
    return _inverted(data["level1"]), _inverted(data["level2"])


def _inverted(table: dict[str, list[str]]) -> dict[str, str]:
    return {normalise(alias): name for name, aliases in table.items() for alias in aliases}


def scoring_level(text: str) -> str | None:
    """'level1' / 'level2' for a framework name ('项目决策(10分)'), else None."""
    level1, level2 = _tables()
    words = vocabulary()
    if words.level(text, level1) is not None:
        return "level1"
    return "level2" if words.level(text, level2) is not None else None


@cache
def scoring_labels() -> tuple[str, ...]:
    """Every name, as compared."""
    level1, level2 = _tables()
    return tuple({*level1, *level2})
