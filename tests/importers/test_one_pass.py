"""The text import's one-pass paths read exactly what the general paths they stand in for do.

A text line's row keeps its strings (:meth:`Row.of_line`) and the goal table reads its
indicators, goals and units from them in one pass; the same rows with their cells made
take the general path (cell by cell, each cell's own source). Both must give the same
project, field for field and source for source, and the quick checks in front of the
label scans must decide as the scans do.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers import labels
from jixiao.importers.assemble import assemble
from jixiao.importers.blocks import Block, Paragraph, Row
from jixiao.importers.disclosure_tables import money_unit_in
from jixiao.importers.goal_table import ProjectBuilder
from jixiao.importers.text_reader import _is_cell_per_line, _two_filled
from jixiao.model.source import SourceRef
from jixiao.model.source_map import SourceMap

_HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", ""]
# the words of grid rows: level names (one a level-2 name where a level-1 belongs, to
# shift a row), texts, values, markup and spaces cleaning changes, and empty cells
_CELL = st.sampled_from(
    ["", "", "", "产出指标", "成本指标", "数量指标", "满意度指标", "服务对象满意度指标", "完成率",
     "完成率 ", "≥９０％", "<b>是</b>", "100%", "依据", "一级指标", "二级指标", "三级指标"]
)  # fmt: skip
_ROW = st.lists(_CELL, min_size=1, max_size=8)


def _lines(rows: list[list[str]]) -> list[Block]:
    blocks: list[Block] = []
    for number, texts in enumerate(rows, start=1):
        place = SourceRef("g.txt", None, number)
        if len(texts) == 1 and texts[0]:
            blocks.append(Paragraph(raw=texts[0], source=place))
        else:
            blocks.append(Row.of_line(list(texts), place))
    return blocks


def _read(rows: list[list[str]], *, cells: bool) -> dict[str, object]:
    builder = ProjectBuilder("项目", SourceRef("g.txt", None, 0), lambda *_: None)
    warned: list[tuple[str, str]] = []
    builder._warn = lambda code, message, source: warned.append((code, repr(source)))
    for block in _lines(rows):
        if isinstance(block, Paragraph):
            builder.continue_last_cell(block.text, block.source)
            continue
        if cells:
            _ = block.cells  # made: the general path, cell by cell
        if any(block.texts):
            builder.add_row(block, block.texts)
    project = builder.finish()
    return {"project": project.model_dump(), "warned": warned}


@settings(max_examples=1500, deadline=None)
@given(st.lists(_ROW, max_size=10), st.booleans())
def test_grid_lines_read_in_one_pass_as_cell_by_cell(rows: list[list[str]], repeat: bool) -> None:
    """Indicator rows after the grid header (repeated at a page top when ``repeat``, which
    makes the next row a continuation candidate): the same indicators, texts and sources."""
    table = [_HEADER, *rows]
    if repeat and rows:
        table.insert(1 + len(rows) // 2, _HEADER)
    assert _read(table, cells=False) == _read(table, cells=True)


_GOALS = st.lists(
    st.sampled_from(["", "1.甲 ", "2.乙", "２、丙", "<p>丁</p>", "**戊**", "3.5万元", " "]),
    max_size=4,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_GOALS, min_size=1, max_size=5), st.lists(_GOALS, max_size=2))
def test_goals_read_from_the_line_as_from_cells(cells: list[str], after: list[str]) -> None:
    """The goals row read by its raw strings gives the goals and the source its cells give,
    and a paragraph continuing its last cell (its cells then made) as well."""
    table = [["绩效目标", *cells], *[[text] for text in after]]
    assert _read(table, cells=False) == _read(table, cells=True)


_UNIT_PIECES = st.sampled_from([*"单位：:万元千亿 填报预算名称430001本级", "单位：", "单位"])


@settings(max_examples=2000)
@given(st.lists(st.lists(_UNIT_PIECES, max_size=8).map("".join), max_size=3))
def test_unit_word_precheck_as_the_full_tests(texts: list[str]) -> None:
    """Both tests of a unit line need the word 单位: searching for it alone first (in a
    paragraph, or in a row's texts joined) decides as running them."""
    full = [bool(money_unit_in(text) or text.startswith("单位：")) for text in texts]
    assert [("单位" in text and value) for text, value in zip(texts, full, strict=True)] == full
    if "单位" not in "\t".join(texts):
        assert not any(full)


@given(st.sampled_from([name for names in labels.GRID_COLUMNS.values() for name in names])
       | st.text(max_size=6))  # fmt: skip
def test_grid_column_by_one_lookup_as_by_the_loop(text: str) -> None:
    looped = next((f for f, names in labels.GRID_COLUMNS.items() if text in names), None)
    assert labels.grid_column(text) == looped


def test_seed_layout_read_whole() -> None:
    """A whole table through the assembler: the one-pass rows give the project the rows
    with their cells made give (unit line, amounts, goals, spending plan, grid)."""
    table = [
        ["1.项目绩效目标表"],
        ["430001 某某局(本级)"],
        ["单位：万元"],
        ["项目编码", "13030421PK", "", "项目名称", "项目", "", ""],
        ["预算规模及资金用途", "预算数", "28.80", "其中：财政资金", "28.80", "其他资金", "0"],
        ["", "用于职工食堂的运行保障。", "", "", "", "", ""],
        ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底", "", ""],
        ["", "20.00%", "50.00%", "75.00%", "100.00%", "", ""],
        ["绩效目标", "1.资金到位及时 2.保障食品安全", "", "", "", "", ""],
        _HEADER,
        ["产出指标", "数量指标", "保障食堂数量", "保障食堂数量", "1个", "", ""],
        ["", "质量指标", "完成率", "完成率", "≥90%", "", ""],
        ["效益指标", "社会效益指标", "运转", "", "是/否", "", ""],
    ]

    def read(cells: bool) -> dict[str, object]:
        blocks = _lines(table)
        if cells:
            for block in blocks:
                if isinstance(block, Row):
                    _ = block.cells
        return assemble(blocks, "g.txt").model_dump()

    lazy = read(False)
    assert len(lazy["projects"][0]["indicators"]) == 3  # type: ignore[index]
    assert lazy == read(True)


_TAB_LINES = st.lists(
    st.lists(st.sampled_from(["\t", "\t", "甲", " ", "\u3000", "1"]), min_size=1, max_size=5)
    .map("".join)
    .filter(lambda line: "\t" in line),
    max_size=12,
)


@settings(max_examples=2000)
@given(_TAB_LINES)
def test_layout_decided_as_by_the_full_counts(tab_lines: list[str]) -> None:
    """The cell-per-line test decided by the lines starting with a tab first, and the
    two-filled-lines test stopping at the second: as counting every line."""
    single = sum(1 for line in tab_lines if line.startswith("\t") and line.count("\t") == 1)
    assert _is_cell_per_line(tab_lines) == (bool(tab_lines) and single >= 0.8 * len(tab_lines))
    assert _two_filled(tab_lines) == (sum(1 for line in tab_lines if not line.isspace()) >= 2)


@given(st.text(alphabet="部门预算信息公开表 ", max_size=12))
def test_disclosure_words_behind_one_search(text: str) -> None:
    full = "部门预算公开" in text or "部门预算信息公开" in text
    assert ("公开" in text and full) == full


_FIELDS = st.sampled_from(["level1", "level2", "value", "basis"])


@given(
    st.dictionaries(_FIELDS, st.integers(0, 2), max_size=4),
    st.dictionaries(_FIELDS, st.integers(1, 9), max_size=3),
    st.lists(_FIELDS, max_size=4),
)
def test_line_map_with_later_fields_as_set_one_by_one(
    indices: dict[str, int], later: dict[str, int], reads: list[str]
) -> None:
    """A map made with the line and later fields at once (of_line) is the map the line then
    each field set gives: same entries in the same order, whatever is read first."""
    place = SourceRef("s.txt", None, 3)
    held, texts = "甲 \t乙\t<b>丙</b>", ["甲", "乙", "丙"]
    refs = {key: SourceRef("s.txt", None, line) for key, line in later.items()}
    at_once = SourceMap.of_line(place, held, texts, indices, dict(refs))
    by_one = SourceMap()
    by_one.set_line(place, held, texts, indices)
    for key, ref in refs.items():
        by_one[key] = ref
    assert [at_once.get(key) for key in reads] == [by_one.get(key) for key in reads]
    assert list(at_once.items()) == list(by_one.items())
