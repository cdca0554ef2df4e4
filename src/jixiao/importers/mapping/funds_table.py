"""The table a plan states its money in source by source, its 预算数 read by its own sums.

Two layouts: a 合计 line over the 小计 of each source ('项目资金(万元) | 合计 | 1800' /
'一般公共预算拨款 | 小计 | 1800' / '市本级 | 1800' / '其他资金 |'), or the sources alone
under a 年度资金总额 head that has no figure ('项目资金(万元) | 年度资金总额 | 金额(万元)' /
'(一)财政拨款小计 | 6.30' / '1、一般公共预算 | 6.30' / … / '(二)自有资金小计 | 0.00').

A source (a 小计 line, or a line numbered (一), (二) …) with items under it must equal
their sum; the 合计 must equal the sum of the sources; with no 合计, the sum of the sources
is the 预算数 only when at least one source's items confirm it. Anything else — a line
of several figures, a label with words beside it, a sum that does not hold — and nothing
is read. Amounts are read only where the table says 万元. Words are pack data
(``profiles/import-funds-table.json``); read for projects with no 预算数, one table per
project in order, each 预算数 checked against the project's 其中 parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.blocks import Block, Row
from jixiao.importers.mapping.budget_parts import parts_agree
from jixiao.importers.mapping.header_amounts import amount
from jixiao.importers.mapping.vocabulary import normalise, vocabulary
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

_UNIT = re.compile(r"[(（]万元[)）]$")
_ORDINAL = re.compile(r"^[(（][一二三四五六七八九十][)）]")
_LONGEST_LABEL = 20
_ROUNDING = Decimal("0.01")


@cache
def _words() -> dict[str, frozenset[str]]:
    data: dict[str, Any] = packs.merged_data("import-funds-table.json")
    return {key: frozenset(data[key]) for key in ("headings", "total_words", "subtotal_words")}


@dataclass
class _Source:
    figure: Decimal | None
    items: list[Decimal] = field(default_factory=list)

    def confirmed(self) -> bool | None:
        """True when its items add up to it, False when they do not, None with no items."""
        if not self.items:
            return None
        return self.figure is not None and abs(sum(self.items) - self.figure) <= _ROUNDING


@dataclass
class _Table:
    total: Decimal | None  # the 合计, None under a 年度资金总额 head with no figure
    source: SourceRef
    sources: list[_Source] = field(default_factory=list)
    loose: list[Decimal] = field(default_factory=list)  # items before any source line

    def budget(self) -> Decimal | None:
        """The 预算数 its lines' arithmetic gives, None when it does not hold."""
        checks = [s.confirmed() for s in self.sources]
        if False in checks:
            return None
        parts = [s.figure for s in self.sources if s.figure is not None] or self.loose
        if not parts or (self.sources and self.loose):
            return None
        whole = sum(parts, Decimal(0))
        if self.total is not None:
            return self.total if abs(whole - self.total) <= _ROUNDING else None
        return whole if True in checks else None


def _texts(block: Block, opening: bool) -> list[str]:
    """A row's filled cells as compared; a row that could open a table only when it states
    万元 (a cheap look at its texts first: most rows do not)."""
    if not isinstance(block, Row):
        return []
    texts = block.texts  # (no cells made of a lazy row)
    if opening and "万元" not in (joined := "".join(texts)) and "萬元" not in joined:
        return []
    return [normalise(t) for t in texts if t]


def _opening(texts: list[str], block: Block) -> _Table | None:
    """'项目资金(万元) | 合计 | 1800' or '项目资金(万元) | 年度资金总额 | 金额(万元)'."""
    if len(texts) < 2 or _UNIT.sub("", texts[0]) not in _words()["headings"]:
        return None
    if not any(_UNIT.search(t) for t in texts):
        return None  # amounts only where the table says 万元
    rest = texts[1:]
    if len(rest) == 2 and rest[0] in _words()["total_words"]:
        total = amount(rest[1], Decimal(1))
        return None if total is None else _Table(total, block.source)
    if vocabulary().field_of(rest[0]) == "budget_total" and all(
        amount(t, Decimal(1)) is None for t in rest[1:]
    ):
        return _Table(None, block.source)
    return None


def _line(texts: list[str]) -> tuple[bool, Decimal | None] | None:
    """(whether the line is a source's, its figure) for a line of the table, None when the
    line is no line of it (the table is over)."""
    label, rest = texts[0], texts[1:]
    if len(label) > _LONGEST_LABEL or amount(label, Decimal(1)) is not None or len(rest) > 2:
        return None
    words = [t for t in rest if amount(t, Decimal(1)) is None]
    if any(w not in _words()["subtotal_words"] for w in words) or len(rest) - len(words) > 1:
        return None
    figure = next((amount(t, Decimal(1)) for t in rest if t not in words), None)
    subtotal = bool(words) or any(w in label for w in _words()["subtotal_words"])
    return subtotal or bool(_ORDINAL.match(label)), figure


def _tables(blocks: list[Block]) -> list[_Table]:
    found: list[_Table] = []
    table: _Table | None = None
    for block in blocks:
        texts = _texts(block, opening=table is None)
        if table is not None:
            line = _line(texts) if texts else None
            if line is not None:
                is_source, figure = line
                if is_source:
                    table.sources.append(_Source(figure))
                elif figure is not None:
                    (table.sources[-1].items if table.sources else table.loose).append(figure)
                continue
            found.append(table)
        table = _opening(texts, block) if texts else None
    if table is not None:
        found.append(table)
    return found


def read_funds_tables(projects: list[Project], blocks: list[Block]) -> None:
    """Projects with no 预算数 take the one their table's sums give."""
    if not projects or all(p.budget_total is not None for p in projects):
        return
    tables = _tables(blocks)
    if not tables or len(tables) != len(projects):
        return
    for project, table in zip(projects, tables, strict=True):
        budget = table.budget()
        if project.budget_total is not None or budget is None:
            continue
        if parts_agree(budget, project.budget_fiscal, project.budget_other):
            project.budget_total = budget
            project.sources["budget_total"] = table.source
