"""Messy real-format files: the corpus goal tables written with the defects publishers produce.

``bench/format_parity.py`` writes CLEAN copies of the corpus tables; a bureau's files are
messier. For every corpus 目标表 / 自评表 / 监控表 whose transcription is a grid, this writes
one real file per defect kind (seeded: the split point and the figures stored as text are
drawn from ``random.Random(crc32(stem))``, so a run always writes the same files):

- ``docx-split``: a Word table split in two at a page break, its header row repeated on the
  second part (Word's 「在各页顶端以标题行形式重复出现」 made physical);
- ``docx-two-row-header``: 一级/二级 cells merged across rows AND the header spanning two rows
  (指标 over 一级指标 二级指标 三级指标; the value columns merged down both rows);
- ``xlsx-workbook``: a workbook with sheets 封面 (title, department, year) and the table's own
  sheet (目标表 / 自评表 / 监控表), a 自评表's or 监控表's workbook also holding the 目标表
  template left blank (and a 监控表's the blank 自评表); a hidden 序号 column,
  figures stored as text, a 合计 row whose 分值/得分 are SUM formulas with their cached values
  (LibreOffice recalculates and saves them);
- ``pdf-page-break``: a PDF whose table crosses a page, the page number and the title
  repeated (续表) between the two parts;
- ``html-nested``: a page whose table sits inside layout tables, cells padded with &nbsp;,
  text wrapped in <span>/<font>, the title in a cell of the outer table;
- ``doc-*`` / ``xls-*``: the legacy formats LibreOffice converts from those.

Each file is imported and scored as ``tests.importers.corpus_metrics`` scores the text.
``python -m bench.format_messy [--limit N] [--keep DIR] [--why] [--write]``.
"""

from __future__ import annotations

import html
import random
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from tests.importers.corpus_metrics import DOC, DocResult, measure

from bench.format_cli import run
from bench.format_parity import (
    TITLES,
    Cell,
    Table,
    _put,
    convert,
    docx_grid,
    grid_documents,
    project_table,
    sheet_row,
)

MESSY = "## 格式一致性（不规整文件）"
SHEETS = {"plan": "目标表", "self_evaluation": "自评表", "monitoring": "监控表"}


def _rng(stem: str) -> random.Random:
    return random.Random(zlib.crc32(stem.encode("utf-8")))


def _header_at(table: Table) -> int:
    return next(
        i for i, row in enumerate(table.rows) if row[0] is not None and row[0].text == "一级指标"
    )


def _split(
    table: Table, rng: random.Random
) -> tuple[list[list[Cell | None]], list[list[Cell | None]]]:
    """The rows before and after a page break inside the indicators; a cell merged across
    the break is cut in two, each part keeping its text (as Word repeats it on the page)."""
    head = _header_at(table)
    count = len(table.rows) - head - 1
    at = head + 1 + (rng.randint(1, count - 1) if count > 1 else count)
    first = [list(row) for row in table.rows[:at]]
    second = [list(row) for row in table.rows[at:]]
    for c in range(table.width):
        for r in range(len(first)):
            cell = first[r][c]
            if cell is not None and r + cell.rowspan > at:
                first[r][c] = Cell(cell.text, cell.colspan, at - r)
                if second:
                    second[0][c] = Cell(cell.text, cell.colspan, r + cell.rowspan - at)
    return first, second


def _page_break(document: Any, page: int, title: str | None) -> None:
    document.add_paragraph(f"— {page} —")
    document.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)
    if title:
        document.add_paragraph(title)


def write_docx_split(
    tables: list[Table], path: Path, rng: random.Random, repeat: bool = True
) -> None:
    document = docx.Document()
    page = 1
    for table in tables:
        for line in table.title:
            document.add_paragraph(line)
        first, second = _split(table, rng)
        docx_grid(document, first, table.width)
        if second:
            _page_break(document, page, None if repeat else table.title[0] + "（续表）")
            page += 1
            header = table.rows[_header_at(table)]
            docx_grid(document, ([header] if repeat else []) + second, table.width)
        document.add_paragraph("")
    document.save(str(path))


