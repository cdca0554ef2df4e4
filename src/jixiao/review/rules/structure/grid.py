"""S101–S105, S110, S111: a project's goal table — required levels, names, goals, basis."""

from __future__ import annotations

from collections.abc import Callable

from jixiao.review.context import IndicatorView, ProjectView, rows_fact, squeeze
from jixiao.review.rule import Hit, hit
from jixiao.review.rule_table import rule_table
from jixiao.review.rules.common import (
    SATISFACTION,
    measures_satisfaction,
    q,
    rows_and_template,
)
from jixiao.review.rules.structure.common import after_the_end
from jixiao.review.rules.structure.grid_reading import grid_read_whole

TABLE = rule_table(__name__)


def _missing_levels(missing: list[str], field: str, message: Callable[[str], str]) -> list[Hit]:
    """One hit naming every required level that is missing (none when all are there)."""
    if not missing:
        return []
    levels = "、".join(missing)
    return [hit(message(levels), field=field, params={"levels": levels})]


def _cut_before_rows(p: ProjectView) -> bool:
    """Whether ``p`` is the last project of a table read from another province's template,
    without a row while the projects before it have theirs: the text (a page, a stored
    fragment) ended after its 项目名称 and budget lines, before its grid's rows."""
    plan = p.plan.plan
    if plan.template != "generic" or p.project.indicators or p.index != len(plan.projects):
        return False
    return any(project.indicators for project in plan.projects[:-1])


def _rows_template_cut(p: ProjectView) -> tuple[str | None, bool]:
    return rows_and_template(p), _cut_before_rows(p)


def _levels(p: ProjectView) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the second levels of a project's rows (S101, S102, S111 read both).

    A row measuring satisfaction (“资助对象满意度” filed under 质量指标, or under no level
    at all) counts as the satisfaction levels being there, as any level is there when its
    items are, even filed elsewhere (R103 and S110 say where)."""
    views = p.indicators
    first, second = {v.level1 for v in views}, {v.level2 for v in views}
    if SATISFACTION not in second and any(measures_satisfaction(v.name) for v in views):
        second.add(SATISFACTION)
        first.add(p.plan.framework.parent.get(SATISFACTION, ""))
    return frozenset(first), frozenset(second)


def _missing_first(p: ProjectView) -> list[Hit]:
    fw = p.plan.framework
    if not p.indicators:
        if _cut_before_rows(p):
            return []  # the document ends before the project's rows (S111's case)
        levels = "、".join(fw.display.get(k, k) for k in fw.required_first)
        return [hit("项目没有填写任何绩效指标。", field="indicators", params={"levels": levels})]
    # a first level is there when its items are, even filed elsewhere (S110 says where)
    first, second = rows_fact(p, _levels)
    # a 一级 name in the 二级 column is there too: a template with a level above the
    # framework's (发改委's 实施效果指标 | 产出指标 | 劳务报酬占中央投资比例 | ≥32.68%)
    present = first | set(map(fw.parent.get, second)) | (second & set(fw.required_first))
    missing = [
        fw.display.get(k, k)
        for k in fw.required_first
        if k not in present and not after_the_end(p, k)
    ]
    required = f"（{fw.spec.title}要求必须设置）"
    if not any(v.level1 or v.level2 for v in p.indicators):
        # a list of names and values with no level column: the levels are unstated, and
        # whether the rows cover them cannot be seen (not that the rows are missing)
        return _missing_levels(
            missing,
            "level1",
            lambda levels: (
                f"指标没有按一级、二级指标分列（表中只有指标名称和指标值），"
                f"看不出{levels}是否齐全{required}。"
            ),
        )
    return _missing_levels(
        missing, "level1", lambda levels: f"指标体系缺少一级指标：{levels}{required}。"
    )


S101 = TABLE.rule("S101", _missing_first, shared_by=_rows_template_cut)


def _infers_first(p: ProjectView) -> bool:
    """Whether the empty 一级 cells of ``p``'s rows follow from their 二级: another
    province's table, read whole (the costly test only when a 一级 cell is empty)."""
    if p.plan.plan.template != "generic":
        return False
    if all(i.level1.strip() for i in p.project.indicators):
        return False
    return grid_read_whole(p)


def _rows_template_whole(p: ProjectView) -> tuple[str | None, bool]:
    return rows_and_template(p), _infers_first(p)


