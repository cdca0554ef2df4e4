"""Export a plan in one of the publication formats (公开与输出), by name.

One entry point for the command line and the web app: :func:`export_plan` writes
``docx``, ``pdf``, ``xlsx``, ``html``, ``json`` or ``csv`` (the CSV with its
datapackage.json and the JSON beside it) and returns the files it wrote.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from jixiao.model.plan import DepartmentPlan

FORMATS: dict[str, str] = {
    "docx": ".docx",
    "pdf": ".pdf",
    "xlsx": ".xlsx",
    "html": ".html",
    "json": ".json",
    "csv": ".csv",
}
"""Format name -> file suffix."""

MEDIA_TYPES: dict[str, str] = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "csv": "application/zip",  # the CSV travels with its datapackage.json and JSON
}
"""What a web response carries for each format (see :func:`export_bytes`)."""

FORMAT_TITLES: dict[str, str] = {
    "docx": "Word 文档（公文版式）",
    "pdf": "PDF（可打印）",
    "xlsx": "Excel 工作簿（财政厅样式）",
    "html": "网页（单文件，可打印）",
    "json": "JSON（开放数据，符合发布的 JSON Schema）",
    "csv": "CSV 指标长表 + datapackage.json（开放数据）",
}


def _docx(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.exporters.docx_writer import write_plan_docx

    write_plan_docx(plan, path)
    return [path]


def _pdf(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.exporters.pdf_writer import write_plan_pdf

    write_plan_pdf(plan, path)
    return [path]


def _xlsx(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.templates.xlsx_template import write_plan_xlsx

    write_plan_xlsx(plan, path)
    return [path]


def _html(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.exporters.html_page import plan_html

    path.write_text(plan_html(plan), encoding="utf-8")
    return [path]


def _json(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.exporters.open_data import plan_json

    path.write_text(plan_json(plan), encoding="utf-8")
    return [path]


def _csv(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.exporters.open_data import PLAN_JSON, write_open_data

    descriptor = write_open_data(plan, path)
    return [path, descriptor, path.parent / PLAN_JSON]


_WRITERS: dict[str, Callable[[DepartmentPlan, Path], list[Path]]] = {
    "docx": _docx,
    "pdf": _pdf,
    "xlsx": _xlsx,
    "html": _html,
    "json": _json,
    "csv": _csv,
}


def export_plan(plan: DepartmentPlan, fmt: str, path: Path) -> list[Path]:
    """Write ``plan`` to ``path`` in format ``fmt``; return every file written."""
    if fmt not in _WRITERS:
        raise ValueError(f"不支持的导出格式“{fmt}”；可选：{'、'.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    return _WRITERS[fmt](plan, path)


def export_bytes(plan: DepartmentPlan, fmt: str) -> bytes:
    """The export as bytes, for a download: the file itself, or for ``csv`` a zip of
    the data package (indicators.csv, datapackage.json, department-plan.json)."""
    with tempfile.TemporaryDirectory() as folder:
        name = "indicators.csv" if fmt == "csv" else f"plan{FORMATS.get(fmt, '')}"
        paths = export_plan(plan, fmt, Path(folder) / name)
        if fmt != "csv":
            return paths[0].read_bytes()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in paths:
                archive.write(path, path.name)
        return buffer.getvalue()
