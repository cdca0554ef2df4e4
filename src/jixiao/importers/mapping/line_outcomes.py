"""A self-evaluation grid whose cells were glued inside each row while every row kept
a line of its own (a picture read by text recognition, a copied page):

``绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施``
``产出指标数量指标福彩APP系统改版升级100%100%``
``成本指标项目建设成本≤50万元47.68万元``

The header line is cut into known header words and must name a target and an actual
column. Each line after it is one row: its level labels (which hold for the lines after
it), a name with no figure, then the target and the actual glued. The line tells where
the row ends, so the only cut left is between the target and the actual; a row is read
only when exactly one cut makes both of them a value (a figure with its sign and a known
unit, or a known word for the actual) — ``210010`` or ``12月已完成`` read as ``12月已`` +
``完成`` are not, and are skipped rather than guessed. The grid ends at the first line
that is neither a row nor opens with a level label.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao import packs
from jixiao.grammar.units import spelling_pattern
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.glued import glued_header_rest
from jixiao.importers.mapping.glued_outcomes import glued_labels
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.vocabulary import compact
from jixiao.model.plan import Indicator
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

_SIGN = r"(?:[≥≤<>=]|大于等于|小于等于|不低于|不高于|不少于|不超过)"
_NAME = re.compile(r"[^\d≥≤<>=%‰]{2,}")
_FIGURE_START = re.compile(rf"{_SIGN}|\d")


@cache
def _value() -> re.Pattern[str]:
    return re.compile(rf"{_SIGN}?\d+(?:\.\d+)?(?:{spelling_pattern()})?(?:以上|以下|以内)?")


@cache
def _words() -> frozenset[str]:
    data = packs.merged_data("import-headers.json")
    return frozenset([*data["doubled_outcomes"]["words"], *data["line_outcomes"]["actuals"]])


def split_outcome(tail: str) -> tuple[str, str] | None:
    """``tail`` (a row's text from its first figure on) as its target and actual, when
    exactly one cut makes both values; otherwise None."""
    value, words = _value(), _words()
    cuts = [
        (tail[:k], tail[k:])
        for k in range(1, len(tail))
        if value.fullmatch(tail[:k]) and (value.fullmatch(tail[k:]) or tail[k:] in words)
    ]
    return cuts[0] if len(cuts) == 1 else None


def _lines(blocks: list[Block]) -> list[tuple[str, SourceRef]]:
    lines: list[tuple[str, SourceRef]] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append((block.raw, block.source))
        elif len(filled := block.filled()) == 1:
            lines.append((filled[0].raw, filled[0].located()))
        else:
            lines.append(("", block.source))  # a row of many cells: no glued grid line
    return lines


def _outcome_header(text: str, source: SourceRef) -> bool:
    found = glued_header_rest(text, source)
    if found is None or any(ch.isdigit() for ch in found[1]):
        return False  # rows glued after the header are another layout's
    header = parse_header(found[0])
    roles = set(header.roles) if header is not None else set()
    return {"level3", "value", "actual"} <= roles


def line_outcome_rows(blocks: list[Block]) -> list[Indicator]:
    """The rows of every such grid in ``blocks`` (or [])."""
    found: list[Indicator] = []
    lines = _lines(blocks)
    for at, (text, source) in enumerate(lines):
        if text and _outcome_header(text, source):
            found.extend(_rows(lines[at + 1 :]))
    return found


def _rows(lines: list[tuple[str, SourceRef]]) -> list[Indicator]:
    level1 = level2 = ""
    rows: list[Indicator] = []
    for raw, source in lines:
        text = to_simplified(compact(raw))
        start, level1, level2 = glued_labels(text, 0, len(text), level1, level2, dual=True)
        indicator = _row(text[start:], level1, level2, source)
        if indicator is not None:
            rows.append(indicator)
        elif start == 0:
            break  # neither a row nor a level label: the grid is over
    return rows


def _row(text: str, level1: str, level2: str, source: SourceRef) -> Indicator | None:
    figure = _FIGURE_START.search(text)
    if figure is None or not (level1 or level2) or not _NAME.fullmatch(text[: figure.start()]):
        return None
    outcome = split_outcome(text[figure.start() :])
    if outcome is None:
        return None
    indicator = Indicator(
        level1=level1,
        level2=level2,
        level3=text[: figure.start()],
        value=outcome[0],
        actual=outcome[1],
    )
    indicator.sources["level3"] = source
    return indicator
