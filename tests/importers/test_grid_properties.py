"""Property tests of the grid stage: random grids rendered in every layout read back.

Each text layout is written the way page flattening writes it; the reader must give
back the same cells, in the same grid columns where the layout keeps them. Where a
layout cannot tell two grids apart (an empty cell and a row marker are the same bare
``|``), the generated grids avoid the ambiguity and the test says so.
"""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jixiao.importers.blocks import Row
from jixiao.importers.html_reader import read_html_text
from jixiao.importers.text_reader import read_text_blocks
from jixiao.importers.xlsx_reader import read_xlsx_blocks
from tests.importers.grid_helpers import rows

Grid = list[list[str]]
# A shared CI machine can pause any example: no per-example deadline.
relaxed = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["产出指标", "数量指标", "绿化美化公路", "≥90%", "3500", "15,000.50", "100%", "米", "="]
WORDS += ["≤28.40元/株", "满意度", "項目", "學校", "0", "≥3次", "年度资金总额:"]
chinese = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=8)
numbers = st.integers(min_value=0, max_value=10**7).map(str)
cell = st.one_of(st.sampled_from(WORDS), chinese, numbers)
maybe_empty = st.one_of(cell, st.just(""))


def grids(min_rows: int = 2, min_cols: int = 2, empty: bool = True) -> st.SearchStrategy[Grid]:
    values = maybe_empty if empty else cell
    return st.integers(min_cols, 6).flatmap(
        lambda width: st.lists(
            st.lists(values, min_size=width, max_size=width), min_size=min_rows, max_size=7
        )
    )


def read_back(text: str) -> list[list[str]]:
    return [row.texts for row in rows(read_text_blocks(text, "grid.txt"))]


def filled_rows(grid: Grid) -> bool:
    """Rows with two filled cells: a row of one cell reads as a heading in most layouts."""
    return all(sum(1 for value in row if value) >= 2 for row in grid)


@relaxed
@given(grids())
def test_pipe_rows_with_bars_around(grid: Grid) -> None:
    assume(filled_rows(grid))
    text = "\n".join("| " + " | ".join(row) + " |" for row in grid)
    assert read_back(text) == grid


@relaxed
@given(grids())
def test_packed_pipe_rows_keep_cells_in_order_and_the_width(grid: Grid) -> None:
    assume(filled_rows(grid))
    lines = []
    for row in grid:
        kept = [value for value in row if value]
        lines.append(" ".join(f"{value} |" for value in kept) + " " + "|" * (len(row) - len(kept)))
    read = rows(read_text_blocks("\n".join(lines), "grid.txt"))
    assert [[c.text for c in row.cells if c.text] for row in read] == [
        [value for value in row if value] for row in grid
    ]
    assert [len(row.cells) for row in read] == [len(row) for row in grid]
    assert all(row.packed for row in read)


def with_a_gap(grid: Grid) -> Grid:
    """Every row with a filled cell and an empty one (drawn, not filtered: filtering
    rejected too many examples for hypothesis's health check)."""
    shaped = []
    for row in grid:
        row = list(row)
        if all(row):
            row[len(row[0]) % len(row)] = ""
        if not any(row):
            row[0] = "产出指标"
        shaped.append(row)
    return shaped


@relaxed
@given(grids().map(with_a_gap))
def test_cell_per_line_with_a_row_marker(grid: Grid) -> None:
    # Empty cells are written as the renderer writes them: padding after the last cell.
    lines = []
    for row in grid:
        kept = [value for value in row if value]
        lines.append("|")
        lines.extend(f"{value} |" for value in kept[:-1])
        padding = len(row) - len(kept)
        lines.append(f"{kept[-1]} |" + (" " + "|" * padding if padding else ""))
    # A full row has no padding, and then a bare "|" after it may be a row marker or an
    # empty cell: every row here has an empty cell, so the padding tells the width.
    read = rows(read_text_blocks("\n".join(lines), "grid.txt"))
    assert [[c.text for c in row.cells if c.text] for row in read] == [
        [value for value in row if value] for row in grid
    ]


