"""Messy real-format files built from corpus tables (``bench/format_messy.py``): a Word
table split at a page break, a two-row header over merged level cells, a PDF table
crossing a page under a repeated 续表 title, an HTML table inside layout tables with a
footer after it, a workbook of several sheets with text figures and SUM formulas. Each
reads every indicator of the corpus document it was written from; the bench runs the
whole corpus, these tests a plan and a self-evaluation per defect.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import pytest
from bench.format_messy import CONVERTED, WRITERS, _rng, _tables
from bench.format_parity import convert
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers import labels
from jixiao.importers.api import import_file
from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.importers.goal_header import grid_fields
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.table_titles import is_table_title
from jixiao.importers.route import assemble_document
from jixiao.importers.xlsx_reader import read_xlsx_blocks
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import DocResult, measure
from tests.importers.test_format_parity import PLAN, SELF, expected
from tests.programs import require


def messy(stem: str, defect: str, folder: Path) -> Path:
    """The corpus document ``stem`` written with ``defect`` (converted by LibreOffice
    when the defect is one of its conversions)."""
    _, want = expected(stem)
    name = Path(stem).name
    source = CONVERTED[defect][0] if defect in CONVERTED else defect
    ext, write = WRITERS[source]
    written = folder / f"{name}.{ext}"
    write(_tables(want), written, _rng(name + source), want)
    if defect not in CONVERTED:
        return written
    require("soffice", "libreoffice")
    out = folder / defect
    out.mkdir()
    convert([written], CONVERTED[defect][1], out)
    return out / f"{name}.{CONVERTED[defect][1]}"


def complete(stem: str, path: Path) -> DocResult:
    result = measure(expected(stem)[0], path)
    assert (result.found, result.actual_found) == (result.expected, result.actual_expected)
    assert result.kind_ok and result.year_ok and not result.invented
    return result


@pytest.mark.parametrize("stem", [PLAN, SELF])
@pytest.mark.parametrize("defect", ["docx-split", "docx-two-row-header", "html-nested"])
def test_a_messy_word_or_html_table_reads_every_indicator(
    stem: str, defect: str, tmp_path: Path
) -> None:
    path = messy(stem, defect, tmp_path)
    complete(stem, path)
    values = [i.value for p in import_file(path).projects for i in p.indicators]
    # the page number between the parts, the site's footer after the table: never a value's
    assert not [v for v in values if "—" in v or "版权" in v]


@pytest.mark.parametrize("stem", [PLAN, SELF])
def test_a_pdf_table_crossing_a_page_under_a_continued_title_reads_both_parts(
    stem: str, tmp_path: Path
) -> None:
    complete(stem, messy(stem, "pdf-page-break", tmp_path))


@pytest.mark.parametrize("defect", ["xlsx-cached", "xls-workbook", "doc-two-row-header"])
def test_the_workbook_and_legacy_copies_read_every_indicator(defect: str, tmp_path: Path) -> None:
    complete(SELF, messy(SELF, defect, tmp_path))


# -- properties ------------------------------------------------------------------------

HEBEI_COLUMNS = ["绩效指标描述", "指标值", "指标值确定依据", "备注"]  # 备注 names no field
VALUE_HEADERS = ["指标值", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
LEVELS = [("一级指标", 1), ("二级指标", 1), ("三级指标", 1)]


def _row(texts: list[tuple[str, int]], line: int) -> Row:
    """A drawn table's row: (text, span) cells laid side by side from column 0."""
    cells, col = [], 0
    here = SourceRef(file="t.docx", table=1, row=line)
    for text, span in texts:
        cells.append(Cell(raw=text, source=here.at(col=col + 1), col=col, span=span))
        col += span
    return Row(cells=cells, source=here, table=1)


def _two_rows(names: list[str]) -> tuple[Row, Row]:
    """指标 over the three levels, ``names`` merged down both rows (empty in the lower)."""
    above = _row([("指标", 3), *((name, 1) for name in names)], 1)
    return above, _row([*LEVELS, *(("", 1) for _ in names)], 2)


@settings(deadline=None, max_examples=60)
@given(st.permutations(HEBEI_COLUMNS), st.integers(1, len(HEBEI_COLUMNS)))
def test_a_two_row_header_names_the_columns_the_lower_row_leaves_empty(
    order: list[str], count: int
) -> None:
    names = order[:count]
    above, below = _two_rows(names)
    joined = grid_fields(below, above)
    assert joined == {
        **grid_fields(below, None),  # the levels as the lower row names them
        **{3 + i: field for i, n in enumerate(names) if (field := labels.grid_column(n))},
    }
    # a lower row naming its own columns keeps them, whatever the row above says
    named = _row([*LEVELS, ("指标值", len(names))], 2)
    assert grid_fields(named, above) == grid_fields(named, None)


