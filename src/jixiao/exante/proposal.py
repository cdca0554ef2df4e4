"""项目申报 (Proposal): what a unit submits for ex-ante assessment, and the draft goal table
an approved proposal becomes."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.model.plan import DepartmentPlan, Indicator, Project


class EstimateLine(BaseModel):
    """资金测算明细: one line of the estimate (数量 × 单价 = 金额, 金额 in 万元)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item: str = Field(description="测算内容")
    quantity: Decimal | None = Field(default=None, description="数量")
    unit: str = Field(default="", description="计量单位, e.g. 台, ㎡, 人·年")
    unit_price: Decimal | None = Field(default=None, description="单价（万元）")
    amount: Decimal = Field(description="金额（万元）")
    basis: str = Field(default="", description="测算依据：标准、询价、历史支出…")


class Proposal(BaseModel):
    """A new project (or a large increase) proposed for the budget."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="项目名称")
    department: str = Field(description="主管部门")
    unit: str | None = Field(default=None, description="申报单位")
    year: int = Field(description="预算年度")
    kind: str = Field(default="新增项目", description="新增项目 / 延续项目大幅增加 / 新出台政策")
    requested: Decimal = Field(description="申请金额（万元）")
    basis: str = Field(default="", description="立项依据")
    plan: str = Field(default="", description="实施方案")
    estimate: tuple[EstimateLine, ...] = Field(default=(), description="资金测算")
    goals: tuple[str, ...] = Field(default=(), description="绩效目标（草案）")
    indicators: tuple[Indicator, ...] = Field(default=(), description="绩效指标（草案）")

    @property
    def estimate_total(self) -> Decimal:
        return sum((line.amount for line in self.estimate), Decimal(0))


def draft_project(proposal: Proposal) -> Project:
    """The goal table an approved proposal starts from (编制中, to be completed by the unit)."""
    purpose = "；".join(line.item for line in proposal.estimate) or proposal.plan[:200] or None
    return Project(
        unit_name=proposal.unit,
        name=proposal.name,
        budget_total=proposal.requested,
        budget_fiscal=proposal.requested,
        purpose=purpose,
        goals=list(proposal.goals),
        indicators=[indicator.model_copy() for indicator in proposal.indicators],
    )


def draft_plan(proposal: Proposal) -> DepartmentPlan:
    """A one-project plan of the proposal, for the review rules and the library."""
    return DepartmentPlan(
        source_file=f"事前评估：{proposal.name}",
        department=proposal.department,
        year=proposal.year,
        projects=[draft_project(proposal)],
    )
