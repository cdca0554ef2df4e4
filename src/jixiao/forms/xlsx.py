"""Render a :class:`Form` on an Excel worksheet, with the looks of the plan workbook."""

from __future__ import annotations

from decimal import Decimal

from openpyxl.worksheet.worksheet import Worksheet

# The plan workbook's sheet writer and cell looks: one style for every workbook we write.
from jixiao.exporters.xlsx_sheet import (
    CENTER,
    LABEL,
    NUMBER,
    PLAIN_RIGHT,
    TEXT,
    TITLE,
    Look,
    Sheet,
    amount_format,
)
from jixiao.forms.grid import Form, FormCell


def _look(item: FormCell) -> Look:
    if item.label:
        return LABEL
    if isinstance(item.value, Decimal):
        if item.percent:
            return NUMBER.with_format("0.00%")
        return NUMBER.with_format(amount_format(item.value))
    return CENTER if item.center else TEXT


def write_form_sheet(worksheet: Worksheet, form: Form) -> None:
    """Title, subtitle, then the form's grid, fitted to one page wide."""
    sheet = Sheet(worksheet, form.widths)
    sheet.paragraph(form.title, TITLE, height=30)
    sheet.paragraph(form.subtitle, PLAIN_RIGHT)
    top = sheet.row + 1
    heights: dict[int, list[tuple[str, float]]] = {}
    for r, c, item in form.placed():
        row, col = top + r, c + 1
        sheet.put(
            row,
            col,
            item.value,
            _look(item),
            to_row=row + item.down - 1,
            to_col=col + item.span - 1,
        )
        if item.down == 1:
            heights.setdefault(row, []).append(
                (item.text, sheet.width_of(col, col + item.span - 1))
            )
    for r in range(len(form.rows)):
        sheet.fit(top + r, heights.get(top + r, []))
    sheet.row = top + len(form.rows) - 1
    sheet.set_up_page(landscape=form.landscape, header_rows=2)
