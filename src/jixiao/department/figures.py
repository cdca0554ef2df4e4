"""部门预决算数据 (DepartmentFigures) and the ratios computed from them.

Figures come from the approved budget (部门预算公开 tables), the final accounts (决算) and
what the department enters; a ratio whose figures are missing is None, never 0, so a
missing number is reported as missing rather than scored as a failure.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.department.profile import Measure


class DepartmentFigures(BaseModel):
    """万元 throughout."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    budget_initial: Decimal | None = Field(default=None, description="年初预算数")
    budget_final: Decimal | None = Field(default=None, description="全年预算数（调整后）")
    spent: Decimal | None = Field(default=None, description="全年执行数")
    carryover: Decimal | None = Field(default=None, description="年末结转结余")
    sangong: Decimal | None = Field(default=None, description="本年“三公经费”决算数")
    sangong_last_year: Decimal | None = Field(default=None, description="上年“三公经费”决算数")
    procurement_budget: Decimal | None = Field(default=None, description="政府采购预算数")
    procurement_actual: Decimal | None = Field(default=None, description="实际政府采购金额")
    public_funds_budget: Decimal | None = Field(default=None, description="预算安排公用经费")
    public_funds_actual: Decimal | None = Field(default=None, description="实际支出公用经费")


def _ratio(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or whole is None or whole == 0:
        return None
    return part / whole


def measure_value(measure: Measure, figures: DepartmentFigures) -> Decimal | None:
    """A figure-based measure as a fraction (0.95 = 95%); None when a figure is missing."""
    f = figures
    if measure == "execution_rate":
        return _ratio(f.spent, f.budget_final)
    if measure == "adjustment_rate":
        if f.budget_final is None or f.budget_initial is None:
            return None
        return _ratio(abs(f.budget_final - f.budget_initial), f.budget_initial)
    if measure == "carryover_rate":
        return _ratio(f.carryover, f.budget_final)
    if measure == "sangong_change":
        if f.sangong is None or f.sangong_last_year is None:
            return None
        return _ratio(f.sangong - f.sangong_last_year, f.sangong_last_year)
    if measure == "procurement_rate":
        return _ratio(f.procurement_actual, f.procurement_budget)
    if measure == "public_funds_rate":
        return _ratio(f.public_funds_actual, f.public_funds_budget)
    raise ValueError(f"“{measure}”不是由预决算数据计算的指标")
