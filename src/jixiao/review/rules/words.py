"""文字一致性 (consistency with words): description vs value, repeats, copies between projects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.content_caches import content_cache
from jixiao.grammar import IndicatorValue
from jixiao.review.context import IndicatorView, PlanView, ProjectView, rows_fact
from jixiao.review.lexicon import Lexicon
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import (
    DOWNWARD,
    UPWARD,
    display,
    q,
    rows_alone,
    stated_quantity,
)

TABLE = rule_table(__name__)


def _base_unit(value: IndicatorValue) -> str:
    return (value.unit or "").split("/", 1)[0]


def _contradiction(v: IndicatorView) -> Hit | None:
    value = v.value
    if value.direction is None or value.number is None or value.upper is not None:
        return None
    for field, label, text in (
        ("description", "绩效指标描述", v.description),
        ("level3", "指标名称", v.name),
    ):
        stated = stated_quantity(text, directed=True)
        if stated is None or _base_unit(stated) != _base_unit(value):
            continue
        up_down = (stated.direction in UPWARD and value.direction in DOWNWARD) or (
            stated.direction in DOWNWARD and value.direction in UPWARD
        )
        if up_down and stated.number == value.number:
            return hit(
                f"{label}{q(text)}与指标值{q(v.raw)}方向相反，两者必有一处写错。",
                field=field,
            )
    return None


W101 = TABLE.rule("W101", _contradiction)


def _copied_description(v: IndicatorView) -> Hit | None:
    if not (v.echo and v.name):
        return None
    kind = "为空" if not v.description.strip() else "照抄指标名称"
    return hit(f"指标{q(v.name)}的绩效指标描述{kind}。", field="description")


W102 = TABLE.rule("W102", _copied_description)


def _duplicates(p: ProjectView) -> list[Hit]:
    keys = [v.key for v in p.indicators]
    if len(set(keys)) == len(keys):
        return []  # every name distinct (the usual case): no row to look at
    hits: list[Hit] = []
    seen: dict[str, IndicatorView] = {}
    for v in p.indicators:
        key = v.key
        if not key:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = v
            continue
        hits.append(
            hit(
                f"指标{q(v.name)}在本项目中重复出现（第{first.index}项和第{v.index}项）。",
                field="level3",
                indicator_index=v.index,
            )
        )
    return hits


W103 = TABLE.rule("W103", _duplicates, shared_by=rows_alone)


@content_cache(maxsize=1 << 16)
def _terms(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Subject groups (对象) a text mentions: 食堂 and 餐厅 are both the group 餐饮."""
    return lexicon.subjects_in(text)


_YEARISH = re.compile(r"[0-9]+|年度?|[（(][^）)]*[）)]|-")


@content_cache(maxsize=1 << 12)
def _stem(name: str) -> str:
    return _YEARISH.sub("", name)


def related_projects(a: ProjectView, b: ProjectView) -> bool:
    """The same project in another year or part (“管理局运行费” and “管理局运行费2024”)."""
    x = _stem(a.project.name)
    y = _stem(b.project.name)
    return bool(x and y) and (x in y or y in x)


_Subjects = tuple[tuple[int, tuple[tuple[str, str], ...]], ...]
"""(position, its subject words with their groups, sorted) of the rows that name some."""


def _subjects(p: ProjectView) -> _Subjects:
    subject_of = p.plan.lexicon.subject_of
    return tuple(
        [
            (n, tuple([(w, subject_of[w]) for w in sorted(v.subjects)]))
            for n, v in enumerate(p.indicators)
            if v.subjects
        ]
    )


@dataclass(frozen=True, slots=True)
class _Index:
    """A project's rows by name and by second level and value (positions, in order)."""

    by_key: dict[str, int]  # the first row of each name
    by_value: dict[tuple[str, str], tuple[int, ...]]


def _index(p: ProjectView) -> _Index:
    by_key: dict[str, int] = {}
    by_value: dict[tuple[str, str], list[int]] = {}
    for n, v in enumerate(p.indicators):
        by_key.setdefault(v.key, n)
        by_value.setdefault((v.level2, v.value.canonical), []).append(n)
    return _Index(by_key, {k: tuple(n) for k, n in by_value.items()})


def _same_in(other: ProjectView, v: IndicatorView, word: str) -> IndicatorView | None:
    """The first row of ``other`` that is ``v`` written there: the same name, or the same
    level and value with the same subject word in both names (“电梯维保” and “电梯保养”,
    both ≥12次/月)."""
    rows = rows_fact(other, _index)
    views = other.indicators
    found = rows.by_key.get(v.key)
    for n in rows.by_value.get((v.level2, v.value.canonical), ()):
        if found is not None and n >= found:
            break
        if word in views[n].name:
            found = n
            break
    return None if found is None else views[found]


def _copied(view: PlanView) -> Iterator[Hit]:
    if len(view.projects) < 2:
        return
    lexicon = view.lexicon
    context = {p.index: _terms(p.context_text, lexicon) for p in view.projects}
    for p in view.projects:
        own = context[p.index]
        views = p.indicators
        for n, words in rows_fact(p, _subjects):
            v = views[n]
            for word, group in words:
                if group in own:
                    continue
                source = _copied_from(view, p, v, word, group, context)
                if source is None:
                    continue
                other_p, other_v = source
                mutual = any(
                    (_terms(w.name, lexicon) - context[other_p.index]) & own
                    for w in other_p.indicators
                )
                yield hit(
                    f"指标{q(display(v))}与项目{other_p.index}{q(other_p.project.name)}的指标"
                    f"{q(other_v.name)}相同或相近，其中的{q(word)}在本项目的名称、资金用途和"
                    "绩效目标中都没有出现，疑似从该项目复制而来。",
                    field="level3",
                    project_index=p.index,
                    indicator_index=v.index,
                    confidence=0.6 if mutual else None,
                )
                break


def _copied_from(
    view: PlanView,
    p: ProjectView,
    v: IndicatorView,
    word: str,
    group: str,
    context: dict[int, frozenset[str]],
) -> tuple[ProjectView, IndicatorView] | None:
    for other in view.projects:
        if other is p or group not in context[other.index] or related_projects(p, other):
            continue
        w = _same_in(other, v, word)
        if w is not None:
            return other, w
    return None


W104 = TABLE.rule("W104", _copied)


def _long_name(v: IndicatorView) -> Hit | None:
    limit = v.plan.profile.thresholds.long_name_chars
    if len(v.name) <= limit:
        return None
    return hit(
        f"三级指标名称有{len(v.name)}个字：{q(v.name, 30)}，是一句目标表述，不是指标名称。",
        field="level3",
    )


W105 = TABLE.rule("W105", _long_name)

RULES = (W101, W102, W103, W104, W105)
