"""单位自评 data: what a unit reports for a project at year end (项目支出绩效自评表 input)."""

from __future__ import annotations

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from jixiao.model.money import Amount


class IndicatorResult(BaseModel):
    """One row of the 自评表 grid: the target as written and what was achieved."""

    model_config = ConfigDict(extra="forbid", validate_by_name=True, validate_by_alias=True)

    level1: str = Field(description="一级指标")
    level2: str = Field(default="", description="二级指标")
    level3: str = Field(description="三级指标")
    target: str = Field(
        default="",
        validation_alias=AliasChoices("target", "value"),
        description="年度指标值 (the target as written; input may call it ``value``)",
    )
    actual: str = Field(default="", description="实际完成值 (as written)")
    weight: Amount | None = Field(
        default=None, ge=0, description="分值; None = share of its first level's points"
    )
    explanation: str = Field(default="", description="偏差原因分析及改进措施")
    share: Amount | None = Field(
        default=None,
        ge=0,
        le=1,
        description="定性指标的得分比例 (评价人判定, within its grade band); None = band default",
    )


class ProjectEvaluation(BaseModel):
    """项目支出绩效自评: one project's year-end money, goals and indicator results."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="项目名称")
    code: str | None = Field(default=None, description="项目编码")
    department: str | None = Field(default=None, description="主管部门")
    unit: str | None = Field(default=None, description="实施单位")
    year: int | None = Field(default=None, description="年度")
    budget_initial: Amount | None = Field(default=None, description="年初预算数 (万元)")
    budget_total: Amount | None = Field(default=None, description="全年预算数 (万元)")
    executed: Amount | None = Field(default=None, description="全年执行数 (万元)")
    fiscal_current: Amount | None = Field(default=None, description="其中：本年财政拨款")
    carried_over: Amount | None = Field(default=None, description="上年结转资金")
    other_funds: Amount | None = Field(default=None, description="其他资金")
    goal_expected: str = Field(default="", description="年度总体目标：预期目标")
    goal_achieved: str = Field(default="", description="年度总体目标：实际完成情况")
    indicators: list[IndicatorResult] = Field(default_factory=list)

    @property
    def is_blank(self) -> bool:
        """未填报: neither 全年执行数 nor any 实际完成值 — nothing to score yet."""
        return self.executed is None and not any(i.actual.strip() for i in self.indicators)


class EvaluationBatch(BaseModel):
    """Self-evaluations of several projects (the ``jixiao evaluate`` input file)."""

    model_config = ConfigDict(extra="forbid")

    department: str | None = None
    year: int | None = None
    projects: list[ProjectEvaluation] = Field(default_factory=list)