@relaxed
@given(grids(empty=False))
def test_bar_on_its_own_line(grid: Grid) -> None:
    lines = []
    for row in grid:
        lines.append("|")
        for value in row:
            lines.extend([value, "|"])
    assert read_back("\n".join(lines)) == grid


@relaxed
@given(grids(min_rows=3))
def test_cell_stream_between_blank_lines(grid: Grid) -> None:
    flat = [value for row in grid for value in row]
    assume(sum(1 for value in flat if value.isdigit()) >= 2)
    text = "\n\n".join(value or "\u00a0" for value in flat)
    read = rows(read_text_blocks(text, "grid.txt"))
    assert all(row.stream and len(row.cells) == 1 for row in read)
    assert [row.cells[0].text for row in read] == flat


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@relaxed
@given(grids(min_rows=3, min_cols=3))
def test_monospaced_space_rows_keep_columns(grid: Grid) -> None:
    assume(all(row[0] for row in grid))
    assume(sum(1 for value in grid[0] if value) >= 2)  # a single cell on top is the title
    assume(all(any(row[c] for row in grid) for c in range(len(grid[0]))))
    assume(sum(1 for row in grid if sum(1 for v in row if v) >= 3) >= 2)
    # A column is seen by its cells lining up across rows: one filled in a single row only
    # cannot be told from a packed row's gap (the reader then keeps the cells' order).
    assume(all(sum(1 for row in grid if row[c]) >= 2 for c in range(1, len(grid[0]))))
    widths = [max(_width(row[c]) for row in grid) + 2 for c in range(len(grid[0]))]
    text = "\n".join(
        "".join(value + " " * (widths[c] - _width(value)) for c, value in enumerate(row)).rstrip()
        for row in grid
    )
    read = rows(read_text_blocks(text, "grid.txt"))
    assert [[(c.col, c.text) for c in row.cells] for row in read] == [
        [(c, value) for c, value in enumerate(row) if value] for row in grid
    ]


@relaxed
@given(grids())
def test_tab_rows(grid: Grid) -> None:
    assume(all(row[0] for row in grid))
    assert read_back("\n".join("\t".join(row) for row in grid)) == grid


# -- merged cells: HTML and Excel ---------------------------------------------------------

Merge = tuple[int, int, int, int]  # top, left, rowspan, colspan


@st.composite
def merged_grids(draw: st.DrawFn) -> tuple[Grid, list[Merge]]:
    grid = draw(grids(min_rows=2, min_cols=2, empty=False))
    height, width = len(grid), len(grid[0])
    taken: set[tuple[int, int]] = set()
    merges: list[Merge] = []
    for _ in range(draw(st.integers(0, 3))):
        top, left = draw(st.integers(0, height - 1)), draw(st.integers(0, width - 1))
        rowspan = draw(st.integers(1, height - top))
        colspan = draw(st.integers(1, width - left))
        area = {(r, c) for r in range(top, top + rowspan) for c in range(left, left + colspan)}
        if (rowspan, colspan) != (1, 1) and not area & taken:
            taken |= area
            merges.append((top, left, rowspan, colspan))
    return grid, merges


def hidden_cells(merges: list[Merge]) -> set[tuple[int, int]]:
    return {
        (r, c)
        for t, left, rs, cs in merges
        for r in range(t, t + rs)
        for c in range(left, left + cs)
        if (r, c) != (t, left)
    }


def visible_per_row(grid: Grid, merges: list[Merge]) -> list[int]:
    hidden = hidden_cells(merges)
    return [sum(1 for c in range(len(row)) if (r, c) not in hidden) for r, row in enumerate(grid)]


