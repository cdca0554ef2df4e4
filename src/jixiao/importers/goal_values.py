"""The values of a 绩效目标表's cells: the unit line, amounts and percentages.

A row is read by its texts and a cell's index in them (:meth:`Row.located` its source):
most rows of a text document then never make their cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from jixiao.importers.blocks import Row
from jixiao.model.source import SourceRef
from jixiao.textnorm import squeeze_spaces
from jixiao.textnorm.digit_groups import ambiguous_message, ungrouped

# An optional "单位：" label (as in Excel forms) before the unit code and name.
_UNIT_LINE = re.compile(
    r"^(?:(?:填报|预算)?单位(?:名称)?\s*[：:]\s*)?(?P<code>\d{3,9})\s*(?P<name>[^\d\s年].+)$"
)
PERCENT = re.compile(r"^(-?\d+(?:\.\d+)?)\s*(?:%|百分比)?$")
TYPO_LENGTH = 8  # a mistyped figure ("五成", "75%左右"), not a sentence

Warn = Callable[[str, str, SourceRef | None], None]


def parse_unit_line(text: str) -> tuple[str, str] | None:
    """'430001 张家口市机关事务管理局本级' -> ('430001', '张家口市机关事务管理局本级').

    A leading "单位：" label is allowed: '单位：430001 XX本级' reads the same.
    """
    match = _UNIT_LINE.match(text)
    if not match or "绩效目标表" in text:
        return None
    return match.group("code"), squeeze_spaces(match.group("name"))


def amount(row: Row, index: int, warn: Warn, field: str) -> Decimal | None:
    written = row.texts[index]
    text = ungrouped(written)
    if text is None:
        warn("number-ambiguous", ambiguous_message(written), row.located(index))
        return None
    text = text.replace("万元", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        warn("amount-unreadable", f"{field}“{written}”不是数字", row.located(index))
        return None


def percent(row: Row, index: int, warn: Warn) -> Decimal | None:
    text = row.texts[index]
    if not text:
        return None
    match = PERCENT.match(text)
    if not match:
        warn("spend-plan-unreadable", f"资金支出计划“{text}”不是百分数", row.located(index))
        return None
    return Decimal(match.group(1))


def spend_row(row: Row, values: list[int], aligned: bool) -> bool:
    """Whether the cells at ``values`` are a 资金支出计划's figures: all percentages, or —
    ``aligned`` under the months — some percentages and some short mistypes ("五成"). Such a
    row is read with the mistyped cell named (spend-plan-unreadable); it was a
    row-not-understood at its first cell, and the whole plan was lost."""
    texts = row.texts
    readable = sum(1 for index in values if PERCENT.match(texts[index]))
    if readable == len(values):
        return readable > 0
    return readable > 0 and aligned and all(len(texts[i]) <= TYPO_LENGTH for i in values)


def col_of(row: Row, index: int) -> int:
    """The grid column of the cell at ``index`` (a text line's cells: the index itself)."""
    return index if row.lazy else row.cells[index].col
