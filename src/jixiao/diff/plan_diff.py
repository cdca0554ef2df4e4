"""比较两个版本 (compare two versions of a 部门预算绩效文本): :func:`diff_plans`.

Compared: 部门名称, 预算年度, 总体绩效目标, 分项绩效目标, 工作保障措施; per project its
unit, 项目编码, 项目名称, amounts, 资金用途, 资金支出计划, 绩效目标 and 绩效指标. Not
compared: ``sources`` and ``warnings`` (provenance, not content), the file name and title,
and the disclosure tables. Empty text and a missing value count as the same.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Generic, TypeVar

from pydantic import BaseModel

from jixiao.diff.align import align
from jixiao.diff.changes import Change, ChangeKind, ChangeScope, PlanDiff
from jixiao.library.keys import indicator_key
from jixiao.model import SPEND_CHECKPOINTS, DepartmentPlan, Indicator, Project, SubGoal

T = TypeVar("T")
SEPARATOR = " · "
Scalar = str | int | Decimal | None

PLAN_FIELDS: tuple[tuple[str, str], ...] = (
    ("department", "部门名称"),
    ("year", "预算年度"),
    ("overall_goal", "总体绩效目标"),
)
SUB_GOAL_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "标题"),
    ("goal", "绩效目标"),
    ("indicator", "绩效指标"),
)
PROJECT_FIELDS: tuple[tuple[str, str], ...] = (
    ("unit_code", "单位编码"),
    ("unit_name", "单位名称"),
    ("code", "项目编码"),
    ("name", "项目名称"),
    ("budget_total", "预算数（万元）"),
    ("budget_fiscal", "财政资金（万元）"),
    ("budget_other", "其他资金（万元）"),
    ("purpose", "资金用途"),
)
INDICATOR_FIELDS: tuple[tuple[str, str], ...] = (
    ("level1", "一级指标"),
    ("level2", "二级指标"),
    ("level3", "三级指标"),
    ("description", "绩效指标描述"),
    ("value", "指标值"),
    ("basis", "指标值确定依据"),
)

TEXT_THRESHOLD = 0.5
"""Two sentences at least this similar (difflib ratio) are one edited sentence."""
INDICATOR_THRESHOLD = 0.6
"""Two rows at least this similar (:func:`_indicator_similarity`) are one edited row."""
PROJECT_THRESHOLD = 0.5
"""Two projects at least this similar (:func:`_project_similarity`) are one edited project."""


def _text(value: Scalar) -> str | None:
    """The text shown for a value; blank text and None are both “nothing”."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return f"{value:f}"
    text = str(value).strip()
    return text or None


def _same(a: Scalar, b: Scalar) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b  # 119.50 is 119.5
    return _text(a) == _text(b)


def _ratio(a: str | None, b: str | None) -> float:
    return SequenceMatcher(None, a or "", b or "", autojunk=False).ratio()


def _indicator_similarity(a: Indicator, b: Indicator, i: int, j: int) -> float:
    """How alike two rows are: mostly the name and description, then value, basis and
    second level; the same position counts too (a row renamed in place)."""
    key_a, key_b = indicator_key(a), indicator_key(b)
    if key_a[0] != key_b[0]:
        return 0.0
    return (
        0.4 * _ratio(key_a[2], key_b[2])
        + 0.2 * _ratio(a.description, b.description)
        + 0.15 * (a.value == b.value)
        + 0.1 * (a.basis == b.basis)
        + 0.15 * (key_a[1] == key_b[1])
        + 0.1 * (i == j)
    )


def _project_similarity(a: Project, b: Project, i: int, j: int) -> float:
    """How alike two projects are: their names and the indicators they share."""
    keys_a = {indicator_key(x) for x in a.indicators}
    keys_b = {indicator_key(x) for x in b.indicators}
    union = keys_a | keys_b
    shared = len(keys_a & keys_b) / len(union) if union else 0.0
    return 0.5 * _ratio(a.name, b.name) + 0.5 * shared