def expected_cells(grid: Grid, merges: list[Merge]) -> list[list[tuple[int, int, int, bool, str]]]:
    """(col, span, rowspan, covered, text) per row, as the grid contract lays them out."""
    anchors = {(t, left): (rs, cs) for t, left, rs, cs in merges}
    traces = {(r, left): cs for t, left, rs, cs in merges for r in range(t + 1, t + rs)}
    hidden = hidden_cells(merges)
    result = []
    for r, row in enumerate(grid):
        cells = []
        for c, value in enumerate(row):
            if (r, c) in traces:
                cells.append((c, traces[(r, c)], 1, True, ""))
            elif (r, c) not in hidden:
                rowspan, span = anchors.get((r, c), (1, 1))
                cells.append((c, span, rowspan, False, value))
        result.append(cells)
    return result


def render_html(grid: Grid, merges: list[Merge]) -> str:
    anchors = {(t, left): (rs, cs) for t, left, rs, cs in merges}
    hidden = hidden_cells(merges)
    lines = ["<html><body><p>标题</p><table border=1>"]
    for r, row in enumerate(grid):
        cells = []
        for c, value in enumerate(row):
            if (r, c) in hidden:
                continue
            rowspan, colspan = anchors.get((r, c), (1, 1))
            cells.append(f'<td rowspan="{rowspan}" colspan="{colspan}">{html.escape(value)}</td>')
        lines.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join([*lines, "</table></body></html>"])


def grid_of(read: list[Row]) -> list[list[tuple[int, int, int, bool, str]]]:
    return [[(c.col, c.span, c.rowspan, c.covered, c.text) for c in row.cells] for row in read]


@relaxed
@given(merged_grids())
def test_html_rowspan_and_colspan_land_on_the_grid(case: tuple[Grid, list[Merge]]) -> None:
    grid, merges = case
    # A table whose rows hold one text each is a layout box (paragraphs), not data.
    assume(max(visible_per_row(grid, merges)) >= 2)
    read = rows(read_html_text(render_html(grid, merges), "grid.html"))
    assert grid_of(read) == expected_cells(grid, merges)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=merged_grids())
def test_excel_merges_read_back_as_html_does(
    tmp_path: Path, case: tuple[Grid, list[Merge]]
) -> None:
    grid, merges = case
    # A row of one filled cell reads as a paragraph in Excel: keep rows of two or more.
    assume(min(visible_per_row(grid, merges)) >= 2)
    hidden = hidden_cells(merges)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for r, row in enumerate(grid, start=1):
        for c, value in enumerate(row, start=1):
            if (r - 1, c - 1) not in hidden:
                sheet.cell(row=r, column=c, value=value)
    for top, left, rowspan, colspan in merges:
        sheet.merge_cells(
            start_row=top + 1,
            start_column=left + 1,
            end_row=top + rowspan,
            end_column=left + colspan,
        )
    path = tmp_path / "grid.xlsx"
    book.save(path)
    assert grid_of(rows(read_xlsx_blocks(path))) == expected_cells(grid, merges)


# -- no input crashes a reader -----------------------------------------------------------

layout_text = st.text(
    st.sampled_from(list("|\t \n\u00a0\u3000#-:()（）年度Sheet1项目指标≥%0123456789<>tdr/")),
    max_size=400,
)
markup = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "<table>",
                "</table>",
                "<tr>",
                "</tr>",
                "<td>",
                "</td>",
                "<th colspan=3>",
                '<td rowspan="999999">',
                '<td colspan="-2">',
                "<script>",
                "</script>",
                "<br>",
                "<p>",
                "</div>",
                "<!--",
                "-->",
                "<?xml version='1.0'?>",
                "&nbsp;",
                "&#0;",
            ]
        ),
        st.text(max_size=10),
    ),
    max_size=60,
).map("".join)


@relaxed
@given(layout_text)
def test_text_reader_never_crashes(text: str) -> None:
    for block in read_text_blocks(text, "fuzz.txt"):
        assert block.source.file == "fuzz.txt"


@relaxed
@given(markup)
def test_html_reader_never_crashes(text: str) -> None:
    for block in read_html_text(text, "fuzz.html"):
        assert block.source.file == "fuzz.html"
