"""A two-sided 收支总表 (收入 on the left, 支出 on the right) flattened into one line.

A spreadsheet saved as text loses its rows: a ``.xls`` 收支总表 comes out either
row by row (``一、…收入 16,745.59 一、…支出 二、…收入 二、…支出 …``) or side by side
(the whole 收入 half, then the whole 支出 half, each label with its 行次). The line
is read as two sets of rows: every label is given its side (its 收入 / 支出 word, or
the side whose numbering it continues) and the figures after it; a 收入 row and the
支出 row printed right after it with the same number (一、 with 一、), or a 收入 total
and its 支出 counterpart (本年收入合计 / 本年支出合计), make one table row — the rest
stand alone. A run of amounts after several labels, in a table of one amount column
per side, cannot be assigned and its rows are left out (said in a warning), except
when the run is as long as the totals among those labels (totals always carry one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.importers.mapping.vocabulary import normalise
from jixiao.model.disclosure import DisclosureRow, DisclosureTable
from jixiao.model.source import SourceRef

_NUMERALS = "一二三四五六七八九十"
_NUMBERED = re.compile(rf"^([{_NUMERALS}]+)、(.+)$")
_TOTAL = re.compile(r"^(?:本年)?(?:收入|支出)?(?:合计|总计)$")
_AMOUNT = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+\.\d+$")
_INTEGER = re.compile(r"^\d{1,3}$")
_FOOTER = re.compile(r"第\s*\d+\s*页\s*[,，]?\s*共\s*\d+\s*页")
_TITLE = re.compile(r"(?:收支|收入支出)(?:决算)?总表")
_NEXT_TABLE = re.compile(r"^表\d+(?:-\d+)?$")
_HEADER_WORDS = ("表", "单位", "项目", "行次", "栏次", "金额", "预算数", "决算数", "部门:")
_NOTE = re.compile(r"^注[:：]")
_SIDE_HEADER = re.compile(r"^(?:收入|支出|收支|项目|金额)+$")


def _numeral(text: str) -> int:
    """'二十九' -> 29."""
    value = 0
    if "十" in text:
        tens, _, ones = text.partition("十")
        value = (_NUMERALS.index(tens) + 1 if tens else 1) * 10
        text = ones
    return value + (_NUMERALS.index(text) + 1 if text else 0)


@dataclass(slots=True)
class _Item:
    label: str
    side: str | None  # 'in', 'out' or None (a sub-item such as 其中:…)
    ordinal: int | None
    total: bool
    figures: list[str] = field(default_factory=list)


def _tokens(line: str) -> list[str]:
    """The line's words, a label spaced out character by character joined again."""
    words = _FOOTER.sub(" ", line).split()
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and not word.isdigit():
            run.append(word)
            continue
        if run:
            out.append("".join(run))
            run = []
        if word:
            out.append(word)
    return out


def _is_label(text: str) -> bool:
    bare = normalise(text)
    if _NUMBERED.match(bare) or _TOTAL.match(bare):
        return True
    if _SIDE_HEADER.match(bare) or _NOTE.match(bare):
        return False  # a header cell ('收 入 支 出' spaced out) or a note below the table
    if len(bare) < 4 or any(w in bare for w in _HEADER_WORDS):
        return False
    return bare.startswith("其中") or bool(re.search(r"(?:结余|结转|收入|支出|差额|分配)$", bare))


class _Sides:
    """The side each label is on, from its words or the numbering it continues."""

    def __init__(self) -> None:
        self.next = {"in": 1, "out": 1}

    def side_of(self, bare: str) -> tuple[str | None, int | None]:
        numbered = _NUMBERED.match(bare)
        ordinal = _numeral(numbered.group(1)) if numbered else None
        words = "out" if "支出" in bare else "in" if "收入" in bare else None
        if ordinal is None:
            if words is None and bare in ("总计", "合计"):
                return None, None
            return words, None
        if words is None:
            continuing = [s for s in ("in", "out") if self.next[s] == ordinal]
            words = continuing[0] if len(continuing) == 1 else None
        if words is not None:
            self.next[words] = ordinal + 1
        return words, ordinal


