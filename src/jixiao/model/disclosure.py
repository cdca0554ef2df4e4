"""部门预算公开: the disclosure tables and their narrative explanation."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from pydantic import BaseModel, ConfigDict, Field

from jixiao.model.source import SourceRef
from jixiao.textnorm.digit_groups import ungrouped

TABLE_KINDS: dict[str, str] = {
    "income_expenditure_summary": "部门预算收支总表",
    "income_summary": "部门预算收入总表",
    "expenditure_summary": "部门预算支出总表",
    "fiscal_summary": "部门预算财政拨款收支总表",
    "general_budget_expenditure": "部门预算一般公共预算财政拨款支出表",
    "basic_expenditure": "部门预算一般公共预算财政拨款基本支出表",
    "government_fund_expenditure": "部门预算政府性基金预算财政拨款支出表",
    "state_capital_expenditure": "部门预算国有资本经营预算财政拨款支出表",
    "three_public": "部门预算财政拨款“三公”经费支出表",
    "procurement": "部门政府采购预算",
    "assets": "资产构成情况表",
    "organisation": "部门机构设置情况",
}
"""Known table kinds, keyed by a stable id, with the official title."""


def parse_amount(text: str) -> Decimal | None:
    """A cell's number, or None for empty cells and placeholders such as '---'."""
    cleaned = ungrouped(text.replace("，", ",").strip())  # '1,5' is no amount
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


class DisclosureRow(BaseModel):
    """One data row, cells aligned with the table's columns."""

    model_config = ConfigDict(extra="forbid")

    cells: list[str]
    code: str | None = Field(default=None, description="科目编码 when the table has one")
    name: str | None = Field(default=None, description="科目名称 / 项目 label of the row")
    level: int | None = Field(
        default=None, description="Hierarchy level from the code length: 1 类, 2 款, 3 项"
    )
    source: SourceRef | None = None

    def amount(self, column: int) -> Decimal | None:
        return parse_amount(self.cells[column]) if column < len(self.cells) else None


class DisclosureTable(BaseModel):
    """A disclosure table, its multi-row header flattened into column names."""

    model_config = ConfigDict(extra="forbid")

    kind: str | None = Field(default=None, description="Key of TABLE_KINDS, None if unknown")
    title: str
    money_unit: str | None = Field(default=None, description="单位, e.g. 万元")
    columns: list[str] = Field(description="Flattened header, e.g. '收入/预算数'")
    rows: list[DisclosureRow] = Field(default_factory=list)
    note: str | None = Field(default=None, description="注：… (e.g. an empty table's note)")
    source: SourceRef | None = None

    def column_index(self, *names: str) -> int | None:
        """Index of the first column whose name ends with or equals one of ``names``."""
        for name in names:
            for i, column in enumerate(self.columns):
                if column == name or column.endswith("/" + name):
                    return i
        return None

    def row_named(self, name: str) -> DisclosureRow | None:
        for row in self.rows:
            if row.name == name or any(cell == name for cell in row.cells[:3]):
                return row
        return None


class NarrativeSection(BaseModel):
    """A section of the 情况说明, e.g. 机关运行经费安排情况."""

    model_config = ConfigDict(extra="forbid")

    title: str
    text: str
    source: SourceRef | None = None


class Disclosure(BaseModel):
    """The 部门预算公开 part of a document."""

    model_config = ConfigDict(extra="forbid")

    tables: list[DisclosureTable] = Field(default_factory=list)
    sections: list[NarrativeSection] = Field(default_factory=list)

    def table(self, kind: str) -> DisclosureTable | None:
        return next((t for t in self.tables if t.kind == kind), None)
