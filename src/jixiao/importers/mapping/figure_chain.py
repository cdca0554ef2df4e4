"""A one-value target grid glued into a paragraph with several rows under one label:

``指标 指标内容 指标值产出指标 年度、半年趋势报告次数 各 1 次发生动态与短期预报报告次数
2000 次汇总突发事件季度报告次数 4 次…测报准确率 85%年度、半年趋势报告及时率 100%…``

After a header of name words and one value word (no actual, weight or other column),
glued right before a 一级 / 二级 label, the rows follow one another with nothing
between them: a name, a figure, its unit, the next name. Where a unit ends and the next
name begins is read off the name itself: the unit is what the name counts — the name
ends with it (``测报员培训人次`` → ``200 人次``) or with it and 数 (``报告次数`` →
``2000 次``), and a rate (``…率``, ``…比例``) takes ``%``. A row is read only when
exactly one unit fits; the chain stops at the first text that is no such row (a
qualitative value, prose), so nothing after it is cut into rows.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.glued_outcomes import glued_labels
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_FIGURE = re.compile(r"(?:[≥≤<>=]|不低于|不少于|不高于|不超过)?\d+(?:\.\d+)?")
_LONGEST_NAME = 40
_LONGEST_UNIT = 4


@cache
def _data() -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = packs.merged_data("import-headers.json")["figure_chain"]
    return loaded


@cache
def _header() -> re.Pattern[str]:
    """Name words then one value word, glued right before a level label."""
    words = vocabulary()
    by_role: dict[str, set[str]] = {}
    for role, exact, _ in words.roles:
        by_role.setdefault(role, set()).update(w for w in exact if len(w) >= 2)
    names = by_role["level1"] | by_role["level2"] | by_role["level3"]
    labels = sorted({*words.level1, *words.level2}, key=len, reverse=True)

    return re.compile(
        rf"(?:{alternation(names)}){{1,3}}(?:{alternation(by_role['value'])})"
        rf"(?=(?:{alternation(labels)}))"
    )


def figure_chain_rows(blocks: list[Block]) -> list[Indicator]:
    """The rows of such a grid in any paragraph of ``blocks`` (or [])."""
    found: list[Indicator] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            text = to_simplified(compact(block.raw))
            header = _header().search(text)
            if header is not None:
                found.extend(chain_rows(text, header.end(), block.source))
    return found


def chain_rows(text: str, position: int, source: SourceRef) -> list[Indicator]:
    """The rows glued from ``position`` on, up to the first text that is no row."""
    level1 = level2 = ""
    rows: list[Indicator] = []
    while position < len(text):
        position = _past_merged_label(text, position)
        position, level1, level2 = glued_labels(text, position, len(text), level1, level2)
        row = _row_at(text, position)
        if row is None or not (level1 or level2):
            break
        name, value, position = row
        indicator = Indicator(level1=level1, level2=level2, level3=name, value=value)
        indicator.sources["level3"] = source
        rows.append(indicator)
    return rows


def _past_merged_label(text: str, position: int) -> int:
    """Past a merged row label glued between two rows ('项目绩效指标')."""
    for label in _data()["merged_labels"]:
        if text.startswith(label, position):
            return position + len(label)
    return position


def _row_at(text: str, start: int) -> tuple[str, str, int] | None:
    """The name, the value and the row's end of the row at ``start``, or None."""
    figure = _FIGURE.search(text, start)
    if figure is None:
        return None
    name = text[start : figure.start()]
    qualifier = next((q for q in _data()["qualifiers"] if name.endswith(q)), "")
    name = name.removesuffix(qualifier) if qualifier else name
    if not 2 <= len(name) <= _LONGEST_NAME or re.search(r"[。;；:：]", name):
        return None
    units = [
        unit
        for k in range(1, min(_LONGEST_UNIT, len(text) - figure.end()) + 1)
        if _counts(name, unit := text[figure.end() : figure.end() + k])
    ]
    if len(units) != 1:
        return None
    end = figure.end() + len(units[0])
    return name, qualifier + figure.group() + units[0], end


def _counts(name: str, unit: str) -> bool:
    """Whether ``unit`` is what ``name`` counts."""
    if unit == "%":
        return name.endswith(tuple(_data()["rate_endings"]))
    return not any(c.isdigit() or c in "%,，、" for c in unit) and (
        name.endswith(unit) or name.endswith(unit + "数")
    )
