"""导出Excel: exactly the filtered rows (every page), the headers as shown (万元 stated),
money as numbers with two decimals, and the 合计 row."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from jixiao.model.percent import shown_percent
from jixiao.web.listing.engine import ListPage
from jixiao.web.listing.spec import Column
from jixiao.web.pages.filenames import as_download

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = {"money": "#,##0.00", "percent": "0.00", "int": "0"}


def _cell(column: Column, value: Any) -> Any:
    """Numbers stay numbers (so Excel sums them); everything else is the text shown."""
    if value is None:
        return None
    if column.kind in ("money", "int") and isinstance(value, int | float | Decimal):
        if column.kind == "money" or not float(value).is_integer():
            return float(value)
        return int(value)
    if column.kind == "percent" and isinstance(value, int | float | Decimal):
        # as the list shows it (39.49, the header says %): one decimal here made it 39.5
        return float(shown_percent(value))
    return column.text(value)


def workbook_bytes(listing: ListPage, title: str) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    columns = listing.spec.columns
    sheet.append([c.header + ("（%）" if c.kind == "percent" else "") for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in listing.rows:
        sheet.append([_cell(c, c.read(row)) for c in columns])
    if listing.totals:
        sheet.append(
            [
                "合计" if i == 0 else _cell(c, listing.totals.get(c.key))
                for i, c in enumerate(columns)
            ]
        )
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    for index, column in enumerate(columns, start=1):
        number_format = FORMATS.get(column.kind)
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(10, min(40, len(column.header) * 2 + 2))
        if number_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_response(listing: ListPage, title: str, fallback: str = "list") -> HttpResponse:
    response = HttpResponse(workbook_bytes(listing, title), content_type=XLSX)
    as_download(response, f"{title}.xlsx", fallback)
    return response
