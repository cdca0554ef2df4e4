"""A 资金总额 written with its figure in the label's own cell or glued into a flattened
line, its parts after it:

    '年度预算申请 (万元)资金总额:952.22' / '按收入性质分:952.22按支出性质分:952.22'
    '(万元)' / '资金总额:704' / '公共财政拨款:683' / '政府性基金拨款:' / '…非税收入拨款:21'
    '…资金总额:2430.30项目负责人电话:65239479财政拨款:2430.30…'

The label is a budget label (``glued_total_labels``), but the figure stands where no
label cell and value cell meet, so it is taken only where the document's own figures
confirm it: the figures the next parts state (a label ending in one of ``part_endings``,
'财政拨款', '按收入性质分', '其他资金' …, then its figure) add up to it, the first of them
or the first few, to the cent. A figure glued to others ('资金总额:303010…') then adds up
to nothing. The amount must be in 万元 as the document says (in the label, after the
figure, or in a '(万元)' just before the label). Only a single project without a
budget takes one, and only when every such statement in the document agrees. Words are
pack data (``profiles/import-funds-table.json``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.budget_parts import adds_up
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_FIGURE = r"(?P<n>\d{1,9}(?:\.\d{1,6})?)(?![\d.,])"
_UNIT_BEFORE = re.compile(r"[(（]\s*万元\s*[)）]|单位\s*[:：]\s*万元")
_LOOK_BACK = 24  # characters before a label searched for its table's '(万元)'
_LOOK_AHEAD = 240  # characters after the figure searched for its parts


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = packs.merged_data("import-funds-table.json")
    return data


@cache
def _total() -> re.Pattern[str]:
    labels = alternation(_data()["glued_total_labels"])
    return re.compile(
        rf"(?:{labels})\s*(?P<unit>[(（]\s*万元\s*[)）])?\s*[:：]?\s*{_FIGURE}\s*(?P<wan>万元?)?"
    )


@cache
def _part() -> re.Pattern[str]:
    endings = alternation(_data()["part_endings"])
    return re.compile(rf"[\u4e00-\u9fff]{{0,12}}(?:{endings})\s*[:：]?\s*{_FIGURE}")


def first_part(text: str) -> Decimal | None:
    """The figure of the labelled part ``text`` opens with ('按收入性质分:2456.18…'), else
    None."""
    match = _part().match(text)
    return Decimal(match.group("n")) if match is not None else None


def glued_totals(text: str) -> list[tuple[Decimal, int]]:
    """The 资金总额 figures a text states in 万元 that the parts after them add up to,
    with where each is written."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    found: list[tuple[Decimal, int]] = []
    for match in _total().finditer(text):
        before = text[max(0, match.start() - _LOOK_BACK) : match.start()]
        if not (match.group("unit") or match.group("wan") or _UNIT_BEFORE.search(before)):
            continue
        total = Decimal(match.group("n"))
        rest = text[match.end() : match.end() + _LOOK_AHEAD]
        parts = [Decimal(m.group("n")) for m in _part().finditer(rest)]
        if total and adds_up(total, parts):
            found.append((total, match.start()))
    return found


def _document(blocks: list[Block]) -> tuple[str, list[tuple[int, SourceRef]]]:
    """The document's text, a line per block, and where each block starts in it."""
    texts: list[str] = []
    starts: list[tuple[int, SourceRef]] = []
    at = 0
    for block in blocks:
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        starts.append((at, block.source))
        texts.append(text)
        at += len(text) + 1
    return "\n".join(texts), starts


def read_glued_total(projects: list[Project], blocks: list[Block]) -> None:
    """A single project without a budget takes the 资金总额 its parts confirm."""
    if len(projects) != 1 or projects[0].budget_total is not None:
        return
    if not any("额" in text or "額" in text for block in blocks for text in _texts(block)):
        return
    text, starts = _document(blocks)
    found = glued_totals(text)
    if len({total for total, _ in found}) != 1:
        return
    total, at = found[0]
    source = next(s for start, s in reversed(starts) if start <= at)
    projects[0].budget_total, projects[0].sources["budget_total"] = total, source


def _texts(block: Block) -> list[str]:
    return [block.raw] if isinstance(block, Paragraph) else block.raws()
