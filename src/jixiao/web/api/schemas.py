"""API schemas (pydantic, via ninja): what goes over the wire."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from ninja import Schema
from pydantic import Field, WithJsonSchema, model_validator

from jixiao.disposition import DispositionStatus
from jixiao.workflow import Action


def has_nul(value: Any) -> bool:
    """Whether any text in a request (keys included) holds a NUL character."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(has_nul(v) for v in value)
    return False


class Input(Schema):
    """A request body. Text with a NUL character is refused (422): PostgreSQL cannot store
    it, and saving it ended in a server error."""

    @model_validator(mode="after")
    def refuse_nul(self) -> Input:
        if has_nul(self.model_dump()):
            raise ValueError("文本中不能包含空字符（NUL，\\u0000）")
        return self


class PlanSummary(Schema):
    id: int
    department: str
    year: int
    title: str
    status: str
    status_label: str
    grade: str
    score: float | None
    errors: int
    warnings: int
    projects: int
    lock_version: int
    updated_at: datetime


class PublicPlanSummary(Schema):
    """A published plan in the public list: no review counts or internal state."""

    id: int
    department: str
    year: int
    title: str
    projects: int
    updated_at: datetime


class SubGoalIn(Input):
    title: str | None = None
    goal: str | None = None
    indicator: str | None = None


class GoalsIn(Input):
    lock_version: int
    overall_goal: str = Field("", max_length=20000)
    sub_goals: list[SubGoalIn] = []
    measures: list[str] = []


class ProjectSummary(Schema):
    id: int
    position: int
    code: str
    name: str
    unit_code: str
    unit_name: str
    budget_total: Decimal | None
    grade: str
    score: float | None
    findings: int
    indicators: int
    lock_version: int


class PlanDetail(PlanSummary):
    overall_goal: str
    sub_goals: list[dict[str, Any]]
    measures: list[str]
    units: list[dict[str, Any]]
    project_list: list[ProjectSummary]
    actions: list[str]


class IndicatorOut(Schema):
    id: int
    position: int
    level1: str
    level2: str
    level3: str
    description: str
    value: str
    basis: str


class IndicatorIn(Input):
    id: int | None = None
    level1: str = Field(max_length=100)
    level2: str = Field(max_length=100)
    level3: str = Field(max_length=300)
    description: str = Field("", max_length=5000)
    value: str = Field("", max_length=300)
    basis: str = Field("", max_length=5000)


class ProjectOut(Schema):
    id: int
    plan_id: int
    position: int
    lock_version: int
    unit_code: str
    unit_name: str
    code: str
    name: str
    budget_total: Decimal | None
    budget_fiscal: Decimal | None
    budget_other: Decimal | None
    purpose: str
    spend_plan: dict[str, Decimal | None]
    goals: list[str]
    indicators: list[IndicatorOut]
    grade: str
    score: float | None
    editable: bool


def decimal_in(number: dict[str, Any], pattern: str) -> WithJsonSchema:
    """The OpenAPI description of a decimal as the server reads it: a JSON number or decimal
    text. pydantic's own says "any string" and drops the decimal places, so clients built
    from the spec (and the fuzzer) sent amounts that were refused with 422."""
    text = {"type": "string", "pattern": pattern}
    return WithJsonSchema({"anyOf": [number, text, {"type": "null"}]})


# 金额（万元）: whole numbers as JSON numbers, fractions as text ("12.5"), at most 6 decimals.
MoneyIn = Annotated[
    Decimal | None,
    decimal_in(
        {"type": "integer", "minimum": 0, "maximum": 10**12}, r"^[0-9]{1,12}(\.[0-9]{1,6})?$"
    ),
]
# 资金支出计划（%）: any decimal.
RateIn = Annotated[
    Decimal | None, decimal_in({"type": "number"}, r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")
]


class ProjectIn(Input):
    lock_version: int
    code: str = Field("", max_length=60)
    name: str = Field(min_length=1, max_length=300)
    unit_code: str = Field("", max_length=20)
    unit_name: str = Field("", max_length=200)
    budget_total: MoneyIn = Field(None, ge=0, le=Decimal("1e12"), decimal_places=6)
    budget_fiscal: MoneyIn = Field(None, ge=0, le=Decimal("1e12"), decimal_places=6)
    budget_other: MoneyIn = Field(None, ge=0, le=Decimal("1e12"), decimal_places=6)
    purpose: str = Field("", max_length=20000)
    spend_plan: dict[str, RateIn] = {}
    goals: list[str] = []
    indicators: list[IndicatorIn] = []


class NewProjectIn(Input):
    name: str = Field(min_length=1, max_length=300)
    unit_code: str = Field("", max_length=20)


class FindingOut(Schema):
    rule: str
    title: str
    severity: str
    severity_label: str
    criterion: str
    project: str | None
    project_index: int | None
    indicator: str | None
    indicator_index: int | None
    indicator_id: int | None
    field: str | None
    message: str
    suggestion: str
    confidence: float
    location: str | None
    disposition: DispositionStatus = Field(
        DispositionStatus.PENDING,
        description="处理状态：pending 待处理、modified 已修改、rejected 不予采纳、verified 已核实",
    )


class DraftFinding(FindingOut):
    row: int | None = None


class Reading(Schema):
    raw: str
    kind: str
    kind_label: str
    direction: str | None
    number: str | None
    upper: str | None
    unit: str | None
    canonical: str
    measurable: bool
    problems: list[str]


class CommentOut(Schema):
    id: int
    text: str
    author: str
    created_at: datetime
    project_id: int | None
    indicator_id: int | None
    indicator_label: str
    resolved: bool


class CommentIn(Input):
    text: str = Field(min_length=1, max_length=5000)
    project_id: int | None = None
    indicator_id: int | None = None


class ActionIn(Input):
    action: Action
    comment: str = Field("", max_length=5000)


class VersionOut(Schema):
    number: int
    action: str
    status: str
    comment: str
    created_at: datetime
    created_by: str


class ChangeOut(Schema):
    scope: str
    kind: str
    where: str
    field: str | None
    before: str | None
    after: str | None


class DiffOut(Schema):
    old: int
    new: int
    summary: str
    changes: list[ChangeOut]


class SuggestionOut(Schema):
    level1: str
    level2: str
    level3: str
    typical_value: str | None
    other_values: list[str]
    description: str | None
    count: int
    score: float
    reason: str


class Message(Schema):
    detail: str
