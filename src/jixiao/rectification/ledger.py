"""整改台账: the items of a department or year as a form (Excel, Word, PDF), read back from
each format to the same rows.

A row is what the ledger prints of an item (:class:`LedgerRow`): its origin, rule,
project, indicator, the finding, what is required, the deadline, the status on the day the
ledger was drawn up (overdue marked) and the unit's last report.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from jixiao.forms import Form, SheetGrid, cell, label
from jixiao.forms.output import forms_bytes, read_form_grids, write_forms
from jixiao.rectification.items import Origin, RectificationItem, is_overdue
from jixiao.workflow.rectification import RectificationStatus

LEDGER_TITLE = "绩效问题整改台账"
SHEET_NAME = "整改台账"
HEAD = ("序号", "来源", "规则", "项目", "指标", "问题", "整改要求", "期限", "状态", "整改情况")
WIDTHS = (6.0, 10.0, 7.0, 16.0, 14.0, 30.0, 24.0, 11.0, 11.0, 26.0)
OVERDUE_MARK = "（逾期）"


class LedgerRow(BaseModel):
    """One printed row of the ledger."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    number: int
    origin: Origin
    check: str
    project: str
    indicator: str
    message: str
    suggestion: str
    deadline: date
    status: RectificationStatus
    overdue: bool
    answer: str


def ledger_rows(items: Sequence[RectificationItem], today: date) -> list[LedgerRow]:
    """What the ledger drawn up on ``today`` prints of ``items``."""
    return [
        LedgerRow(
            number=number,
            origin=item.origin,
            check=item.check,
            project=item.project or "",
            indicator=item.indicator or "",
            message=item.message,
            suggestion=item.suggestion,
            deadline=item.deadline,
            status=item.status,
            overdue=is_overdue(item, today),
            answer=item.answer,
        )
        for number, item in enumerate(items, start=1)
    ]


def ledger_form(items: Sequence[RectificationItem], today: date, subtitle: str = "") -> Form:
    form = Form(title=LEDGER_TITLE, subtitle=subtitle, widths=WIDTHS)
    form.add(*map(label, HEAD))
    for row in ledger_rows(items, today):
        form.add(
            cell(Decimal(row.number)),
            cell(row.origin.label),
            cell(row.check),
            cell(row.project),
            cell(row.indicator),
            cell(row.message),
            cell(row.suggestion),
            cell(row.deadline.isoformat()),
            cell(row.status.label + (OVERDUE_MARK if row.overdue else "")),
            cell(row.answer),
        )
    return form


def write_ledger(
    items: Sequence[RectificationItem], today: date, path: Path, subtitle: str = ""
) -> None:
    """The ledger into ``path`` (.xlsx, .docx or .pdf)."""
    write_forms([ledger_form(items, today, subtitle)], [SHEET_NAME], path, LEDGER_TITLE)


def ledger_bytes(
    items: Sequence[RectificationItem], today: date, subtitle: str = "", fmt: str = "xlsx"
) -> bytes:
    return forms_bytes([ledger_form(items, today, subtitle)], [SHEET_NAME], LEDGER_TITLE, fmt)


# -- reading back -------------------------------------------------------------------------


_Choice = TypeVar("_Choice", Origin, RectificationStatus)


def _by_label(grid: SheetGrid, choices: type[_Choice], text: str, row: int, col: int) -> _Choice:
    for choice in choices:
        if choice.label == text:
            return choice
    allowed = "、".join(choice.label for choice in choices)
    raise grid.error(row, col, f"“{text}”不是{allowed}之一")


def read_ledger_sheet(grid: SheetGrid) -> list[LedgerRow]:
    """One 整改台账 grid back to its rows."""
    head_row, _ = grid.require(HEAD[0])
    columns = {name: grid.require(name, start=head_row)[1] for name in HEAD}
    rows = []
    for row, t in grid.records(columns, head_row + 1):
        number = grid.number(t["序号"], row, columns["序号"])
        if number is None or number != number.to_integral_value():
            raise grid.error(row, columns["序号"], f"序号“{t['序号']}”不是整数")
        try:
            deadline = date.fromisoformat(t["期限"])
        except ValueError:
            raise grid.error(
                row, columns["期限"], f"“{t['期限']}”不是日期（应为2024-03-31）"
            ) from None
        status_text = t["状态"].removesuffix(OVERDUE_MARK)
        rows.append(
            LedgerRow(
                number=int(number),
                origin=_by_label(grid, Origin, t["来源"], row, columns["来源"]),
                check=t["规则"],
                project=t["项目"],
                indicator=t["指标"],
                message=t["问题"],
                suggestion=t["整改要求"],
                deadline=deadline,
                status=_by_label(grid, RectificationStatus, status_text, row, columns["状态"]),
                overdue=t["状态"].endswith(OVERDUE_MARK),
                answer=t["整改情况"],
            )
        )
    return rows


def read_ledger(path: Path) -> list[list[LedgerRow]]:
    """The rows of every 绩效问题整改台账 of a .xlsx, .docx or .pdf file."""
    return [read_ledger_sheet(grid) for grid in read_form_grids(path, LEDGER_TITLE)]