def _items(tokens: list[str]) -> list[_Item]:
    sides = _Sides()
    items: list[_Item] = []
    numbered_rows = any(normalise(t) in ("行次", "栏次") for t in tokens)
    for token in tokens:
        bare = normalise(token)
        if _is_label(token):
            side, ordinal = sides.side_of(bare)
            items.append(_Item(bare, side, ordinal, bool(_TOTAL.match(bare))))
        elif items and (_AMOUNT.match(bare) or (not numbered_rows and bare.isdigit())):
            items[-1].figures.append(token)
        elif items and numbered_rows and _INTEGER.match(bare) and not items[-1].figures:
            items[-1].figures.append(token)  # the row's 行次
        elif items and numbered_rows and _INTEGER.match(bare):
            items.append(_Item("", None, None, False))  # a numbered row without a label
    return [item for item in items if item.label]


def _amounts(item: _Item) -> list[str]:
    return [f for f in item.figures if _AMOUNT.match(normalise(f))]


def _assigned(items: list[_Item]) -> tuple[list[_Item], list[str]]:
    """Items whose figures are theirs; a detached run of amounts goes to the totals
    before it when they are as many, else those rows are left out."""
    kept: list[_Item] = []
    left_out: list[str] = []
    since: list[_Item] = []  # labels since the last amount
    for item in items:
        since.append(item)
        amounts = _amounts(item)
        if len(amounts) <= 1:
            if amounts:
                kept.extend(since)
                since = []
            continue
        totals = [i for i in since if i.total]
        ordinals = [f for f in item.figures if f not in amounts]
        item.figures = ordinals
        if len(totals) == len(amounts):
            for total, value in zip(totals, amounts, strict=True):
                total.figures.append(value)
            kept.extend(since)
        else:
            left_out.extend(i.label for i in since)
        since = []
    kept.extend(since)
    return kept, left_out


def _counterpart(a: _Item, b: _Item) -> bool:
    """Whether ``b`` (支出) is printed in the same table row as ``a`` (收入)."""
    if a.side != "in" or b.side != "out":
        return False
    if a.total and b.total:
        return a.label.replace("收入", "支出") == b.label
    return a.ordinal is not None and a.ordinal == b.ordinal


def _partner(items: list[_Item], index: int, used: set[int]) -> int | None:
    """The 支出 item printed in the same row as the 收入 item at ``index``: the next
    item for a numbered row, the counterpart total before the next 收入 total."""
    item = items[index]
    if item.side != "in":
        return None
    if not item.total:
        after = index + 1
        return after if after < len(items) and _counterpart(item, items[after]) else None
    for later in range(index + 1, len(items)):
        other = items[later]
        if other.side == "in" and other.total:
            return None
        if later not in used and _counterpart(item, other):
            return later
    return None


def _rows(items: list[_Item], source: SourceRef) -> list[DisclosureRow]:
    rows: list[DisclosureRow] = []
    used: set[int] = set()
    for index, item in enumerate(items):
        if index in used:
            continue
        cells = list(item.figures)
        partner = _partner(items, index, used)
        if partner is not None:
            cells += [items[partner].label, *items[partner].figures]
            used.add(partner)
        rows.append(DisclosureRow(cells=cells, name=item.label, source=source))
    return rows


def two_sided_table(line: str, source: SourceRef) -> tuple[DisclosureTable, list[str]] | None:
    """The 收支总表 a flattened line holds, with the labels of rows left out; None
    when the line holds no such table."""
    tokens = _tokens(line)
    start = next((i for i, t in enumerate(tokens) if _TITLE.search(normalise(t))), None)
    if start is None:
        return None
    body = tokens[start + 1 :]
    end = next((i for i, t in enumerate(body) if _NEXT_TABLE.match(normalise(t))), len(body))
    items, left_out = _assigned(_items(body[:end]))
    sides = {item.side for item in items}
    if not {"in", "out"} <= sides or sum(1 for i in items if _amounts(i)) < 2:
        return None
    table = DisclosureTable(
        title=normalise(tokens[start]),
        columns=["收入项目", "金额", "支出项目", "金额"],
        rows=_rows(items, source),
        source=source,
    )
    return table, left_out
