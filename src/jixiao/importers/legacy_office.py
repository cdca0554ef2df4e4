"""Legacy and WPS office files: ``.xls`` read directly, the rest through LibreOffice.

* ``.xls`` (BIFF) is read by python-calamine: values and merged ranges are laid into
  an in-memory workbook that the Excel reader reads exactly like an ``.xlsx``, so
  both give the same rows, merges and ``sheet!cell`` sources. calamine does not report
  number formats: those of the numeric cells are read from the file's XF records by
  xlrd, so a percent-formatted 0.9 reads "90%" and an amount formatted "0.00" "29.00",
  as from an .xlsx.
* ``.doc``, ``.wps``, ``.et`` (and an ``.xls`` calamine cannot open) are converted
  by LibreOffice headless into a temporary folder, with a timeout, then read by the
  Word or Excel reader; every source names the original file.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from jixiao.importers.blocks import Block
from jixiao.importers.errors import ImportFailed

CONVERSION_TIMEOUT = 180  # seconds; a first start of LibreOffice takes a while
_PACKAGES = {"docx": "libreoffice-writer", "xlsx": "libreoffice-calc"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_ole_or_zip(path: Path) -> bool:
    """Binary office formats are OLE compound files; some WPS files are zip packages."""
    with path.open("rb") as stream:
        head = stream.read(8)
    return head == _OLE_MAGIC or head.startswith(b"PK\x03\x04")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, target: str, folder: Path) -> Path:
    """Convert ``path`` to ``target`` ("docx" or "xlsx") in ``folder`` with LibreOffice."""
    program = soffice()
    if program is None:
        raise ImportFailed(
            path.name,
            f"未找到 LibreOffice（soffice），无法读取 {path.suffix.lower()}："
            f"请安装 {_PACKAGES[target]}（或另存为 .{target} 后导入）",
        )
    # A private profile: concurrent conversions must not share LibreOffice's lock.
    profile = (folder / "profile").as_uri()
    command = [
        program,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        str(folder),
        str(path.resolve()),
    ]
    try:
        subprocess.run(command, capture_output=True, timeout=CONVERSION_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise ImportFailed(path.name, f"LibreOffice 转换超时（{CONVERSION_TIMEOUT} 秒）") from None
    converted = folder / f"{path.stem}.{target}"
    if not converted.is_file():
        raise ImportFailed(path.name, f"LibreOffice 无法把文件转换为 .{target}，文件可能已损坏")
    return converted


def read_converted(path: Path, target: str) -> list[Block]:
    """Convert with LibreOffice, then read with the Word or Excel reader."""
    from jixiao.importers.docx_reader import read_docx_blocks
    from jixiao.importers.xlsx_reader import read_xlsx_blocks

    with tempfile.TemporaryDirectory(prefix="jixiao-convert-") as folder:
        converted = convert(path, target, Path(folder))
        if target == "docx":
            return read_docx_blocks(converted, name=path.name)
        return read_xlsx_blocks(converted, name=path.name)


def read_doc(path: Path) -> list[Block]:
    return read_converted(path, "docx")


def read_et(path: Path) -> list[Block]:
    return read_converted(path, "xlsx")


def read_xls(path: Path) -> list[Block]:
    """An .xls by calamine; LibreOffice when calamine cannot open it."""
    from python_calamine import CalamineWorkbook

    from jixiao.importers.xlsx_reader import read_workbook_blocks

    try:
        workbook = _as_openpyxl(CalamineWorkbook.from_path(str(path)))
    except Exception:  # calamine fails in many ways on odd BIFF files: LibreOffice reads more
        return read_converted(path, "xlsx")
    _number_formats(path, workbook)
    return read_workbook_blocks(workbook, path.name)


def _number_formats(path: Path, workbook: Workbook) -> None:
    """The number format of every numeric cell, from the BIFF XF records (xlrd), and the
    hidden rows and columns; a file xlrd cannot read keeps General, as before."""
    import xlrd  # type: ignore[import-untyped]

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:  # xlrd is stricter than calamine on odd files: the values stand
        return
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        title = sheet.name[:31] or "Sheet"
        if title in workbook.sheetnames:
            target = workbook[title]
            for c in (c for c, info in sheet.colinfo_map.items() if info.hidden):
                target.column_dimensions[get_column_letter(c + 1)].hidden = True
            for r in (r for r, info in sheet.rowinfo_map.items() if info.hidden):
                target.row_dimensions[r + 1].hidden = True
            for r in range(sheet.nrows):
                for c, kind in enumerate(sheet.row_types(r)):
                    if kind != xlrd.XL_CELL_NUMBER:
                        continue
                    xf = book.xf_list[sheet.cell_xf_index(r, c)]
                    shown = book.format_map.get(xf.format_key)
                    if shown is not None and shown.format_str not in ("", "General"):
                        target.cell(row=r + 1, column=c + 1).number_format = shown.format_str
        book.unload_sheet(index)


def _as_openpyxl(source: object) -> Workbook:
    """An in-memory openpyxl workbook holding a calamine workbook's values and merges."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    assert isinstance(source, CalamineWorkbook)
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for meta in source.sheets_metadata:
        sheet = source.get_sheet_by_name(meta.name)
        target = workbook.create_sheet(title=meta.name[:31] or "Sheet")
        if meta.visible != SheetVisibleEnum.Visible:
            target.sheet_state = "hidden"
        for r, values in enumerate(sheet.to_python(skip_empty_area=False), start=1):
            for c, value in enumerate(values, start=1):
                if value != "" and value is not None:
                    target.cell(row=r, column=c, value=value)
        for (top, left), (bottom, right) in sheet.merged_cell_ranges or []:
            if (top, left) != (bottom, right):
                target.merge_cells(
                    start_row=top + 1,
                    start_column=left + 1,
                    end_row=bottom + 1,
                    end_column=right + 1,
                )
    return workbook
