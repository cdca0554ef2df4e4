"""绩效运行监控 data: what a unit reports for a project at a monitoring date (监控表 input).

Amounts are 万元. ``monthly`` holds the amount spent *in* each month (当月支出), keyed by
month number 1–12, where the unit knows it; ``spent_to_date`` is the cumulative figure
(1–N月执行数) and is what the execution rate uses.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from jixiao.model.money import Amount


class Likelihood(StrEnum):
    """完成目标可能性."""

    CERTAIN = "确定能"
    POSSIBLE = "有可能"
    IMPOSSIBLE = "完全不可能"


class DeviationCause(StrEnum):
    """偏差原因类型."""

    FUNDING = "经费保障"
    RULES = "制度保障"
    STAFF = "人员保障"
    HARDWARE = "硬件条件保障"
    OTHER = "其他"


class IndicatorProgress(BaseModel):
    """One row of the 监控表 grid: the target, where it stands, and what is being done."""

    model_config = ConfigDict(extra="forbid")

    level1: str = Field(description="一级指标")
    level2: str = Field(default="", description="二级指标")
    level3: str = Field(description="三级指标")
    target: str = Field(default="", description="年度指标值")
    value_to_date: str = Field(default="", description="1–N月执行情况")
    expected_value: str = Field(default="", description="全年预计完成情况")
    likelihood: Likelihood | None = Field(default=None, description="完成目标可能性")
    cause: DeviationCause | None = Field(default=None, description="偏差原因类型")
    cause_text: str = Field(default="", description="偏差原因说明")
    measures: str = Field(default="", description="完善措施")

    @property
    def reported(self) -> bool:
        """Whether the unit has said anything about this indicator (the target is the plan's)."""
        return bool(
            self.value_to_date.strip()
            or self.expected_value.strip()
            or self.likelihood
            or self.cause
            or self.cause_text.strip()
            or self.measures.strip()
        )


class ProjectProgress(BaseModel):
    """一个项目的绩效运行监控填报."""

    model_config = ConfigDict(extra="forbid")

    code: str | None = Field(default=None, description="项目编码")
    name: str = Field(description="项目名称")
    department: str | None = Field(default=None, description="主管部门")
    unit: str | None = Field(default=None, description="实施单位")
    monitor_date: dt.date = Field(description="监控日期（数据截至）")
    budget_total: Amount | None = Field(default=None, description="年度预算数 (万元)")
    spent_to_date: Amount | None = Field(default=None, description="1–N月执行数 (累计, 万元)")
    monthly: dict[int, Amount] = Field(
        default_factory=dict, description="各月支出 (当月, 万元), 月份 1–12"
    )
    expected_full_year: Amount | None = Field(default=None, description="全年预计执行数 (万元)")
    goal: str = Field(default="", description="年度总体目标")
    goal_progress: str = Field(default="", description="总体目标1–N月完成情况")
    indicators: list[IndicatorProgress] = Field(default_factory=list)

    @property
    def reported(self) -> bool:
        """Whether the unit has reported anything for this round. The budget, the targets and
        the months carried over from an earlier round are prefilled, not reported."""
        return (
            self.spent_to_date is not None
            or self.expected_full_year is not None
            or bool(self.goal_progress.strip())
            or any(item.reported for item in self.indicators)
        )

    @field_validator("monthly")
    @classmethod
    def _months(cls, monthly: dict[int, Amount]) -> dict[int, Amount]:
        wrong = [m for m in monthly if not 1 <= m <= 12]
        if wrong:
            raise ValueError(f"月份应为1–12，不是{wrong[0]}")
        return monthly


class MonitoringRound(BaseModel):
    """一轮监控: a department's projects at one monitoring date."""

    model_config = ConfigDict(extra="forbid")

    department: str | None = None
    year: int | None = None
    monitor_date: dt.date
    projects: list[ProjectProgress] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _projects_inherit_the_date(cls, data: Any) -> Any:
        """A project without its own ``monitor_date`` is reported at the round's date."""
        if isinstance(data, dict) and "monitor_date" in data:
            for project in data.get("projects") or []:
                if isinstance(project, dict):
                    project.setdefault("monitor_date", data["monitor_date"])
        return data
