"""W109–W111: near-duplicate names, the same description twice, projects that overlap."""

from __future__ import annotations

from collections.abc import Iterator

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
    for filler in words().name_fillers:
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


@content_cache(maxsize=1 << 12)
def _near_pairs(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[int, int], ...]:
    """(later, earlier) positions of near-identical names under different second levels."""
    pairs = []
    cores = [_core(key) for _, key in rows]  # once per row, not per pair
    for i, (level, key) in enumerate(rows):
        size = len(key)
        if size < 4:
            continue
        core = cores[i]
        for j in range(i):
            other_level, other = rows[j]
            if other_level == level or other == key or len(other) < 4:
                continue
            gap = abs(size - len(other))
            if core == cores[j] or (0 < gap <= 2 and _padded(key, other)):
                pairs.append((i, j))
                break
            if gap * 100 > (size + len(other)) * 12:
                continue  # lengths alone keep the ratio under the threshold
            if fuzz.ratio(key, other) >= NEAR:
                pairs.append((i, j))
                break
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