def _project_key(project: Project) -> Hashable:
    # 项目编码 identifies a project; seed 004 has none, so the name does.
    return ("code", project.code) if project.code else ("name", project.name.strip())


def _text_similarity(a: str, b: str, i: int, j: int) -> float:
    return _ratio(a, b)


def _sub_goal_key(sub_goal: SubGoal) -> Hashable:
    return (sub_goal.title or "").strip() or (sub_goal.goal or "").strip()


def _sub_goal_text(sub_goal: SubGoal) -> str:
    return "".join(filter(None, (sub_goal.title, sub_goal.goal, sub_goal.indicator)))


def _sub_goal_similarity(a: SubGoal, b: SubGoal, i: int, j: int) -> float:
    return _ratio(_sub_goal_text(a), _sub_goal_text(b))


def _sub_goal_label(sub_goal: SubGoal, k: int) -> str:
    return f"分项绩效目标「{sub_goal.title}」" if sub_goal.title else f"分项绩效目标第{k + 1}项"


def _indicator_text(indicator: Indicator) -> str:
    levels = "/".join((indicator.level1, indicator.level2, indicator.level3))
    return f"{levels}：{indicator.value}" if indicator.value else levels


def _pairs(
    names: tuple[tuple[str, str], ...], old: BaseModel, new: BaseModel
) -> list[tuple[str, str, Scalar, Scalar]]:
    """(field, 名称, old value, new value) for each listed field."""
    return [(n, title, getattr(old, n), getattr(new, n)) for n, title in names]


def _position(index: int) -> str:
    return f"第{index + 1}项"


Context = dict[str, str | None]


def _no_context(_: object) -> Context:
    return {}


@dataclass(frozen=True, slots=True)
class _Items(Generic[T]):
    """How one kind of list item is aligned and described."""

    scope: ChangeScope
    key: Callable[[T], Hashable]
    similarity: Callable[[T, T, int, int], float]
    threshold: float
    label: Callable[[T, int], str]  # where the item is, given its 0-based position
    show: Callable[[T], str]  # the item in a few words, for added and removed
    context: Callable[[T], Context] = _no_context  # project / indicator names


SUB_GOAL_ITEMS: _Items[SubGoal] = _Items(
    ChangeScope.PLAN, _sub_goal_key, _sub_goal_similarity, TEXT_THRESHOLD,
    label=_sub_goal_label, show=_sub_goal_text,
)  # fmt: skip
PROJECT_ITEMS: _Items[Project] = _Items(
    ChangeScope.PROJECT, _project_key, _project_similarity, PROJECT_THRESHOLD,
    label=lambda p, _: f"项目「{p.name}」", show=lambda p: p.name,
    context=lambda p: {"project": p.name},
)  # fmt: skip


