"""Where a one-cell-per-line stream's grid header ends (``stream_rows.header_run``)."""

from __future__ import annotations

from jixiao.importers.blocks import Cell, Row
from jixiao.importers.mapping.header import parse_header
from jixiao.importers.mapping.stacked import split_stacked
from jixiao.importers.mapping.stream_rows import header_run, renumbered
from jixiao.model.source import SourceRef

SOURCE = SourceRef(file="stream.txt", line=1)


def _cells(texts: list[str]) -> list[Cell]:
    cells = []
    for text in texts:
        cell = Cell(raw=text, source=SOURCE, col=0)
        cell.text = text
        cells.append(cell)
    return renumbered(cells)


def _run(texts: list[str]) -> list[str]:
    found = header_run(_cells(texts))
    assert found is not None
    return [cell.text for cell in found[0]]


EVALUATION = ["一级指标", "二级指标", "三级指标", "半年(程) 指标值", "全年(程) 指标值"]


def test_a_side_label_repeating_the_value_role_is_the_first_rows_label() -> None:
    """'绩效目标' names the older table's target column; right under a header holding a
    指标值 it is the 评价 framework's first 一级 label, not a sixth column."""
    texts = [*EVALUATION, "绩效目标", "项目立项", "立项依据充分性", "充分", "充分"]
    assert _run(texts) == EVALUATION


def test_a_side_label_before_the_levels_stays_in_the_run() -> None:
    """'绩效指标 | 一级指标 | …' (安徽六安): the vertical title opens the header."""
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
    assert _run([*header, "产出指标", "数量指标", "培训人数", "100人"]) == header


def test_a_stacked_header_keeps_its_repeated_value_column() -> None:
    """云南永德's self-evaluation header: the top row's 年度指标值 over the bottom row's
    指标值; the run keeps both rows and split_stacked lays one over the other."""
    top = ["绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    bottom = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
    run = _run([*top, *bottom, "产出指标", "数量指标", "学生受资助人数", "≥", "500", "人"])
    assert run == [*top, *bottom]
    merged = split_stacked(_cells(run), Row(cells=_cells(run), source=SOURCE))
    assert merged is not None
    assert merged.roles == [
        "level1", "level2", "level3", "sign", "value", "unit", "actual", "weight", "score",
        "deviation",
    ]  # fmt: skip


def test_a_midterm_and_annual_header_keeps_its_second_group() -> None:
    """广东东莞: 二级 | 三级 | 指标值 printed twice, for the 中期 and the 年度 targets."""
    header = [
        "绩效指标", "一级指标", "二级指标", "三级指标", "指标值(或计划水平)",
        "二级指标", "三级指标", "计划指标值(或计划水平)",
    ]  # fmt: skip
    assert _run([*header, "产出指标", "数量指标", "联网路里程"]) == header


def test_a_name_column_left_of_the_levels_reads_as_no_header() -> None:
    """'绩效指标 | 一级指标 | 指标值' (a top row split_stacked tries) names no row column:
    no header, where it raised ValueError ('level2' is not in list)."""
    texts = ["绩效指标", "一级指标", "指标值"]
    assert parse_header(Row(cells=_cells(texts), source=SOURCE)) is None
