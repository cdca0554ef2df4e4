"""推荐指标 (indicator suggestions) for a project, from the 指标库.

Ranking, kept simple enough to explain in one sentence: an indicator scores the summed
name similarity (:mod:`jixiao.library.similarity`) of the projects that used it, counting
only projects that look alike, plus a small share for how often it is used at all. So the
indicators of similar projects come first, the most common of them first, and when no
project looks alike the most common indicators are offered. Indicators that were never
given a measurable value score half.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from jixiao.library.keys import name_key
from jixiao.library.models import IndicatorLibrary, LibraryEntry, Suggestion
from jixiao.review.profile import level_key

MIN_SIMILARITY = 0.2
"""Projects whose names are less similar than this do not count as 同类项目."""
FREQUENCY_WEIGHT = 0.1
"""Weight of overall frequency: less than one similar project, so it only breaks ties."""
UNMEASURABLE_FACTOR = 0.5
"""Score factor for indicators never given a measurable value (“比上年有所提高”, “是/否”):
reviewers send such values back, so better-written indicators come first."""
MAX_OTHER_VALUES = 3
UNMEASURABLE_NOTE = "；已有指标值均不可衡量，宜改写"


def _reason(
    library: IndicatorLibrary, entry: LibraryEntry, project_name: str, similar: list[str]
) -> str:
    if similar:
        term = library.name_index.shared_term(project_name, set(similar))
        # what is counted, in words: projects that used the indicator, not occurrences
        kind = f"（名称含“{term}”）" if term else ""
        text = f"同类项目{kind}中有 {len(similar)} 个用过此指标"
        if entry.count > len(similar):
            text += f"；已导入的全部项目中共 {entry.count} 个用过"
    else:
        text = f"常用指标：{entry.count} 个项目使用"
        if entry.departments > 1:
            text += f"，涉及 {entry.departments} 个部门"
    return text if entry.measurable else text + UNMEASURABLE_NOTE


def _suggestion(entry: LibraryEntry, score: float, reason: str) -> Suggestion:
    typical = entry.typical_value
    others = [v.text for v in entry.values if v.text != typical][:MAX_OTHER_VALUES]
    return Suggestion(
        level1=entry.level1,
        level2=entry.level2,
        level3=entry.level3,
        typical_value=typical,
        other_values=others,
        description=entry.descriptions[0] if entry.descriptions else "",
        count=entry.count,
        score=score,
        reason=reason,
    )


def suggest(
    library: IndicatorLibrary,
    project_name: str,
    *,
    level1: str | None = None,
    level2: str | None = None,
    existing: Iterable[str] = (),
    limit: int = 20,
) -> list[Suggestion]:
    """推荐指标: up to ``limit`` indicators for a project named ``project_name``, best first.

    ``level1``/``level2`` keep only indicators under those levels (“产出” = “产出指标”);
    ``existing`` are 三级指标 names the project already has, which are left out.
    """
    if limit <= 0 or not library.entries:
        return []
    first = level_key(level1) if level1 else None
    second = level_key(level2) if level2 else None
    have = {name_key(name) for name in existing}
    similarity = library.name_index.similarities(project_name)
    most = math.log1p(max(e.count for e in library.entries))
    ranked: list[tuple[float, int, list[str], LibraryEntry]] = []
    for order, entry in enumerate(library.entries):
        key1, key2, key3 = entry.key.split("|", 2)
        if (first and key1 != first) or (second and key2 != second) or key3 in have:
            continue
        similar = [p for p in entry.projects if similarity.get(p, 0.0) >= MIN_SIMILARITY]
        relevance = sum(similarity[p] for p in similar)
        score = relevance + FREQUENCY_WEIGHT * math.log1p(entry.count) / most
        score = round(score if entry.measurable else score * UNMEASURABLE_FACTOR, 4)
        ranked.append((score, order, similar, entry))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    return [
        _suggestion(entry, score, _reason(library, entry, project_name, similar))
        for score, _, similar, entry in ranked[:limit]
    ]
