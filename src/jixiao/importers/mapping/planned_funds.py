"""The money row of the older 项目绩效评价 basic-facts table (一、项目基本概况), read one
cell per line or glued into one line:

    '计划安排资金' / '(万元)' / '170' / '实际到位资金' / '(万元)' / '170' / '实际支出' …
    '…计划安排资金(万元)299.4实际到位资金(万元)299.4其中:中央财政…'

The planned amount is the project's 预算数, taken only where the row's next label
(实际到位资金) follows right after its figure — the figure then a whole cell, not a
figure cut from a longer one or the start of another field — and the label or the figure
states 万元. Only a single project without a budget takes one, and only when every such
row in the document agrees. Words are pack data (``planned_labels`` and
``arrived_labels`` of ``profiles/import-prose-figures.json``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.blocks import Block, Paragraph
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import to_simplified
from jixiao.textnorm.alternation import alternation

_UNIT = r"[(（]\s*万元\s*[)）]"


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = packs.merged_data("import-prose-figures.json")
    return data


@cache
def _row() -> re.Pattern[str]:
    planned, arrived = (
        alternation(_data()["planned_labels"]),
        alternation(_data()["arrived_labels"]),
    )
    return re.compile(
        rf"(?:{planned})\s*(?P<unit>{_UNIT})?\s*[:：]?\s*"
        rf"(?P<n>\d{{1,9}}(?:\.\d{{1,6}})?)\s*(?P<wan>万元)?\s*(?:{arrived})"
    )


def planned_amounts(text: str) -> list[Decimal]:
    """The planned amounts (万元) of the money rows a text holds."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    return [
        Decimal(m.group("n")) for m in _row().finditer(text) if m.group("unit") or m.group("wan")
    ]


def read_planned_funds(projects: list[Project], blocks: list[Block]) -> None:
    """A single project without a budget takes its basic-facts table's planned amount."""
    if len(projects) != 1 or projects[0].budget_total is not None:
        return
    labels = _data()["planned_labels"]
    texts = [b.raw if isinstance(b, Paragraph) else " ".join(b.raws()) for b in blocks]
    at = next((i for i, text in enumerate(texts) if any(w in text for w in labels)), None)
    if at is None:
        return
    # a label, its unit, its figure and the next label on up to seven lines from it
    window = texts[at : at + 7]
    found = set(planned_amounts("\n".join(window)))
    found |= {a for text in texts[at + 7 :] for a in planned_amounts(text)}
    if len(found) == 1:
        source: SourceRef = blocks[at].source
        projects[0].budget_total, projects[0].sources["budget_total"] = found.pop(), source
