"""The prose lines holding a word, and the amounts of money they state after a fund noun
(资金, 经费 …): shared by the readers of a report's whole fund (``arrived_budget``,
``counted_total``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.header_amounts import amount
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified

AMOUNT = r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>亿元|万元|元)"


def texts_holding(blocks: list[Block], word: str) -> Iterator[tuple[str, SourceRef]]:
    """Each line or paragraph holding ``word`` (NFKC, simplified), with its source; a
    line the text reader cut at its spaces is read as the line it was."""
    for block in blocks:
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if word in text:
            text = to_simplified(unicodedata.normalize("NFKC", text))
            yield text, block.source.with_raw(text)


def money(match: re.Match[str]) -> Decimal | None:
    """The amount (万元) of a match of ``AMOUNT``."""
    return amount(match.group("n") + match.group("u"), Decimal(1))
