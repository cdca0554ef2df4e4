"""Several forms into one file of any form format, and their grids back from such a file.

One place for what every official form does: one worksheet per form in Excel, one page per
form in Word, the forms one after another in PDF; reading back finds each form by its
printed title and gives its :class:`SheetGrid`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from jixiao.exporters.xlsx_sheet import sheet_title
from jixiao.forms.docx import add_form_table, new_form_document
from jixiao.forms.files import form_format, written_bytes
from jixiao.forms.grid import Form
from jixiao.forms.html import forms_pdf
from jixiao.forms.read import SheetGrid, open_workbook
from jixiao.forms.tables import read_form_tables
from jixiao.forms.xlsx import write_form_sheet


def write_forms(forms: Sequence[Form], names: Sequence[str], path: Path, title: str) -> None:
    """``forms`` into ``path`` (.xlsx, .docx or .pdf); ``names`` name the Excel sheets."""
    fmt = form_format(path)
    if fmt == "xlsx":
        workbook = Workbook()
        first = workbook.active
        assert first is not None
        workbook.remove(first)
        for index, (form, name) in enumerate(zip(forms, names, strict=True), start=1):
            write_form_sheet(workbook.create_sheet(sheet_title(index, name)), form)
        workbook.save(path)
    elif fmt == "docx":
        document = new_form_document(landscape=any(form.landscape for form in forms))
        for index, form in enumerate(forms):
            add_form_table(document, form, page_break=index > 0)
        document.save(str(path))
    else:
        path.write_bytes(forms_pdf(forms, title))


def forms_bytes(forms: Sequence[Form], names: Sequence[str], title: str, fmt: str) -> bytes:
    """The file :func:`write_forms` writes, as bytes for a download."""
    return written_bytes(lambda path: write_forms(forms, names, path, title), fmt)


def read_form_grids(path: Path, title: str) -> list[SheetGrid]:
    """The grid of every form titled ``title`` in ``path`` (every visible sheet of a
    workbook)."""
    if form_format(path) == "xlsx":
        workbook = open_workbook(path)
        return [
            SheetGrid.of(sheet, path.name)
            for sheet in workbook.worksheets
            if sheet.sheet_state == "visible"
        ]
    found = read_form_tables(path, lambda heading: heading == title, title)
    return [f.grid for f in found]
