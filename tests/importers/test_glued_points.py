"""A 目标 grid glued line by line with its 分值 after its 目标值 (mapping/glued_points.py):
read only when every row cuts one way and the 分值 add up to 100 — never a guess."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.glued_points import PointsGrid, header_roles
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
HEADER = "评价指标评价内容指标名称指标说明目标值分值备注"
WHERE = SourceRef(file="t.txt", line=1)


def _read(lines: list[str]) -> list[list[str]] | None:
    grid = PointsGrid.start(lines[0], WHERE)
    if grid is None:
        return None
    for number, line in enumerate(lines[1:], start=2):
        if not grid.take(line, SourceRef(file="t.txt", line=number)):
            break
    return [texts for texts, _ in grid.cells()]


def test_ningjin_compound_labels_notes_and_glued_points() -> None:
    """宁晋's 高中助学金 评价指标表: '产出数量指标' (产出 + 数量指标) in one cell, a 指标说明
    between name and 目标值, '210010' = 2100 | 10; the 制度 row has a 分值 and no 目标值."""
    path = CORPUS / "plan" / "hebei_ningjin-jiaoyuju-gaozhong-zhuxuejin_2019.txt"
    rows = [
        (i.level2, i.level3, i.description, i.value, i.weight)
        for p in import_file(path).projects
        for i in p.indicators
    ]
    assert rows == [
        ("产出数量指标", "享受资助人数", "达到预计值", "2100", Decimal(10)),
        ("产出数量指标", "资金支出率", "达到目标值", "95%", Decimal(10)),
        ("质量指标", "建档立卡学生全面覆盖", "", "100%", Decimal(10)),
        ("质量指标", "资助对象满意度", "达到目标值", "95%以上", Decimal(10)),
        ("时效指标", "及时发放率", "达到目标值", "100%", Decimal(20)),
        ("成本指标", "资助标准达标率", "", "100%", Decimal(20)),
    ]


def test_headers_of_other_grids_are_left_alone() -> None:
    """Counter-examples: a 一级指标 header is :mod:`glued`'s, a 自评 header (实际值, 得分)
    has more number columns than 目标值 | 分值, and a sentence is no header."""
    assert header_roles(HEADER) is not None
    assert header_roles("一级指标二级指标三级指标指标值分值") is None
    assert header_roles("指标名称目标值实际值分值得分") is None
    assert header_roles("评价指标评价内容指标名称目标值") is None  # no 分值
    assert header_roles("项目名称高中助学金目标值分值") is None


def test_points_that_do_not_add_up_or_cut_two_ways_are_not_read() -> None:
    rows = ["数量指标受助人数210010", "质量指标覆盖率95%10", "时效指标及时率100%80"]
    assert _read([HEADER, *rows]) == [
        ["", "数量指标", "受助人数", "", "2100", "10"],
        ["", "质量指标", "覆盖率", "", "95%", "10"],
        ["", "时效指标", "及时率", "", "100%", "80"],
    ]
    assert _read([HEADER, *rows[:2], "时效指标及时率100%70"]) == []  # 90, not 100
    assert _read([HEADER, "数量指标受助人数55", *rows[1:]]) == []  # 5 | 5 or 55 alone
    # a 总分 line ends the grid (its 100 is no row's 分值)
    assert _read([HEADER, *rows, "总分100"]) == _read([HEADER, *rows]) != []


def test_rows_not_right_after_the_last_end_the_grid() -> None:
    """Counter-example: lines far from the header (other blocks between) are no rows."""
    grid = PointsGrid.start(HEADER, SourceRef(file="t.txt", line=1))
    assert grid is not None
    assert grid.take("数量指标受助人数210010", SourceRef(file="t.txt", line=2))
    assert not grid.take("质量指标覆盖率95%10", SourceRef(file="t.txt", line=9))


NAME = st.text(alphabet="资助学生发放人户覆盖率补贴金额村", min_size=2, max_size=8)
LABELS = ("数量指标", "质量指标", "时效指标", "成本指标", "产出数量指标")


@st.composite
def grids(draw: st.DrawFn) -> list[tuple[str, str, str, int]]:
    """Rows (label or '' to carry, name, 目标值, 分值) whose 分值 add up to 100."""
    count = draw(st.integers(min_value=3, max_value=7))
    cuts = sorted(draw(st.sets(st.integers(1, 99), min_size=count - 1, max_size=count - 1)))
    points = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    rows = []
    for index, share in enumerate(points):
        label = draw(st.sampled_from(LABELS if index == 0 else ("", *LABELS)))
        number = draw(st.integers(min_value=1, max_value=5000))
        value = draw(st.sampled_from((str(number), f"{number % 101}%")))
        rows.append((label, draw(NAME), value, share))
    return rows


@given(grids())
def test_a_grid_is_read_exactly_or_not_at_all(rows: list[tuple[str, str, str, int]]) -> None:
    """Whatever the digits, the rows read are the rows written, or none are read; with
    every 目标值 closed by '%' (nothing to cut) all are read."""
    lines = [f"{label}{name}{value}{points}" for label, name, value, points in rows]
    read = _read([HEADER, *lines])
    written = [[name, value, str(points)] for _, name, value, points in rows]
    assert read is not None
    assert [[r[2], r[4], r[5]] for r in read] in (written, [])
    if all(value.endswith("%") for _, _, value, _ in rows):
        assert len(read) == len(rows)
