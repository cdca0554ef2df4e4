"""A 监控 report stating its projects' funds as a total and its parts:

    '資金規模共計2535.4萬元,其中:特殊人群醫療保險基金項目資金500萬元,城鄉居民醫療保險
    區級配套資金項目資金1740萬元,…,城鄉居民基本醫療保險參保籌資代辦工作經費項目資金60萬元。'

The parts are the projects only where they add up, to the cent, to the total the sentence
states before '其中': a part left untold, cut by the page's end or written in another
unit ('15元' among 万元) breaks the sum and nothing is read. A part's name is the words
before its amount without the words saying these are its funds ('项目资金', '专项经费指标为'),
which are data (``breakdown`` in ``profiles/import-monitoring.json``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache

from jixiao import packs
from jixiao.model.plan import Project
from jixiao.textnorm import to_simplified

_CENT = Decimal("0.01")
# a part: its words up to its amount, after a clause mark or a list number ('1、')
_PART = re.compile(
    r"(?:^|(?<=[,，;；:：\n])|(?<=\d[、.]))\s*(?P<words>[^,，;；:：。\n\d]{2,60}?)"
    r"(?P<n>\d+(?:\.\d+)?)万元"
)


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = packs.merged_data("import-monitoring.json")["breakdown"]
    totals = "|".join(map(re.escape, data["total_words"]))
    suffixes = "|".join(map(re.escape, sorted(data["part_suffixes"], key=len, reverse=True)))
    total = re.compile(rf"(?:{totals})为?(?P<n>\d+(?:\.\d+)?)万元[,，]?其中[:：]")
    return total, re.compile(rf"(?:{suffixes})+$")


def breakdown_items(text: str) -> list[Project]:
    """The projects of the first stated total whose parts add up to it."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    total_mark, suffix = _words()
    for total in total_mark.finditer(text):
        end = text.find("。", total.end())
        parts = text[total.end() : end if end >= 0 else len(text)]
        items = [
            (suffix.sub("", m.group("words").strip()), Decimal(m.group("n")))
            for m in _PART.finditer(parts)
        ]
        names = [name for name, _ in items]
        if len(items) < 2 or len(set(names)) < len(names) or any(len(n) < 2 for n in names):
            continue
        whole = sum((amount for _, amount in items), Decimal(0))
        if abs(whole - Decimal(total.group("n"))) <= _CENT:
            return [Project(name=name, budget_total=amount) for name, amount in items]
    return []