@settings(deadline=None, max_examples=60)
@given(st.lists(st.sampled_from(VALUE_HEADERS), min_size=1, max_size=5, unique=True))
def test_the_levels_under_a_merged_parent_take_its_columns(names: list[str]) -> None:
    above, below = _two_rows(names)
    header = parse_header(above)
    if header is None:
        return  # no value role among the names: no grid to refine
    tail = header.roles[3:]
    assert header.split_levels(below)
    assert header.roles == ["level1", "level2", "level3", *tail]
    assert not header.split_levels(below)  # taken once: the levels have their columns now


TITLE_WORDS = st.text(
    st.sampled_from("项目支出绩效目标自评表预算决算公开年度部门收支总"), max_size=20
)


@settings(deadline=None, max_examples=100)
@given(TITLE_WORDS, st.sampled_from(["（续表）", "(续表)", "（续）", "续表", "（续上表）"]))
def test_a_title_repeated_over_a_continuation_is_no_new_table(title: str, mark: str) -> None:
    continued = "续表" + title if mark == "续表" else title + mark
    assert not is_table_title(continued)
    if "续" not in title and "表" in title:
        assert is_table_title(title)


# -- hidden rows and columns -----------------------------------------------------------------


def _goal_sheet(path: Path, hidden_cols: set[int], hidden_rows: set[int]) -> None:
    """A 目标表 whose hidden columns and rows hold last year's figures ('旧…')."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["项目支出绩效目标表"])
    sheet.append(["项目名称", "路灯维修", "", ""])
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "年度指标值"]]
    rows += [["产出指标", "数量指标", f"维修路灯{i}", f"{i}盏", f"{i + 10}盏"] for i in range(1, 5)]
    for line, row in enumerate(rows, start=3):
        for col, text in enumerate(row, start=1):
            shown = line - 2 not in hidden_rows and col not in hidden_cols
            sheet.cell(line, col, text if shown else f"旧{text}")
    for col in hidden_cols:
        sheet.column_dimensions[openpyxl.utils.get_column_letter(col)].hidden = True
    for row in hidden_rows:
        sheet.row_dimensions[row + 2].hidden = True
    book.save(path)


def test_hidden_columns_and_rows_of_a_workbook_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "goal.xlsx"
    _goal_sheet(path, {4}, {3})  # last year's 指标值 column hidden, and the 2nd indicator
    values = {i.level3: i.value for p in import_file(path).projects for i in p.indicators}
    assert values == {"维修路灯1": "11盏", "维修路灯3": "13盏", "维修路灯4": "14盏"}
    require("soffice", "libreoffice")
    convert([path], "xls", tmp_path / "xls")
    legacy = import_file(tmp_path / "xls" / "goal.xls")
    assert {i.level3: i.value for p in legacy.projects for i in p.indicators} == values


@settings(deadline=None, max_examples=25)
@given(st.sets(st.integers(1, 5), max_size=2), st.sets(st.integers(2, 5), max_size=2))
def test_no_text_of_a_hidden_cell_is_read(cols: set[int], rows: set[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "goal.xlsx"
        _goal_sheet(path, cols, rows)
        texts = [
            cell.text if isinstance(block, Row) else ""
            for block in read_xlsx_blocks(path)
            for cell in (block.cells if isinstance(block, Row) else [])
        ]
        shown = [t for t in texts if t]
    assert not [t for t in shown if t.startswith("旧")]
    expected_count = (5 - len(rows)) * (5 - len(cols))  # the visible grid, every cell read
    assert len([t for t in shown if "路灯维修" not in t and t != "项目名称"]) == expected_count


# -- text after a drawn table ----------------------------------------------------------------

GOAL_ROWS = [
    ["项目名称", "路灯维修", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维修路灯", "120盏"],
    ["效益指标", "社会效益指标", "夜间出行安全", "有效提升"],
]


@settings(deadline=None, max_examples=80)
@given(
    st.lists(
        st.text(
            st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=12
        ),
        min_size=1,
        max_size=3,
    )
)
def test_a_paragraph_after_a_drawn_table_never_joins_its_last_cell(after: list[str]) -> None:
    blocks: list[Block] = [
        Paragraph(raw="路灯维修绩效目标表", source=SourceRef(file="t.docx", line=1))
    ]
    blocks += [_row([(text, 1) for text in row], number) for number, row in enumerate(GOAL_ROWS, 1)]
    blocks += [
        Paragraph(raw=text, source=SourceRef(file="t.docx", line=2 + i))
        for i, text in enumerate(after)
    ]
    plan = assemble_document(blocks, "t.docx")
    read = {i.level3: i.value for p in plan.projects for i in p.indicators}
    assert read.get("夜间出行安全") == "有效提升"
    assert read.get("维修路灯") == "120盏"
