"""W109–W111: near-duplicate names, the same description twice, projects that overlap."""

from __future__ import annotations

from collections.abc import Iterator
from math import ceil, floor

from rapidfuzz import fuzz

from jixiao.content_caches import content_cache
from jixiao.review.context import IndicatorView, PlanView, ProjectView, rows_fact, squeeze
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.basis import words
from jixiao.review.rules.common import q, rows_alone
from jixiao.review.rules.statements.common import NEAR, OVERLAP
from jixiao.review.rules.words import related_projects

TABLE = rule_table(__name__)


def _core(key: str) -> str:
    """A name without a filler word at its end (“培训人数情况” → “培训人数”)."""
    fillers = words().name_fillers
    if not key.endswith(fillers):  # most names: one test in C, not one per filler
        return key
    for filler in fillers:
        if key.endswith(filler) and len(key) - len(filler) >= 4:
            return key[: -len(filler)]
    return key


def _padded(key: str, other: str) -> bool:
    """One name is the other plus a word of at most two characters that measures nothing
    (“培训人数” / “培训人数状况”): a suffix with 率, 数, 时, 合格 … names another indicator."""
    short, long = (key, other) if len(key) < len(other) else (other, key)
    if len(short) < 4 or not 0 < len(long) - len(short) <= 2 or not long.startswith(short):
        return False
    return words().measure_words.search(long[len(short) :]) is None


def _sizes_near(size: int) -> tuple[int, int]:
    """The lengths a name of ``size`` characters can be near by padding or by ratio: a
    ratio of at least NEAR needs 100·gap ≤ (100 − NEAR)·(both lengths), a padding a gap of
    at most two. Only a shared core pairs names of other lengths."""
    keep = 100 - NEAR
    return min(size - 2, ceil(NEAR * size / (100 + keep))), max(
        size + 2, floor((100 + keep) * size / NEAR)
    )


_WINDOWS = tuple(_sizes_near(size) for size in range(64))  # a name's, by its length


@content_cache(maxsize=1 << 12)
def _near_pairs(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[int, int], ...]:
    """(later, earlier) positions of near-identical names under different second levels.

    Each row is compared with the earlier ones of four characters or more, their length and
    core read once per row (the pairs a project's rows make are most of W109's cost)."""
    pairs = []
    earlier: list[tuple[str, str, int, str, int]] = []  # level, name, length, core, row
    for i, (level, key) in enumerate(rows):
        size = len(key)
        if size < 4:
            continue
        core = _core(key)
        low, high = _WINDOWS[size] if size < len(_WINDOWS) else _sizes_near(size)
        for other_level, other, other_size, other_core, j in earlier:
            if other_level == level or other == key:
                continue
            if other_core == core:
                pairs.append((i, j))
                break
            if not low <= other_size <= high:
                continue  # too long or too short for a padding or the ratio
            gap = abs(size - other_size)
            if (0 < gap <= 2 and _padded(key, other)) or (
                gap * 100 <= (size + other_size) * 12 and fuzz.ratio(key, other) >= NEAR
            ):
                pairs.append((i, j))
                break
        earlier.append((level, key, size, core, i))
    return tuple(pairs)


def _near_names(p: ProjectView) -> list[Hit]:
    views = p.indicators
    hits: list[Hit] = []
    for i, j in _near_pairs(tuple([(v.level2, v.key) for v in views])):
        v, w = views[i], views[j]
        hits.append(
            hit(
                f"指标{q(v.indicator.level2 + '/' + v.name)}与第{w.index}项"
                f"{q(w.indicator.level2 + '/' + w.name)}几乎相同。",
                field="level3",
                indicator_index=v.index,
            )
        )
    return hits


W109 = TABLE.rule("W109", _near_names, shared_by=rows_alone)


def _same_descriptions(p: ProjectView) -> list[Hit]:
    hits: list[Hit] = []
    seen: dict[str, IndicatorView] = {}
    for v in p.indicators:
        if v.echo:
            continue
        text = squeeze(v.description)
        if len(text) < 8:
            continue
        first = seen.setdefault(text, v)
        if first is not v and first.key != v.key:
            hits.append(
                hit(
                    f"指标{q(v.name)}的描述与第{first.index}项{q(first.name)}完全相同："
                    f"{q(v.indicator.description, 30)}。",
                    field="description",
                    indicator_index=v.index,
                )
            )
    return hits


W110 = TABLE.rule("W110", _same_descriptions, shared_by=rows_alone)


def _signature(p: ProjectView) -> frozenset[tuple[str, str]]:
    """The indicators of a project, name and value (a template shares names, not values)."""
    return frozenset([(v.key, v.value.canonical) for v in p.indicators if v.key])


def _overlapping(view: PlanView) -> Iterator[Hit]:
    projects = [(p, rows_fact(p, _signature)) for p in view.projects if len(p.indicators) >= 3]
    for i, (p, mine) in enumerate(projects):
        for other, theirs in projects[:i]:
            common = len(mine & theirs)
            if common < 3:
                continue
            share = common / (min(len(mine), len(theirs)) or 1)
            if share < OVERLAP or related_projects(p, other):
                continue
            goals = fuzz.token_set_ratio(" ".join(p.project.goals), " ".join(other.project.goals))
            if goals < 60:
                continue
            yield hit(
                f"项目{q(p.project.name)}与项目{other.index}{q(other.project.name)}有"
                f"{common}项指标名称和指标值都相同（占{share:.0%}），绩效目标相似度{goals:.0f}%，"
                "可能重复安排资金。",
                field="indicators",
                project_index=p.index,
                confidence=0.6 if share < 0.9 else None,
            )


W111 = TABLE.rule("W111", _overlapping)
