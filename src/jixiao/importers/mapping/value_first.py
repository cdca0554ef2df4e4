"""A glued grid whose value column is followed by text columns, one row a line —
湖南's 项目支出绩效目标表 (指标值 | 指标值内容 | 评(扣)分标准 | 度量单位 | 指标值类型 | 备注)::

    一级指标二级指标三级指标指标值指标值内容评(扣分标准) 度量单位指标值类型备注
    成本指标经济成本指标学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分,…-定量
    生态环境成本指标
    -定性

The header runs on past its value column in words the vocabulary does not know
(:func:`glued.unread_columns`), so a row's last figure is no value: the value is cut
from the row's front instead. The name runs from the row's labels to its first figure
(or the sign before it: ``大于90%``); the value is that figure up to a description
opener (``反映…``, the 指标值内容) a few characters on, else the figure with its unit and
``以上`` / ``以下`` (``95%以上`` then ``学生对学校…``). A value in words (``有所提升``)
cannot be told from the 指标值内容 after it: such a row gives its labels only. Lines
before the first labelled row (the unit's and the project's lines) and a row left
empty but for its last columns (``-定性``) are passed over.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.grammar.units import spelling_pattern
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.glued import leading_labels
from jixiao.importers.mapping.vocabulary import compact, vocabulary
from jixiao.model.source import SourceRef

_OPENER_REACH = 12  # a value runs at most this far before its description
_EMPTY_ROW = re.compile(r"[-—/]?(?:定量|定性)")  # 度量单位 and 指标值类型 of a row left empty
_DATE = r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:前|底|之前)?"
MAX_BEFORE = 4  # lines passed over before the first labelled row


@cache
def _figure_start() -> re.Pattern[str]:
    words = sorted(vocabulary().signs, key=len, reverse=True)
    signs = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?:{signs})?\d")


@cache
def _measure() -> re.Pattern[str]:
    signs = "|".join(re.escape(word) for word in sorted(vocabulary().signs, key=len, reverse=True))
    unit = rf"(?:%|‰|{spelling_pattern()})"
    # (a unit going on, '元' + '/人.每天', leaves no certain end: nothing is cut)
    figure = rf"(?:{signs})?(?:{_DATE}|\d+(?:\.\d+)?{unit}?)(?:以上|以下|以内)?"
    return re.compile(rf"{figure}(?![\d.%/·]|{unit})")


def value_first_row(text: str, source: SourceRef, labelled: bool) -> list[Cell] | None:
    """The row a line holds (its labels, then its name and value when they can be cut),
    [] for a line passed over, None when the line is no part of the grid."""
    bare = compact(text)
    cells = leading_labels(text, source) or _label_alone(bare, source)
    rest = bare[sum(len(cell.raw) for cell in cells) :]
    if not rest:
        return cells  # a row left empty ('生态环境成本指标'): its label holds below
    if not cells and (_EMPTY_ROW.fullmatch(bare) or not labelled):
        return []
    start = _figure_start().search(rest)
    if start is None or start.start() < 2 or _scored(rest, start):
        # a value in words, or none (the figure is the 评分标准's '得10分'): the row's
        # labels hold for the rows below; a line of neither is no row
        return cells or (None if start is None else [])
    value = _value(rest, start.start())
    if value is None:
        return cells
    cells.append(Cell(raw=rest[: start.start()], source=source, col=len(cells)))
    cells.append(Cell(raw=value, source=source, col=len(cells)))
    return cells


def _scored(rest: str, start: re.Match[str]) -> bool:
    """Whether the first figure is points a 评分标准 gives ('…较大得10分'), not a value."""
    after = re.match(r"\d+(?:\.\d+)?", rest[start.end() - 1 :])
    closed = after is not None and rest[start.end() - 1 + after.end() :].startswith("分")
    return rest[start.start() - 1] == "得" or closed


def _label_alone(bare: str, source: SourceRef) -> list[Cell]:
    words = vocabulary()
    if words.level(bare, words.level1) is None and words.level(bare, words.level2) is None:
        return []
    return [Cell(raw=bare, source=source, col=0)]


def _value(rest: str, start: int) -> str | None:
    """The value opening ``rest`` at ``start``: up to a description opener near it, else
    the figure with its unit."""
    openers = vocabulary().description_openers
    reach = rest[start + 1 : start + 1 + _OPENER_REACH]
    found = [at for opener in openers if (at := reach.find(opener)) >= 0]
    if found:
        return rest[start : start + 1 + min(found)]
    measure = _measure().match(rest, start)
    return measure.group() if measure is not None else None