def write_pdf_source(tables: list[Table], path: Path, rng: random.Random) -> None:
    write_docx_split(tables, path, rng, repeat=False)


def two_row_header(table: Table) -> Table:
    """The header as two rows: 指标 over the three levels, every other column merged down."""
    at = _header_at(table)
    names = [c.text for c in table.rows[at] if c is not None]
    top: list[Cell | None] = [Cell("指标", colspan=3), None, None]
    top += [Cell(name, rowspan=2) for name in names[3:]]
    below: list[Cell | None] = [Cell(name) for name in names[:3]] + [None] * (len(names) - 3)
    return Table(table.title, [*table.rows[:at], top, below, *table.rows[at + 1 :]], table.width)


def write_docx_two_row(tables: list[Table], path: Path, rng: random.Random) -> None:
    document = docx.Document()
    for table in map(two_row_header, tables):
        for line in table.title:
            document.add_paragraph(line)
        docx_grid(document, table.rows, table.width)
        document.add_paragraph("")
    document.save(str(path))


def _cover(book: Any, want: dict[str, Any]) -> None:
    sheet = book.active
    sheet.title = "封面"
    lines = [TITLES[want["kind"]], ""]
    if want.get("department"):
        lines.append(f"填报单位（盖章）：{want['department']}")
    if want.get("year"):
        lines.append(f"填报年度：{want['year']}年")
    for r, text in enumerate(lines, start=1):
        sheet.cell(r, 2, text)


def _text_or_number(target: Any, text: str, rng: random.Random) -> None:
    if rng.random() < 0.5:
        target.value = text  # a figure stored as text
        target.data_type = "s"
    else:
        _put(target, text)


def _sheet_rows(sheet: Any, table: Table, rng: random.Random) -> None:
    """The table from B1 on (A: a hidden 序号 column), figures stored as text on a coin toss,
    a 合计 row under the indicators with SUM formulas under 分值 and 得分."""
    sheet.column_dimensions["A"].hidden = True
    line = 1
    for text in table.title:
        sheet.cell(line, 2, text)
        line += 1
    head = _header_at(table)
    first = line + head + 1
    for r, row in enumerate(table.rows):
        sheet.cell(line, 1, r - head if r > head else "序号" if r == head else None)
        sheet_row(sheet, line, row, 2, lambda target, text: _text_or_number(target, text, rng))
        line += 1
    header = [c.text if c else "" for c in table.rows[head]]
    sums = [i for i, name in enumerate(header) if name in ("分值", "得分")]
    if sums:
        sheet.cell(line, 2, "合计")
        for i in sums:
            letter = openpyxl.utils.get_column_letter(i + 2)
            sheet.cell(line, i + 2, f"=SUM({letter}{first}:{letter}{line - 1})")


def write_xlsx_book(
    tables: list[Table], path: Path, rng: random.Random, want: dict[str, Any]
) -> None:
    book = openpyxl.Workbook()
    _cover(book, want)
    for kind, name in SHEETS.items():
        if kind not in ("plan", want["kind"]) and want["kind"] != "monitoring":
            continue
        sheet = book.create_sheet(name)
        if kind != want["kind"]:
            sheet.cell(1, 1, TITLES[kind])  # a template left blank
            for c, label in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], start=1):
                sheet.cell(3, c, label)
            continue
        for table in tables:
            _sheet_rows(sheet, table, rng)
            break  # one project's table per sheet: the others on their own sheets
        for extra, table in enumerate(tables[1:], start=2):
            _sheet_rows(book.create_sheet(f"{name}{extra}"), table, rng)
    book.save(str(path))