@dataclass
class _Differ:
    """Collects the changes of one comparison in document order."""

    changes: list[Change] = field(default_factory=list)

    def add(self, scope: ChangeScope, kind: ChangeKind, label: str, **rest: str | None) -> None:
        self.changes.append(Change(scope=scope, kind=kind, label=label, **rest))

    def fields(
        self,
        scope: ChangeScope,
        where: str,
        pairs: Sequence[tuple[str, str, Scalar, Scalar]],
        context: Context,
    ) -> None:
        """One CHANGED item per field whose value differs: (field, 名称, before, after)."""
        for name, title, before, after in pairs:
            if not _same(before, after):
                label = f"{where}{SEPARATOR}{title}" if where else title
                self.add(
                    scope,
                    ChangeKind.CHANGED,
                    label,
                    field=name,
                    before=_text(before),
                    after=_text(after),
                    **context,
                )

    def items(
        self,
        spec: _Items[T],
        old: Sequence[T],
        new: Sequence[T],
        compare: Callable[[T, T, str], None],
    ) -> None:
        """Align two lists; report moved, added and removed items, ``compare`` the pairs."""
        alignment = align(old, new, spec.key, spec.similarity, spec.threshold)
        for i, j in alignment.pairs:
            where = spec.label(new[j], j)
            if (i, j) in alignment.moved:
                self.add(
                    spec.scope,
                    ChangeKind.MOVED,
                    where,
                    field="order",
                    before=_position(i),
                    after=_position(j),
                    **spec.context(new[j]),
                )
            compare(old[i], new[j], where)
        for kind, items, indices in (
            (ChangeKind.ADDED, new, alignment.added),
            (ChangeKind.REMOVED, old, alignment.removed),
        ):
            for k in indices:
                item = items[k]
                shown = {"after" if kind is ChangeKind.ADDED else "before": spec.show(item)}
                self.add(spec.scope, kind, spec.label(item, k), **shown, **spec.context(item))

    def texts(
        self, scope: ChangeScope, where: str, old: list[str], new: list[str], context: Context
    ) -> None:
        """Numbered sentences (工作保障措施, 绩效目标): each sentence is one item."""

        def compare(a: str, b: str, label: str) -> None:
            self.fields(scope, label, [("text", "内容", a, b)], context)

        spec: _Items[str] = _Items(
            scope,
            key=str.strip,
            similarity=_text_similarity,
            threshold=TEXT_THRESHOLD,
            label=lambda _, k: f"{where}第{k + 1}条",
            show=str,
            context=lambda _: context,
        )
        self.items(spec, old, new, compare)

    # ------------------------------------------------------------------ department part

    def plan(self, old: DepartmentPlan, new: DepartmentPlan) -> None:
        scope = ChangeScope.PLAN
        self.fields(scope, "", _pairs(PLAN_FIELDS, old, new), {})

        def compare(a: SubGoal, b: SubGoal, label: str) -> None:
            self.fields(scope, label, _pairs(SUB_GOAL_FIELDS, a, b), {})

        self.items(SUB_GOAL_ITEMS, old.sub_goals, new.sub_goals, compare)
        self.texts(scope, "工作保障措施", old.measures, new.measures, {})

    # ------------------------------------------------------------------ projects

    def project(self, old: Project, new: Project, where: str) -> None:
        context: Context = {"project": new.name}
        pairs = _pairs(PROJECT_FIELDS, old, new) + [
            (
                f"spend_plan.{k}",
                f"资金支出计划（{k}，%）",
                old.spend_plan.get(k),
                new.spend_plan.get(k),
            )
            for k in SPEND_CHECKPOINTS
        ]
        self.fields(ChangeScope.PROJECT, where, pairs, context)
        goals = f"{where}{SEPARATOR}绩效目标"
        self.texts(ChangeScope.PROJECT, goals, old.goals, new.goals, context)

        def compare(a: Indicator, b: Indicator, label: str) -> None:
            pairs = _pairs(INDICATOR_FIELDS, a, b)
            self.fields(ChangeScope.INDICATOR, label, pairs, context | {"indicator": b.level3})

        spec: _Items[Indicator] = _Items(
            ChangeScope.INDICATOR,
            key=indicator_key,
            similarity=_indicator_similarity,
            threshold=INDICATOR_THRESHOLD,
            label=lambda row, _: f"{where}{SEPARATOR}指标「{row.level3}」",
            show=_indicator_text,
            context=lambda row: context | {"indicator": row.level3},
        )
        self.items(spec, old.indicators, new.indicators, compare)

    def projects(self, old: list[Project], new: list[Project]) -> None:
        self.items(PROJECT_ITEMS, old, new, self.project)


def diff_plans(old: DepartmentPlan, new: DepartmentPlan) -> PlanDiff:
    """版本差异: what changed from ``old`` to ``new``, department part first, then each
    project in the new order (its fields, goals and indicators), added and removed last."""
    differ = _Differ()
    differ.plan(old, new)
    differ.projects(old.projects, new.projects)
    return PlanDiff(changes=differ.changes)


def diff_projects(old: Project, new: Project) -> PlanDiff:
    """What changed in one project (a 修改项目 of the audit log): its fields, goals and
    indicators, as :func:`diff_plans` words them."""
    differ = _Differ()
    differ.project(old, new, f"项目「{new.name}」")
    return PlanDiff(changes=differ.changes)
