"""The rows and columns a sheet hides: not what a reader of the workbook sees.

A bureau's workbook often keeps working columns (序号, 上年数, a lookup) and spare rows
hidden; Excel neither shows nor prints them, so they are no part of the document. Hidden
ranges are stored per column group (``min``..``max``) and per row.
"""

from __future__ import annotations

from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.worksheet import Worksheet


def hidden_lines(sheet: Worksheet) -> tuple[frozenset[int], frozenset[int]]:
    """The 1-based numbers of the hidden rows and of the hidden columns of ``sheet``."""
    rows = frozenset(number for number, dim in sheet.row_dimensions.items() if dim.hidden)
    cols: set[int] = set()
    for letter, dim in sheet.column_dimensions.items():
        if dim.hidden:  # (a group read from a file has min..max; one set in memory, neither)
            first = dim.min or column_index_from_string(letter)
            cols.update(range(first, (dim.max or first) + 1))
    return rows, frozenset(cols)
