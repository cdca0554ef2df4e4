"""Export a plan in one of the publication formats (公开与输出), by name.

Each output format is one :class:`Format` record (name, suffix, media type, titles and
writer); the records come from the packs (hook ``formats``: the built-in ones below are
the built-in pack's, a later pack's format of the same name replaces them). One entry
point for the command line and the web app: :func:`export_plan` writes a format and
returns the files it wrote; :func:`export_bytes` gives the download.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jixiao import packs
from jixiao.exporters.zipped import zip_bytes
from jixiao.model.plan import DepartmentPlan

Writer = Callable[[DepartmentPlan, Path], list[Path]]
"""Writes the plan to the path; returns every file written (the path first)."""


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # "docx", as the CLI and the URLs spell it
    suffix: str
    media_type: str  # what a web response carries
    title: str  # the Chinese description, for menus
    short_name: str  # the link text
    write: Writer
    file_name: str | None = None  # a fixed file name the writer wants (CSV: indicators.csv)
    packaged: bool = False  # the download is a zip of every file written

    @property
    def download_suffix(self) -> str:
        return ".zip" if self.packaged else self.suffix


def _docx(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.exporters.docx_writer import write_plan_docx

    write_plan_docx(plan, path)
    return [path]


def _pdf(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.exporters.pdf_writer import write_plan_pdf

    write_plan_pdf(plan, path)
    return [path]


def _xlsx(plan: DepartmentPlan, path: Path) -> list[Path]:
    from jixiao.exporters.plan_xlsx import write_plan_xlsx

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


_OFFICE = "application/vnd.openxmlformats-officedocument"
BUILT_IN_FORMATS: tuple[Format, ...] = (
    Format("docx", ".docx", f"{_OFFICE}.wordprocessingml.document", "Word 文档（公文版式）",
           "Word", _docx),
    Format("pdf", ".pdf", "application/pdf", "PDF（可打印）", "PDF", _pdf),
    Format("xlsx", ".xlsx", f"{_OFFICE}.spreadsheetml.sheet", "Excel 工作簿（财政厅样式）",
           "Excel", _xlsx),
    Format("html", ".html", "text/html; charset=utf-8", "网页（单文件，可打印）", "网页", _html),
    Format("json", ".json", "application/json", "JSON（开放数据，符合发布的 JSON Schema）",
           "JSON", _json),
    Format("csv", ".csv", "application/zip", "CSV 指标长表 + datapackage.json（开放数据）",
           "CSV（压缩包）", _csv, file_name="indicators.csv", packaged=True),
)  # fmt: skip


def formats() -> dict[str, Format]:
    """Every output format by name, in the packs' order (a later pack's replaces)."""
    return {f.name: f for f in packs.contributed("formats", Format)}


def get_format(name: str) -> Format:
    """The format called ``name``; :class:`ValueError` with the choices if there is none."""
    known = formats()
    if name not in known:
        raise ValueError(f"不支持的导出格式“{name}”；可选：{'、'.join(known)}")
    return known[name]


def export_plan(plan: DepartmentPlan, fmt: str, path: Path) -> list[Path]:
    """Write ``plan`` to ``path`` in format ``fmt``; return every file written."""
    chosen = get_format(fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    return chosen.write(plan, path)


def export_bytes(plan: DepartmentPlan, fmt: str) -> bytes:
    """The export as bytes, for a download: the file itself, or for a packaged format
    (``csv``) a zip of every file written (indicators.csv, datapackage.json, the JSON)."""
    chosen = get_format(fmt)
    with tempfile.TemporaryDirectory() as folder:
        name = chosen.file_name or f"plan{chosen.suffix}"
        paths = export_plan(plan, fmt, Path(folder) / name)
        if not chosen.packaged:
            return paths[0].read_bytes()
        return zip_bytes((path.name, path.read_bytes()) for path in paths)
