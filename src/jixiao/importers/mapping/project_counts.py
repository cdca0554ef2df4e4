"""The number of projects a report's sentence counts ('实施项目共15个', '专项资金项目共计113个'):
the counting phrases are pack data (``project_counts`` in profiles/import-prose-figures.json)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from jixiao import packs
from jixiao.textnorm import to_simplified


@cache
def _counts() -> re.Pattern[str]:
    phrases: list[str] = packs.merged_data("import-prose-figures.json")["project_counts"]
    return re.compile("|".join(f"(?:{p.replace('(?P<n>', '(')})" for p in phrases))


def counted_projects(text: str) -> list[int]:
    """The numbers of projects a text counts ('实施项目共15个' -> [15])."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    return [int(n) for m in _counts().finditer(text) for n in m.groups() if n is not None]


@cache
def _listed() -> re.Pattern[str]:
    data = packs.merged_data("import-prose-figures.json")
    phrases: list[str] = [*data["project_counts"], *data["listed_counts"]]
    return re.compile("|".join(f"(?:{p.replace('(?P<n>', '(')})" for p in phrases))


def before_several(text: str) -> str:
    """The text (NFKC, simplified) before its first count of several projects ('我院2018年
    共有8个支出项目,…其中,法院执行年初预算数6万元…'): the amounts after such a count are
    the listed projects', not the whole's. The whole text where it counts none."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    for match in _listed().finditer(text):
        if any(n is not None and int(n) > 1 for n in match.groups()):
            return text[: match.start()]
    return text
