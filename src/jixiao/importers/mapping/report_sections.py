"""A report that names no kind in its titles still shows one by its own outline: a
section analysing how the indicators or goals were met ('1.产出指标完成情况分析') beside
a section on the money ('三、资金分配及使用情况') or on the verdict ('四、资金绩效评价
结果') is an evaluation of that money — a 自评 even where it states no 自评 word (福田
'…补助资金管理使用情况'). A 目标表 never reports what was met, and a 决算 or a 预算公开
names itself in its titles, so this decides only when no title, flattened line or grid
header did.

The section words are pack data (``report_sections`` of ``profiles/document-kinds.json``),
compared with the short lines a document may title its parts with (``kinds.titles_of``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jixiao import packs
from jixiao.importers.mapping.kinds import KindDecision


@cache
def _sections() -> dict[str, Any]:
    data: dict[str, Any] = packs.merged_data("document-kinds.json")["report_sections"]
    return data


def _first_with(titles: list[str], words: list[str]) -> str | None:
    return next((t for t in titles if any(word in t for word in words)), None)


def by_report_sections(titles: list[str]) -> KindDecision | None:
    """A self-evaluation when the titles hold an outcome section and a money or verdict
    section; the outcome section is the evidence."""
    sections = _sections()
    outcome = _first_with(titles, sections["outcomes"])
    if outcome is None:
        return None
    other = _first_with(titles, sections["funds"]) or _first_with(titles, sections["verdicts"])
    if other is None:
        return None
    return KindDecision("self_evaluation", f"报告结构：{outcome}；{other}")
