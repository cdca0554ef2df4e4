"""Indicators listed one cell per line, with no grid: a 批复表 rendered as a tree.

``产出指标`` / ``成本指标(必填硬性指标)`` / ``按照物价部门定价标准采购`` / ``100%`` / …:
the level labels (in the vocabulary's words, written with the template's marks such
as ``(必填)``) set the 一级 and 二级, and a line followed by a line holding a figure
alone (a number with its sign or unit) is an indicator with that value. A name is read only
under a 二级 label already met, and only a figure is taken for a value, so a stray
number in the text before the tree invents nothing.

A wrapped name may sit around its value, as PDF text flows a vertically centred
cell (``各种强制免率、屠宰率`` / ``100%`` / ``及检疫率``): a short line after the value
that is neither a label nor the name of a next value (nor a ``附件:`` line) ends the
name. (Not so for the words of a line a table was flattened into: each is a cell.)
"""

from __future__ import annotations

import re

from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.prose_indicators import figure_pattern
from jixiao.importers.mapping.vocabulary import compact
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef

Line = tuple[str, SourceRef]
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
WRAPPED_TAIL = 12  # the longest end of a name wrapped below its value


def is_figure(text: str) -> bool:
    """A value alone on its line; a bare number is a 分值, 得分 or amount, not a value."""
    bare = compact(text)
    return figure_pattern().fullmatch(bare) is not None and not _BARE_NUMBER.fullmatch(bare)


def listed_indicators(lines: list[Line], *, wrapped: bool = True) -> list[Indicator]:
    """The indicators of a label / name / value tree, in order (``wrapped``: a name's end
    may sit below its value)."""
    level1 = level2 = ""
    found: list[Indicator] = []
    index = 0
    while index < len(lines):
        text, source = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        kind = level_kind(text, following[0] if following else "")
        valued = following is not None and is_figure(following[0]) and not is_figure(text)
        if level2 and valued and kind != "level1" and following is not None:
            tail = _wrapped_tail(lines, index + 2) if wrapped else ""
            indicator = Indicator(
                level1=level1,
                level2=level2,
                level3=compact(text) + tail,
                value=compact(following[0]),
            )
            indicator.sources["level3"] = source
            indicator.sources["value"] = following[1]
            found.append(indicator)
            index += 3 if tail else 2
            continue
        if kind == "level1":
            level1, level2 = compact(text), ""
        elif kind == "level2":
            level2 = compact(text)
        index += 1
    return found


def _wrapped_tail(lines: list[Line], index: int) -> str:
    """The end of a name wrapped below its value, or ''."""
    if index >= len(lines):
        return ""
    text = compact(lines[index][0])
    after = lines[index + 1][0] if index + 1 < len(lines) else ""
    if (
        len(text) > WRAPPED_TAIL
        or any(mark in text for mark in ":：;；")
        or level_kind(text, after)
        or is_figure(text)
        or is_figure(after)
    ):
        return ""
    return text
