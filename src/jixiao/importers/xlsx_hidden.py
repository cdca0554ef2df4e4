"""The rows and columns a sheet hides: not what a reader of the workbook sees.

A bureau's workbook often keeps working columns (序号, 上年数, a lookup) and spare rows
hidden; Excel neither shows nor prints them, so they are no part of the document. Hidden
ranges are stored per column group (``min``..``max``) and per row.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet


def hidden_lines(sheet: Worksheet) -> tuple[frozenset[int], frozenset[int]]:
    """The 1-based numbers of the hidden rows and of the hidden columns of ``sheet``."""
    rows = frozenset(number for number, dim in sheet.row_dimensions.items() if dim.hidden)
    cols = frozenset(
        col
        for dim in sheet.column_dimensions.values()
        if dim.hidden and dim.min is not None and dim.max is not None
        for col in range(dim.min, dim.max + 1)
    )
    return rows, cols
