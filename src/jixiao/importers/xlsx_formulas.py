"""Cells a user typed as ``=100%``: Excel and LibreOffice store them as a formula whose
cached value is 1, but the user wrote a comparison (指标值 "等于100%"), so its text counts.

Only a formula that is one constant — ``=100%``, ``= 95 %``, ``=0.5`` — is taken as typed;
any other formula (``=E3&"绩效目标表"``, ``=SUM(B7:E7)``) keeps the value it computed.
The formulas are read only when the workbook has any (a quick look at the sheets' XML),
with openpyxl's streaming reader.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl import load_workbook

CONSTANT_FORMULA = re.compile(r"=\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*%?\s*")
"""A formula that is one number, optionally a percentage: what a user types as a value."""

TypedCells = dict[str, dict[tuple[int, int], str]]
"""Sheet title → (row, column) → the text the user typed."""


def _has_formulas(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return any(
                b"<f>" in archive.read(name) or b"<f " in archive.read(name)
                for name in archive.namelist()
                if name.startswith("xl/worksheets/") and name.endswith(".xml")
            )
    except (OSError, zipfile.BadZipFile, KeyError):
        return False


def typed_constants(path: Path) -> TypedCells:
    """The cells of ``path`` holding a constant formula, with the formula as their text."""
    if not _has_formulas(path):
        return {}
    typed: TypedCells = {}
    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        for sheet in workbook.worksheets:
            found: dict[tuple[int, int], str] = {}
            for row in sheet.iter_rows():
                for cell in row:
                    value = getattr(cell, "value", None)
                    if isinstance(value, str) and CONSTANT_FORMULA.fullmatch(value):
                        found[(cell.row, cell.column)] = value.replace(" ", "")  # type: ignore[index]
            if found:
                typed[sheet.title] = found
    finally:
        workbook.close()
    return typed