def write_html_nested(tables: list[Table], path: Path, rng: random.Random) -> None:
    pad = "&nbsp;"
    parts = [
        "<html><head><meta charset='gbk'><title>信息公开</title></head><body>",
        "<table width='100%'><tr><td>首页 &gt; 信息公开 &gt; 预算决算</td></tr><tr><td>",
        "<table width='960' align='center'><tr><td class='content'>",
    ]
    for table in tables:
        parts += [
            f"<p align='center'><span>{pad * 2}{html.escape(line)}</span></p>"
            for line in table.title
        ]
        parts.append("<table border='1' cellspacing='0'><tbody>")
        for row in table.rows:
            cells = "".join(
                f"<td colspan='{c.colspan}' rowspan='{c.rowspan}'><p><font face='宋体'>"
                f"{pad * rng.randint(0, 2)}{html.escape(c.text)}{pad * rng.randint(0, 1)}"
                "</font></p></td>"
                for c in row
                if c is not None
            )
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</tbody></table><p>&nbsp;</p>")
    parts.append("</td></tr></table></td></tr><tr><td>版权所有 主办单位</td></tr></table>")
    path.write_bytes(("\n".join(parts) + "</body></html>").encode("gbk", errors="replace"))


Writer = Callable[[list[Table], Path, random.Random, dict[str, Any]], None]
WRITERS: dict[str, tuple[str, Writer]] = {
    "docx-split": ("docx", lambda t, p, r, w: write_docx_split(t, p, r)),
    "docx-two-row-header": ("docx", lambda t, p, r, w: write_docx_two_row(t, p, r)),
    "xlsx-workbook": ("xlsx", write_xlsx_book),
    "pdf-source": ("docx", lambda t, p, r, w: write_pdf_source(t, p, r)),
    "html-nested": ("html", lambda t, p, r, w: write_html_nested(t, p, r)),
}
# defect kind → (the written kind LibreOffice converts, the target format)
CONVERTED = {
    "pdf-page-break": ("pdf-source", "pdf"),
    "xlsx-cached": ("xlsx-workbook", "xlsx"),
    "doc-split": ("docx-split", "doc"),
    "doc-two-row-header": ("docx-two-row-header", "doc"),
    "xls-workbook": ("xlsx-workbook", "xls"),
}
MEASURED = (
    "docx-split",
    "docx-two-row-header",
    "xlsx-cached",
    "xlsx-workbook",
    "pdf-page-break",
    "html-nested",
    "doc-split",
    "doc-two-row-header",
    "xls-workbook",
)


def messy_documents(limit: int = 0) -> list[tuple[Path, Path, dict[str, Any]]]:
    chosen = [d for d in grid_documents() if d[2]["kind"] in SHEETS]
    return chosen[: limit or None]


def _tables(want: dict[str, Any]) -> list[Table]:
    return [project_table(want, p) for p in want.get("projects", []) if p.get("indicators")]


def _stem(expected: Path) -> str:
    return expected.name.removesuffix(".expected.json")


def write_all(documents: list[tuple[Path, Path, dict[str, Any]]], folder: Path) -> None:
    for name, (ext, write) in WRITERS.items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        for expected, _document, want in documents:
            stem = _stem(expected)
            write(_tables(want), folder / name / f"{stem}.{ext}", _rng(stem + name), want)
    for name, (source, target) in CONVERTED.items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        ext = WRITERS[source][0]
        convert(sorted((folder / source).glob(f"*.{ext}")), target, folder / name)


def measure_messy(
    documents: list[tuple[Path, Path, dict[str, Any]]], folder: Path
) -> dict[str, list[DocResult]]:
    results: dict[str, list[DocResult]] = {"text": [measure(e, d) for e, d, _ in documents]}
    for name in MEASURED:
        ext = CONVERTED[name][1] if name in CONVERTED else WRITERS[name][0]
        for expected, _document, _want in documents:
            path = folder / name / f"{_stem(expected)}.{ext}"
            if path.exists():
                results.setdefault(name, []).append(measure(expected, path))
    return results


