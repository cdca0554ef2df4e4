"""Messy real-format files built from corpus tables (``bench/format_messy.py``): a Word
table split at a page break, a two-row header over merged level cells, a PDF table
crossing a page under a repeated 续表 title, an HTML table inside layout tables with a
footer after it, a workbook of several sheets with text figures and SUM formulas. Each
reads every indicator of the corpus document it was written from; the bench runs the
whole corpus, these tests a plan and a self-evaluation per defect.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.format_messy import CONVERTED, WRITERS, _rng, _tables
from bench.format_parity import convert
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers import labels
from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell, Row
from jixiao.importers.goal_header import grid_fields
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.table_titles import is_table_title
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
