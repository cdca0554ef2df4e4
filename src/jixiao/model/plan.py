"""The 部门预算绩效文本: a department's performance plan for one budget year."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from jixiao.model.disclosure import Disclosure
from jixiao.model.money import Amount
from jixiao.model.source import SourceRef

SPEND_CHECKPOINTS: tuple[str, ...] = ("3月底", "6月底", "10月底", "12月底")
"""资金支出计划 checkpoints: cumulative share of the budget spent by these dates."""


def empty_spend_plan() -> dict[str, Amount | None]:
    return {key: None for key in SPEND_CHECKPOINTS}


class _Located(BaseModel):
    model_config = ConfigDict(validate_assignment=False, extra="forbid")

    sources: dict[str, SourceRef] = Field(
        default_factory=dict,
        description="Where each field was read, keyed by field name (e.g. 'value', 'level3').",
    )


class Target(BaseModel):
    """A measurable target found in prose (可量化目标), e.g. "满意率达到90%以上"."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The phrase as written")
    subject: str = Field(description="What is measured, e.g. 满意率")
    value: str = Field(description="The value part as written, e.g. 90%以上")


class Indicator(_Located):
    """One row of the 绩效指标 grid (三级指标)."""

    level1: str = Field(description="一级指标, e.g. 产出指标")
    level2: str = Field(description="二级指标, e.g. 数量指标")
    level3: str = Field(description="三级指标: the indicator's name")
    description: str = Field(default="", description="绩效指标描述")
    value: str = Field(default="", description="指标值, the raw text as written")
    basis: str = Field(default="", description="指标值确定依据")


class Project(_Located):
    """A budget project and its 绩效目标表 (预算项目绩效目标)."""

    unit_code: str | None = Field(default=None, description="单位编码, e.g. 430001")
    unit_name: str | None = Field(default=None, description="单位名称")
    code: str | None = Field(default=None, description="项目编码")
    name: str = Field(description="项目名称")
    budget_total: Amount | None = Field(default=None, description="预算数 (万元)")
    budget_fiscal: Amount | None = Field(default=None, description="其中：财政资金 (万元)")
    budget_other: Amount | None = Field(default=None, description="其他资金 (万元)")
    purpose: str | None = Field(default=None, description="资金用途")
    spend_plan: dict[str, Amount | None] = Field(
        default_factory=empty_spend_plan,
        description="资金支出计划（%）: cumulative percent keyed 3月底/6月底/10月底/12月底",
    )
    goals: list[str] = Field(default_factory=list, description="绩效目标, numbered items")
    indicators: list[Indicator] = Field(default_factory=list)


class SubGoal(_Located):
    """分项绩效目标: one item of the department's goals."""

    title: str | None = None
    goal: str | None = Field(default=None, description="绩效目标 sentence")
    indicator: str | None = Field(default=None, description="绩效指标 sentence")
    targets: list[Target] = Field(
        default_factory=list, description="Measurable targets found in the indicator sentence"
    )


class Unit(BaseModel):
    """A budget unit (预算单位) of the department: its 本级 or a subordinate unit."""

    model_config = ConfigDict(extra="forbid")

    code: str
    name: str


class ImportIssue(BaseModel):
    """A warning raised while reading a document: what was odd and where."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(description="Stable identifier, e.g. 'spend-plan-misaligned'")
    message: str = Field(description="Explanation in Chinese")
    source: SourceRef | None = None

    def describe(self) -> str:
        where = self.source.describe() if self.source else ""
        return f"{where}: {self.message}" if where else self.message


class DepartmentPlan(_Located):
    """部门预算绩效文本: department goals, project goal tables and disclosure tables."""

    source_file: str = Field(description="Name of the file the plan was read from")
    title: str | None = Field(default=None, description="Document title as written")
    department: str | None = Field(default=None, description="部门名称")
    year: int | None = Field(default=None, description="预算年度")
    units: list[Unit] = Field(default_factory=list)
    overall_goal: str | None = Field(default=None, description="总体绩效目标")
    sub_goals: list[SubGoal] = Field(default_factory=list, description="分项绩效目标")
    measures: list[str] = Field(default_factory=list, description="工作保障措施")
    projects: list[Project] = Field(default_factory=list, description="预算项目绩效目标")
    disclosure: Disclosure | None = Field(default=None, description="部门预算公开 tables")
    warnings: list[ImportIssue] = Field(default_factory=list)
    review_unit: str | None = Field(
        default=None, description="审核单位: the finance bureau that approved the plan, if known"
    )

    @property
    def indicator_count(self) -> int:
        return sum(len(p.indicators) for p in self.projects)
