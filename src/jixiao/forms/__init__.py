"""Official forms (表) as a grid, written to Excel and Word, and read back from Excel.

A :class:`Form` is laid out once — rows of :class:`FormCell` with column and row spans —
and rendered by :func:`write_form_sheet` (openpyxl) and :func:`add_form_table`
(python-docx), so the 监控表 and the 自评表 look the same in both. :class:`SheetGrid`
reads a sheet back as text by labels, for the round trips.
"""

from jixiao.forms.docx import add_form_table, new_form_document
from jixiao.forms.grid import Form, FormCell, cell, label
from jixiao.forms.read import FormError, SheetGrid, open_workbook
from jixiao.forms.xlsx import write_form_sheet

__all__ = [
    "Form",
    "FormCell",
    "FormError",
    "SheetGrid",
    "add_form_table",
    "cell",
    "label",
    "new_form_document",
    "open_workbook",
    "write_form_sheet",
]