def _missing_second(p: ProjectView) -> list[Hit]:
    fw = p.plan.framework
    first, second = rows_fact(p, _levels)
    # an empty 一级 column of a grid read whole: its rows' 一级 follow from their 二级
    inferred = set(map(fw.parent.get, second)) - first if _infers_first(p) else set()
    missing, guessed = [], []
    for k in fw.required_second:
        parent = fw.parent.get(k)
        if k in second or after_the_end(p, k) or (parent not in first and parent not in inferred):
            continue
        missing.append(fw.display.get(k, k))
        if parent not in first:
            guessed.append(fw.display.get(parent or "", parent or ""))
    note = ""
    if guessed:
        firsts = "、".join(dict.fromkeys(guessed))
        note = f"（表中一级指标栏空着，{firsts}是按所列二级指标推定的）"
    return _missing_levels(missing, "level2", lambda levels: f"缺少二级指标：{levels}{note}。")


S102 = TABLE.rule("S102", _missing_second, shared_by=_rows_template_whole)


def _empty_name(v: IndicatorView) -> Hit | None:
    if v.name:
        return None
    return hit(
        f"{v.indicator.level2 or v.indicator.level1}下的三级指标名称为空（指标值{q(v.raw)}）。",
        field="level3",
    )


S103 = TABLE.rule("S103", _empty_name)


# a goal cell that says nothing: “无”, “/”, “—” (squeezed to nothing), “暂无”, “不适用”
_SAYS_NOTHING = frozenset({"", "无", "暂无", "不适用", "略", "空", "待定"})
_PLACEHOLDER_CHARS = 8  # a longer cell is no placeholder (its spaces and punctuation included)


def _no_goals(p: ProjectView) -> list[Hit]:
    goals = [g for g in p.project.goals if g.strip()]
    if not goals:
        return [hit(f"项目{q(p.project.name)}没有填写绩效目标。", field="goals")]
    if all(len(g) <= _PLACEHOLDER_CHARS and squeeze(g) in _SAYS_NOTHING for g in goals):
        return [
            hit(
                f"项目{q(p.project.name)}的绩效目标只写了{q(goals[0])}，等于没有填写。",
                field="goals",
            )
        ]
    return []


S104 = TABLE.rule("S104", _no_goals)


def _no_basis(v: IndicatorView) -> Hit | None:
    if v.basis.strip():
        return None
    return hit("本行未填写指标值确定依据。", field="basis")


S105 = TABLE.rule("S105", _no_basis)


def _older_satisfaction(v: IndicatorView) -> bool:
    """满意度 under 效益指标: the place older templates of other provinces give it."""
    return v.plan.plan.template == "generic" and v.level1 == "效益" and "满意" in v.level2


def _unknown_level(v: IndicatorView) -> Hit | None:
    fw = v.plan.framework
    ind = v.indicator
    if not ind.level1.strip() and v.plan.plan.template == "generic":
        return None  # the template has no 一级 column: nothing was written to judge
    if v.level1 not in fw.first_keys:
        return hit(
            f"一级指标{q(ind.level1)}不属于{fw.spec.title}。",
            field="level1",
            params={"levels": "、".join(fw.spec.levels)},
        )
    if not ind.level2.strip() and v.plan.plan.template == "generic":
        # a report listing indicators under their 一级 only ('2.效益指标完成情况'): no 二级
        # was written to judge (S102 still says which required 二级 are missing)
        return None
    if v.level2 not in fw.second_keys:
        return hit(
            f"二级指标{q(ind.level2)}不属于{fw.spec.title}。",
            field="level2",
            params={"levels": "、".join(fw.spec.levels.get(fw.display[v.level1], []))},
        )
    parent = fw.parent[v.level2]
    if parent != v.level1 and not _older_satisfaction(v):
        return hit(
            f"二级指标{q(ind.level2)}应归入{q(fw.display[parent])}，表中却放在{q(ind.level1)}下。",
            field="level2",
            params={"levels": "、".join(fw.spec.levels.get(fw.display[v.level1], []))},
        )
    return None


S110 = TABLE.rule("S110", _unknown_level)


def _cut_short(p: ProjectView) -> list[Hit]:
    fw = p.plan.framework
    if p.plan.plan.template != "generic" or not p.indicators:
        return []
    first, second = rows_fact(p, _levels)
    present = first | second
    required = (*fw.required_first, *fw.required_second)
    after = [fw.display.get(k, k) for k in required if k not in present and after_the_end(p, k)]
    if not after:
        return []
    last = p.indicators[-1]
    return [
        hit(
            f"绩效指标表在“{last.indicator.level2 or last.indicator.level1}/{last.name}”之后结束，"
            f"其后应有的{'、'.join(after)}没有读到：或是缺少，或是文档在此被截断。",
            field="indicators",
            params={"levels": "、".join(after)},
        )
    ]


S111 = TABLE.rule("S111", _cut_short, shared_by=rows_and_template)
