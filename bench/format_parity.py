"""Format parity: the corpus tables written in every office format, imported and scored.

For each corpus document whose transcription is a grid (pipe rows, space columns,
cell-per-line: its ``layout`` says so), the document's table is written from its
expected annotations as a bureau would publish it — an HTML page with a real ``<table>``
(level cells merged down where the levels span rows), a .docx table (python-docx,
vertically merged level cells), an .xlsx sheet (openpyxl, merged cells, a title row
above the header), a PDF (LibreOffice converting the .docx) and the legacy .doc / .xls
(LibreOffice converting the .docx / .xlsx). Each file is imported with jixiao's importer
and scored exactly as ``tests.importers.corpus_metrics`` scores the text; the text's own
figures are printed first, so a format that reads less than the text of the same table
shows. ``python -m bench.format_parity [--limit N] [--keep DIR]``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.utils import get_column_letter
from tests.importers.corpus_metrics import DOC, PARITY, DocResult, _documents, measure

from bench.format_cli import run
from bench.grid_layouts import MONITORING_HEADER

GRID_LAYOUT = re.compile(r"pipe rows|cell-per-line|space rows|space-row")
KINDS = ("plan", "self_evaluation", "monitoring", "disclosure", "final_accounts")
TITLES = {
    "plan": "项目支出绩效目标表",
    "self_evaluation": "项目支出绩效自评表",
    "monitoring": "项目支出绩效运行监控表",
}


@dataclass
class Cell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class Table:
    """One published table: the lines above it and its rows of cells."""

    title: list[str]
    rows: list[list[Cell | None]]  # None: covered by a merged cell above or to the left
    width: int


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _level_spans(indicators: list[dict[str, Any]], key: tuple[str, ...]) -> list[int]:
    """Per row, the rows its merged cell spans (0 where a cell above covers it)."""
    spans = [0] * len(indicators)
    start = 0
    for i in range(1, len(indicators) + 1):
        same = i < len(indicators) and all(indicators[i][k] == indicators[start][k] for k in key)
        if not same:
            spans[start] = i - start
            start = i
    return spans


def _columns(kind: str) -> list[str]:
    if kind == "self_evaluation":
        return ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    if kind == "monitoring":
        return list(MONITORING_HEADER[:6])
    return ["一级指标", "二级指标", "三级指标", "指标值"]


def _indicator_cells(kind: str, item: dict[str, Any]) -> list[str]:
    cells = [_text(item["level3"]), _text(item["value"])]
    if kind == "self_evaluation":
        cells += [_text(item.get("actual")), _text(item.get("weight")), _text(item.get("score"))]
    elif kind == "monitoring":
        cells += [_text(item.get("actual")), _text(item.get("expected"))]
    return cells


def project_table(want: dict[str, Any], project: dict[str, Any]) -> Table:
    kind = want["kind"]
    header = _columns(kind)
    width = len(header)
    year = want.get("year")
    title = [TITLES[kind]] + ([f"({year}年度)"] if year else [])
    rows: list[list[Cell | None]] = []

    def label_row(label: str, value: str) -> None:
        rows.append([Cell(label), Cell(value, colspan=width - 1)] + [None] * (width - 2))

    label_row("项目名称", _text(project.get("name")))
    if want.get("department"):
        label_row("主管部门", want["department"])
    if project.get("budget_total") is not None:
        label_row("年度资金总额(万元)", _text(project["budget_total"]))
    rows.append([Cell(name) for name in header])
    indicators = project.get("indicators", [])
    first = _level_spans(indicators, ("level1",))
    second = _level_spans(indicators, ("level1", "level2"))
    for i, item in enumerate(indicators):
        row: list[Cell | None] = [
            Cell(_text(item.get("level1")), rowspan=first[i]) if first[i] else None,
            Cell(_text(item.get("level2")), rowspan=second[i]) if second[i] else None,
        ]
        rows.append(row + [Cell(text) for text in _indicator_cells(kind, item)])
    return Table(title, rows, width)


def disclosure_table(want: dict[str, Any], table: dict[str, Any]) -> Table:
    width = 1 + max((len(r["cells"]) for r in table["rows"]), default=1)
    header = ["项目"] + (["金额"] if width == 2 else [f"金额{i}" for i in range(1, width)])
    rows: list[list[Cell | None]] = [[Cell(name) for name in header]]
    for row in table["rows"]:
        cells = [_text(c) for c in row["cells"]]
        rows.append(
            [Cell(_text(row["name"]))] + [Cell(c) for c in cells + [""] * (width - 1 - len(cells))]
        )
    year = want.get("year")
    name = table.get("title") or (
        "部门决算表" if want["kind"] == "final_accounts" else "部门预算表"
    )
    return Table([f"{year}年{name}" if year and str(year) not in name else name], rows, width)


def tables_of(want: dict[str, Any]) -> list[Table]:
    if want["kind"] in TITLES:
        return [project_table(want, p) for p in want.get("projects", []) if p.get("indicators")]
    return [disclosure_table(want, t) for t in want.get("disclosure_tables", []) if t.get("rows")]


def write_html(tables: list[Table], path: Path) -> None:
    parts = ["<html><head><meta charset='utf-8'><title>绩效公开</title></head><body>"]
    for table in tables:
        parts += [f"<p>{html.escape(line)}</p>" for line in table.title]
        parts.append("<table border='1'>")
        for row in table.rows:
            cells = "".join(
                f"<td colspan='{c.colspan}' rowspan='{c.rowspan}'>{html.escape(c.text)}</td>"
                for c in row
                if c is not None
            )
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
    path.write_text("\n".join(parts) + "</body></html>", encoding="utf-8")


def docx_grid(document: Any, rows: list[list[Cell | None]], width: int) -> None:
    """A Word table of ``rows``, merged cells merged."""
    grid = document.add_table(rows=len(rows), cols=width)
    grid.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            target = grid.cell(r, c)
            end = grid.cell(r + cell.rowspan - 1, c + cell.colspan - 1)
            if end is not target:
                target = target.merge(end)
            target.text = cell.text
            for piece in target.paragraphs[0].runs:
                piece.font.size = Pt(9)


def write_docx(tables: list[Table], path: Path) -> None:
    document = docx.Document()
    for table in tables:
        for line in table.title:
            document.add_paragraph(line)
        docx_grid(document, table.rows, table.width)
        # Word always ends a table with a paragraph; without one LibreOffice's .doc drops it
        document.add_paragraph("")
    document.save(str(path))


_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")


def _put(cell: Any, text: str) -> None:
    """A figure as a number with the format that shows it as written (a sheet keeps
    numbers, not text); any other text as a string, even one starting with '='."""
    percent = text.endswith("%") and _NUMBER.fullmatch(text[:-1]) is not None
    figure = text[:-1] if percent else text
    if _NUMBER.fullmatch(figure) is None:
        cell.value = text
        cell.data_type = "s"
        return
    places = len(figure.partition(".")[2])
    digits = "0" + ("." + "0" * places if places else "")
    value = float(figure.replace(",", "")) if places else int(figure.replace(",", ""))
    cell.value = value / 100 if percent else value
    cell.number_format = digits + "%" if percent else ("#,##" if "," in figure else "") + digits


def sheet_row(sheet: Any, line: int, row: list[Cell | None], first: int, put: Any) -> None:
    """``row`` on sheet line ``line`` from column ``first``, each text ``put`` in its cell."""
    for c, cell in enumerate(row, start=first):
        if cell is not None:
            put(sheet.cell(line, c), cell.text)
        if cell is not None and (cell.colspan > 1 or cell.rowspan > 1):
            end = (line + cell.rowspan - 1, c + cell.colspan - 1)
            sheet.merge_cells(start_row=line, start_column=c, end_row=end[0], end_column=end[1])


def write_xlsx(tables: list[Table], path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    line = 1
    for table in tables:
        for text in table.title:
            sheet.cell(line, 1, text)
            sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=table.width)
            line += 1
        for row in table.rows:
            sheet_row(sheet, line, row, 1, _put)
            line += 1
        line += 1
    for c in range(1, 9):
        sheet.column_dimensions[get_column_letter(c)].width = 18
    book.save(str(path))


WRITERS: dict[str, Callable[[list[Table], Path], None]] = {
    "html": write_html,
    "docx": write_docx,
    "xlsx": write_xlsx,
}
# format → (the written format LibreOffice converts from, LibreOffice's filter)
CONVERTED = {"pdf": ("docx", "pdf"), "doc": ("docx", "doc"), "xls": ("xlsx", "xls")}
FORMATS = ("text", "html", "docx", "xlsx", "pdf", "doc", "xls")


def grid_documents() -> list[tuple[Path, Path, dict[str, Any]]]:
    chosen = []
    for expected, document in _documents():
        want = json.loads(expected.read_text(encoding="utf-8"))
        grid = GRID_LAYOUT.search(want.get("layout", "")) is not None
        if want["kind"] in KINDS and grid and tables_of(want):
            chosen.append((expected, document, want))
    return chosen


def convert(sources: list[Path], target: str, outdir: Path) -> None:
    """LibreOffice converting many files in one run (one start-up, not one per file)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not sources:
        return
    profile = outdir / ".profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        capture_output=True,
        timeout=1800,
        check=False,
    )


