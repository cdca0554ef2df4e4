"""版本差异 (differences between two versions of a plan): typed change items."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class ChangeScope(StrEnum):
    """Where a change is (范围): the department part, a project, or an indicator row."""

    PLAN = "plan"  # 部门整体: 总体绩效目标, 分项绩效目标, 工作保障措施
    PROJECT = "project"  # 预算项目
    INDICATOR = "indicator"  # 绩效指标


class ChangeKind(StrEnum):
    """What happened (变动类型)."""

    ADDED = "added"  # 新增
    REMOVED = "removed"  # 删除
    CHANGED = "changed"  # 修改
    MOVED = "moved"  # 调整顺序


SCOPE_NAMES: dict[ChangeScope, tuple[str, str]] = {
    ChangeScope.PLAN: ("处", "部门目标"),
    ChangeScope.PROJECT: ("个", "项目"),
    ChangeScope.INDICATOR: ("个", "指标"),
}
KIND_NAMES: dict[ChangeKind, str] = {
    ChangeKind.ADDED: "新增",
    ChangeKind.REMOVED: "删除",
    ChangeKind.CHANGED: "修改",
    ChangeKind.MOVED: "调整顺序",
}


class Change(BaseModel):
    """One difference (一处修改) between the old and the new version."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scope: ChangeScope
    kind: ChangeKind
    label: str = Field(
        description="Where, in Chinese: 项目「办公楼物业管理」· 指标「服务对象满意度」· 指标值"
    )
    field: str = Field(
        default="", description="Model field changed (value, budget_total, spend_plan.6月底 …)"
    )
    before: str | None = Field(default=None, description="Old text; None when added")
    after: str | None = Field(default=None, description="New text; None when removed")
    project: str | None = Field(default=None, description="项目名称 (new name when renamed)")
    indicator: str | None = Field(default=None, description="三级指标 (new name when renamed)")

    def describe(self) -> str:
        """One line in Chinese: “修改 项目「…」· 指标值：≥85% → ≥90%”."""
        text = f"{KIND_NAMES[self.kind]} {self.label}"
        if self.kind is ChangeKind.CHANGED or self.kind is ChangeKind.MOVED:
            return f"{text}：{self.before or '（空）'} → {self.after or '（空）'}"
        shown = self.after if self.kind is ChangeKind.ADDED else self.before
        return f"{text}：{shown}" if shown else text


class PlanDiff(BaseModel):
    """两个版本之间的差异: the changes, in document order (department part first)."""

    model_config = ConfigDict(extra="forbid")

    changes: list[Change] = Field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def of(self, scope: ChangeScope | None = None, kind: ChangeKind | None = None) -> list[Change]:
        """The changes of one scope and/or kind."""
        return [
            c
            for c in self.changes
            if (scope is None or c.scope is scope) and (kind is None or c.kind is kind)
        ]

    def summary(self) -> str:
        """A short sentence: “3 处修改：1 个项目，2 个指标”, or “两个版本内容相同”."""
        if not self.changes:
            return "两个版本内容相同"
        counts = Counter(c.scope for c in self.changes)
        parts = [
            f"{counts[scope]} {measure}{name}"
            for scope, (measure, name) in SCOPE_NAMES.items()
            if counts[scope]
        ]
        return f"{len(self.changes)} 处修改：{'，'.join(parts)}"
