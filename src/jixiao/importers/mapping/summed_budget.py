"""A report's budget stated as a bare total that its own parts add up to:

    '我校2022年按生均1000元安排,共计239万元,其中上级资金179.25万元,本级59.75万元'
    '下达中央财政资金30.9万元,县财政资金30.9万元,共计下达61.8万元。'

A total word with no budget label ('共计239万元') says nothing of what was totalled —
money allotted, spent, or a region's whole fund — so the amount is read only where the
sentence says it was allotted (an allocation verb or a budget label before the total, no
spent label in its clause) and where the amounts listed as its parts add up to it to the
cent: the first two or more after it ('其中…', in its sentence or opening the next one), or
the last two or more before it in its sentence. Several such totals that differ give
none. Only a single project without a budget takes one, after the labelled readers
(``prose_stated_budget``) found none. Words are pack data (``total_words``,
``allocation_verbs``, ``budget_tiers`` and ``spent_labels`` of
``profiles/import-prose-figures.json``).
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
from jixiao.importers.mapping.header_amounts import amount
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_AMOUNT = r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>亿元|万元)"
_AMOUNTS = re.compile(_AMOUNT)
_SENTENCE_END = re.compile(r"[。;；]")
_CLAUSE_END = re.compile(r"[,，。;；]")
_PARTS = re.compile(r"\s*[,，。]?\s*其中[:：,，]?")


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = packs.merged_data("import-prose-figures.json")
    return data


@cache
def _total() -> re.Pattern[str]:
    # the total word, then at most a verb of two or three characters ('共计下达61.8万元')
    return re.compile(rf"(?:{alternation(_data()['total_words'])})[^\d,，。;；]{{0,3}}?{_AMOUNT}")


@cache
def _allotted() -> re.Pattern[str]:
    labels = [w for tier in _data()["budget_tiers"] for w in tier]
    return re.compile(alternation([*_data()["allocation_verbs"], *labels]))


@cache
def _spent() -> re.Pattern[str]:
    return re.compile(alternation(_data()["spent_labels"]))


def _value(match: re.Match[str]) -> Decimal | None:
    return amount(match.group("n") + match.group("u"), Decimal(1))


def _parts_after(text: str) -> list[Decimal]:
    """The amounts of a '其中' right after a total, to the end of that sentence."""
    opening = _PARTS.match(text)
    if opening is None:
        return []
    rest = text[opening.end() :]
    end = _SENTENCE_END.search(rest)
    clause = rest if end is None else rest[: end.start()]
    return [v for m in _AMOUNTS.finditer(clause) if (v := _value(m)) is not None]


def summed_totals(text: str) -> list[Decimal]:
    """The allotted totals a text states that their listed parts add up to."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    found: list[Decimal] = []
    for match in _total().finditer(text):
        total = _value(match)
        if not total:
            continue
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())]
        sentence = text[starts[-1] if starts else 0 : match.start()]
        clauses = [m.end() for m in _CLAUSE_END.finditer(sentence)]
        clause = sentence[clauses[-1] if clauses else 0 :] + match.group(0)  # '支出共计…'
        if _allotted().search(sentence) is None or _spent().search(clause) is not None:
            continue
        before = [v for m in _AMOUNTS.finditer(sentence) if (v := _value(m)) is not None]
        if adds_up(total, _parts_after(text[match.end() :]), 2) or adds_up(total, before[::-1], 2):
            found.append(total)
    return found


def read_summed_budget(projects: list[Project], blocks: list[Block]) -> None:
    """A single project without a budget takes the one total its report's parts confirm."""
    if len(projects) != 1 or projects[0].budget_total is not None:
        return
    found: list[tuple[Decimal, SourceRef]] = []
    for block in blocks:
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if "元" in text:
            found.extend((total, block.source.with_raw(text)) for total in summed_totals(text))
    if found and len({total for total, _ in found}) == 1:
        projects[0].budget_total, projects[0].sources["budget_total"] = found[0]