SECTION = f"""{MESSY}

Written by `python -m bench.format_messy --write`. The corpus 目标表/自评表/监控表 whose
transcription is a grid, written as real files with the defects publishers produce (one
file per document and defect kind, seeded per document): `docx-split` a Word table split in
two at a page break with its header row repeated; `docx-two-row-header` merged 一级/二级
cells under a two-row header (指标 over 一级指标 二级指标 三级指标); `xlsx-cached` a workbook
with sheets 封面, the table's sheet and blank templates, a hidden 序号 column, figures stored
as text, a 合计 row of SUM formulas saved with their cached values (LibreOffice), and
`xlsx-workbook` the same book as openpyxl saves it (formulas without cached values);
`pdf-page-break` a PDF whose table crosses a page with the page number and the title (续表)
between;
`html-nested` the table inside layout tables, cells padded with &nbsp; (GBK page); `doc-*` and
`xls-*` LibreOffice's legacy conversions of those. The row `text` is the same documents' text.

Before the fixes (branch cand at 1a61e4a, the same files):

| 格式 | 文档 | 指标召回 | 实际值召回 | 类别正确 | 年度找到 | 公开表行召回 | 臆造行 |
|---|---|---|---|---|---|---|---|
| text | 75 | 99% (544/547) | 100% (235/236) | 100% (75/75) | 96% (69/72) | — | 0 |
| docx-split | 75 | 92% (503/547) | 99% (233/236) | 100% (75/75) | 100% (72/72) | — | 2 |
| docx-two-row-header | 75 | 0% (0/547) | 0% (0/236) | 100% (75/75) | 100% (72/72) | — | 7 |
| xlsx-cached | 75 | 99% (542/547) | 98% (231/236) | 100% (75/75) | 100% (72/72) | — | 3 |
| xlsx-workbook | 75 | 99% (542/547) | 98% (231/236) | 100% (75/75) | 100% (72/72) | — | 3 |
| pdf-page-break | 75 | 51% (280/547) | 53% (124/236) | 100% (75/75) | 100% (72/72) | — | 1 |
| html-nested | 75 | 92% (502/547) | 99% (233/236) | 100% (75/75) | 100% (72/72) | — | 2 |
| doc-split | 75 | 92% (503/547) | 99% (233/236) | 100% (75/75) | 100% (72/72) | — | 2 |
| doc-two-row-header | 75 | 0% (0/547) | 0% (0/236) | 100% (75/75) | 100% (72/72) | — | 7 |
| xls-workbook | 75 | 99% (542/547) | 98% (231/236) | 100% (75/75) | 100% (72/72) | — | 3 |

The fixes, each general: a paragraph outside a drawn Word/HTML table (a page number, a
site's footer) never continues the table's last cell; a header of two rows (指标 over the
three levels, the value columns merged down) names the columns its lower row leaves empty
from the row above (`goal_header`, `GridHeader.split_levels`); a title repeated over a
table's continuation (…（续表）, 续表) opens no new table; hidden rows and columns of a
workbook (and of an .xls, from its BIFF colinfo/rowinfo) are not read. Left as they are:
`hubei_ru7-tongcheng-tanghuzhen` and `sichuan_daying-minzhengju` read one indicator less in
every format, the clean copies of `bench/format_parity.py` too — the rebuilt grid puts an
empty 分值 beside a 一级 label that is also a 二级 word (满意度指标, 项目完成指标), which
the generic aligner shifts; the text, whose layout differs, reads them. It is the table
model's, not a format's, and a fix for two rows would be a one-off.

After them (this checkout):

"""


def write_section(table: str) -> None:
    page = DOC.read_text(encoding="utf-8")
    at = page.find("\n" + MESSY + "\n")
    if at < 0:
        DOC.write_text(page.rstrip("\n") + "\n\n" + SECTION + table + "\n", encoding="utf-8")
        return
    end = page.find("\n## ", at + 1)
    tail = "" if end < 0 else page[end:]
    DOC.write_text(page[: at + 1] + SECTION + table + "\n" + tail, encoding="utf-8")


def main() -> None:
    run(__doc__, messy_documents, write_all, measure_messy, write_section)


if __name__ == "__main__":
    main()