def write_all(documents: list[tuple[Path, Path, dict[str, Any]]], folder: Path) -> None:
    for name, write in WRITERS.items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        for expected, _document, want in documents:
            write(tables_of(want), folder / name / f"{_stem(expected)}.{name}")
    for name, (source, target) in CONVERTED.items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        convert(sorted((folder / source).glob(f"*.{source}")), target, folder / name)


def _stem(expected: Path) -> str:
    return expected.name.removesuffix(".expected.json")


def measure_formats(
    documents: list[tuple[Path, Path, dict[str, Any]]], folder: Path
) -> dict[str, list[DocResult]]:
    results: dict[str, list[DocResult]] = {}
    for fmt in FORMATS:
        for expected, document, _want in documents:
            path = document if fmt == "text" else folder / fmt / f"{_stem(expected)}.{fmt}"
            if fmt != "text" and not path.exists():
                continue  # LibreOffice missing or failed on this file
            results.setdefault(fmt, []).append(measure(expected, path))
    return results


SECTION = f"""{PARITY}

Written by `python -m bench.format_parity --write` (not by `tests.importers.corpus_metrics`,
which keeps this section as it stands). The corpus documents whose transcription is a grid
(pipe rows, space columns, cell-per-line) are written from their expected annotations as a
bureau publishes them — an HTML page with a real `<table>` (一级/二级 cells merged down),
a .docx table (python-docx, vertically merged level cells), an .xlsx sheet (openpyxl,
merged cells, a title row above the header, figures as numbers with their number format),
a PDF, a .doc (LibreOffice from the .docx) and an .xls (LibreOffice from the .xlsx) — each
imported and scored exactly as the text above; the row `text` is the same documents' text.
A format below `text` reads less from a cleaner copy of the same table; `--why` lists
the documents where a format reads less than the text.

"""


def write_section(table: str) -> None:
    page = DOC.read_text(encoding="utf-8")
    at = page.find("\n" + PARITY + "\n")
    head = page if at < 0 else page[: at + 1]
    end = -1 if at < 0 else page.find("\n## ", at + 1)
    tail = "" if end < 0 else page[end:]  # the sections after it (bench/format_messy.py)
    DOC.write_text(head.rstrip("\n") + "\n\n" + SECTION + table + "\n" + tail, encoding="utf-8")


def main() -> None:
    chosen = grid_documents
    run(__doc__, lambda n: chosen()[: n or None], write_all, measure_formats, write_section)


if __name__ == "__main__":
    main()
