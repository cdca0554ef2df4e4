"""A form written to Excel, Word and PDF reads back as the same grid of texts.

Random forms (spans, merged rows, multi-line and empty cells) go through real files:
what :class:`SheetGrid` gives at each place must be what the form printed there.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from jixiao.forms import (
    Form,
    FormCell,
    FormError,
    SheetGrid,
    add_form_table,
    cell,
    label,
    new_form_document,
    write_form_sheet,
)
from jixiao.forms.html import form_html, forms_pdf
from jixiao.forms.tables import read_form_tables
from jixiao.model.source import SourceRef

TITLE = "测试用表"
CJK = "预算绩效指标完成情况运行监控资金保障经费项目单位部门年度目标满意度"


def write(form: Form, path: Path) -> None:
    """The form alone in a file of the suffix's format."""
    if path.suffix == ".xlsx":
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        write_form_sheet(sheet, form)
        workbook.save(path)
    elif path.suffix == ".docx":
        document = new_form_document(landscape=form.landscape)
        add_form_table(document, form)
        document.save(str(path))
    else:
        path.write_bytes(forms_pdf([form], form.title))


def read(path: Path) -> SheetGrid:
    if path.suffix == ".xlsx":
        sheet = load_workbook(path).active
        assert sheet is not None
        return SheetGrid.of(sheet, path.name)
    (found,) = read_form_tables(path, lambda heading: heading == TITLE, TITLE)
    return found.grid


@st.composite
def forms(draw: st.DrawFn, text: st.SearchStrategy[str]) -> Form:
    """A form of 2–6 columns whose cells span columns and rows at random; its last row
    has a cell per column (so every column edge is drawn, as on the real forms), and
    every row has a cell of its own (a row merged cells wholly cover is not drawn)."""
    columns = draw(st.integers(2, 6))
    height = draw(st.integers(1, 5))
    form = Form(title=TITLE, subtitle="单位：万元", widths=(10.0,) * columns)
    taken: set[tuple[int, int]] = set()
    for r in range(height):
        row: list[FormCell] = []
        c = 0
        while c < columns:
            if (r, c) in taken:
                c += 1
                continue
            free = 1
            while c + free < columns and (r, c + free) not in taken:
                free += 1
            # One cell across the whole table is a framed paragraph to a PDF reader.
            span = draw(st.integers(1, min(free, columns - 1)))
            last = c + span == columns  # ends the row: not merged down
            down = 1 if last else draw(st.integers(1, height - r))
            taken.update((r + i, c + j) for i in range(down) for j in range(span))
            make = label if draw(st.booleans()) else cell
            row.append(make(draw(text), span, down))
            c += span
        form.add(*row)
    form.add(*(cell(draw(text)) for _ in range(columns)))
    return form


def _check(form: Form, grid: SheetGrid) -> None:
    texts = grid.texts[-len(form.rows) :]  # Excel has the title and unit lines above
    top = len(grid.texts) - len(form.rows)
    for r, c, item in form.placed():
        assert texts[r][c].strip() == item.text.strip(), (r, c)
        for i in range(item.down):
            for j in range(item.span):
                if (i, j) != (0, 0):
                    assert texts[r + i][c + j] == ""
                if j:  # what `after` skips: the columns a merge covers
                    assert (top + r + i, c + j) in grid.covered


def _round_trip(form: Form, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"form{suffix}"
        write(form, path)
        _check(form, read(path))


lines = st.text(alphabet=CJK + "ABCxyz0123456789（）%≥ ", min_size=1, max_size=12)
office_text = st.lists(lines, max_size=3).map("\n".join)
# PDF text: what a reader can tell apart on the page — no runs of spaces, short lines.
pdf_text = st.lists(st.text(alphabet=CJK + "0123456789", min_size=1, max_size=8), max_size=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form=forms(office_text), suffix=st.sampled_from([".xlsx", ".docx"]))
def test_office_forms_read_back_cell_by_cell(form: Form, suffix: str) -> None:
    _round_trip(form, suffix)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form=forms(pdf_text.map("\n".join)))
def test_pdf_forms_read_back_cell_by_cell(form: Form) -> None:
    _round_trip(form, ".pdf")


@given(
    rows=st.lists(
        st.lists(st.one_of(st.none(), st.text(CJK, max_size=4)), min_size=3, max_size=3),
        min_size=1,
        max_size=4,
    )
)
def test_from_rows_keeps_texts_and_covered_places(rows: list[list[str | None]]) -> None:
    grid = SheetGrid.from_rows("a.pdf", "表1", rows)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            assert grid.at(r, c) == (text or "").strip()
            assert ((r, c) in grid.covered) == (text is None)


def test_after_skips_a_merged_area() -> None:
    grid = SheetGrid.from_rows("a.docx", "第1张表", [["项目名称", None, None, "公务用车", "x"]])
    assert grid.after("项目名称") == "公务用车"
    assert grid.after("公务用车") == "x"


def test_errors_name_file_table_and_cell() -> None:
    sources = [SourceRef(file="a.pdf", page=3, table=4, row=n) for n in (7, 8)]
    grid = SheetGrid.from_rows("a.pdf", "第2张表“某表”（第3页起）", [["金额"], ["四万"]], sources)
    error = grid.error(1, 0, "“四万”不是数字")
    assert str(error) == "a.pdf: 第2张表“某表”（第3页起） 第3页表4第8行第1列：“四万”不是数字"
    missing = grid.error(None, None, "找不到“合计”")
    assert str(missing) == "a.pdf: 第2张表“某表”（第3页起）：找不到“合计”"
    with pytest.raises(FormError, match="第3页表4第8行第1列"):
        grid.number(grid.at(1, 0), 1, 0)


def test_a_docx_or_pdf_without_the_form(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("关于做好绩效自评工作的通知")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "项目名称"
    path = tmp_path / "通知.docx"
    document.save(str(path))
    with pytest.raises(FormError) as caught:
        read_form_tables(path, lambda heading: heading == TITLE, TITLE)
    assert str(caught.value) == f"通知.docx: 找不到“{TITLE}”，不是本系统的表格式"
    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(FormError, match=r"^坏\.pdf: 不是有效的 PDF"):
        read_form_tables(broken, lambda heading: heading == TITLE, TITLE)
    with pytest.raises(FormError, match=r"^表\.txt: 不支持的文件类型“\.txt”"):
        read_form_tables(tmp_path / "表.txt", lambda heading: heading == TITLE, TITLE)


def test_html_groups_rows_a_merged_cell_holds_together() -> None:
    form = Form(title=TITLE, subtitle="", widths=(10.0, 10.0))
    form.add(label("资金", down=2), cell("1"))
    form.add(cell("2"))
    form.add(label("合计"), cell("3"))
    html = form_html(form)
    assert html.count("<tbody>") == 2
    assert '<th rowspan="2">资金</th>' in html
    first = html.index("<tbody>")
    assert html.index("<td>2</td>") < html.index("</tbody>", first) < html.index("合计")
