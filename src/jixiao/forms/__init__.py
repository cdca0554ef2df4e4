"""Official forms (表) as a grid, written to Excel, Word and PDF, and read back from each.

A :class:`Form` is laid out once — rows of :class:`FormCell` with column and row spans —
and rendered by :func:`write_form_sheet` (openpyxl), :func:`add_form_table`
(python-docx) and :mod:`jixiao.forms.html` (HTML, printed to PDF by WeasyPrint), so the
监控表 and the 自评表 look the same in all. :class:`SheetGrid` holds a form's cell texts —
from an Excel sheet, or from Word and PDF tables (:mod:`jixiao.forms.tables`) — and reads
them by labels, for the round trips; :mod:`jixiao.forms.files` names the formats.
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
