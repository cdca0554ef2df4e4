"""The 部门预算绩效文本: a department's performance plan for one budget year."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.model.disclosure import Disclosure
from jixiao.model.money import Amount
from jixiao.model.source import SourceRef
from jixiao.model.source_map import SourceMap
from jixiao.packs.stamp import PackVersion

SPEND_CHECKPOINTS: tuple[str, ...] = ("3月底", "6月底", "10月底", "12月底")
"""资金支出计划 checkpoints: cumulative share of the budget spent by these dates."""


DocumentKind = Literal["plan", "self_evaluation", "monitoring", "disclosure", "final_accounts"]
"""What a document is: 目标表 (plan), 自评表, 监控表, 公开表 or 决算表."""

KIND_NAMES: dict[str, str] = {
    "plan": "目标表",
    "self_evaluation": "自评表",
    "monitoring": "监控表",
    "disclosure": "公开表",
    "final_accounts": "决算表",
}
"""The Chinese name of each document kind, as the interface says it."""


def empty_spend_plan() -> dict[str, Amount | None]:
    return {key: None for key in SPEND_CHECKPOINTS}


class _Located(BaseModel):
    model_config = ConfigDict(validate_assignment=False, extra="forbid")

    # a mapping of field to SourceRef that may make them when read (see source_map)
    sources: SourceMap = Field(
        default_factory=SourceMap,
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
    midterm_value: str = Field(default="", description="中期指标值 (the 年度 one is value)")
    actual: str | None = Field(
        default=None, description="实际完成值 / 全年实际值 / 1-N月完成, as written"
    )
    weight: Amount | None = Field(default=None, description="分值 / 权重")
    score: Amount | None = Field(default=None, description="得分 / 自评得分 as published")
    deviation: str | None = Field(
        default=None, description="偏差原因分析及改进措施 / 未达到指标值原因"
    )
    standard: str | None = Field(default=None, description="评分标准 / 评(扣)分标准")
    expected: str | None = Field(
        default=None, description="全年预计完成值 / 预计年底完成情况 (监控表), as written"
    )
    likelihood: str | None = Field(
        default=None, description="完成目标可能性 (监控表: 确定能 / 有可能 / 不可能), as written"
    )
    core: bool = Field(default=False, description="核心指标 (marked ★ in the document)")


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
    department: str | None = Field(default=None, description="主管部门")
    implementer: str | None = Field(default=None, description="实施单位")
    manager: str | None = Field(default=None, description="项目负责人")
    period: str | None = Field(default=None, description="项目期限 / 起止时间 as written")
    midterm_goal: str | None = Field(default=None, description="总体目标 / 中期目标")
    annual_goal: str | None = Field(default=None, description="年度目标")
    annual_goal_actual: str | None = Field(
        default=None,
        description="年度总体目标的实际完成情况 (自评表, beside the 预期目标), as written",
    )
    basis: str | None = Field(default=None, description="立项依据")
    overview: str | None = Field(default=None, description="项目概述 / 项目概况")
    budget_initial: Amount | None = Field(default=None, description="年初预算数 (万元)")
    budget_adjusted: Amount | None = Field(default=None, description="全年预算数 (万元)")
    spent: Amount | None = Field(default=None, description="全年执行数 (万元)")
    execution_rate: Amount | None = Field(
        default=None, description="预算执行率 as a fraction (86.19% -> 0.8619), when stated"
    )
    total_score: Amount | None = Field(default=None, description="总分 / 自评得分 as published")
    grade: str | None = Field(
        default=None, description="自评等级 / 评价等级 as published (优, 良好, 合格 …), as written"
    )
    execution_weight: Amount | None = Field(
        default=None, description="预算执行率的分值 as published (the budget line's 分值)"
    )
    execution_score: Amount | None = Field(
        default=None, description="预算执行率得分 as published (the budget line's 得分)"
    )
    spend_forecast: Amount | None = Field(
        default=None, description="全年预计执行数 (万元), stated by a monitoring document"
    )
    through_month: int | None = Field(
        default=None, description="N of 1–N月执行数: the month a monitoring document runs to"
    )


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
    kind: DocumentKind | None = Field(
        default=None,
        description="plan / self_evaluation / monitoring / disclosure / final_accounts",
    )
    kind_evidence: str | None = Field(
        default=None, description="The title or headers that decided the kind"
    )
    template: Literal["hebei", "generic"] | None = Field(
        default=None,
        description="Which reading understood the document: 'hebei' (部门预算绩效文本 and "
        "jixiao's own forms) or 'generic' (another template, read by its headers)",
    )
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
    produced_by: list[PackVersion] = Field(
        default_factory=list,
        description="The packs (扩展包) and versions in effect when the document was read, "
        "so the reading can be reproduced (`jixiao packs`)",
    )

    @property
    def indicator_count(self) -> int:
        return sum(len(p.indicators) for p in self.projects)

    def has_content(self) -> bool:
        """Whether anything was read: indicators, department goals or disclosure rows."""
        tables = self.disclosure is not None and any(t.rows for t in self.disclosure.tables)
        return bool(self.indicator_count or self.overall_goal or self.sub_goals or tables)

    @property
    def kind_name(self) -> str:
        """目标表 / 自评表 / 监控表 / 公开表 / 决算表, or 未识别."""
        return KIND_NAMES.get(self.kind or "", "未识别")
