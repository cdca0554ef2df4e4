"""Properties of the layouts added for other provinces' goal and disclosure tables:
indicators written as sentences, disclosure tables flattened one cell per line
with their empty cells, and packed rows that lost their empty 符号 / 单位 cells."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.prose_indicators import ProseIndicators
from jixiao.importers.mapping.stream_rows import regroup_with_empties
from jixiao.model.source import SourceRef

HERE = SourceRef(file="t.txt", line=1)
NAME = st.text(
    alphabet="路灯桥梁树苗学校车辆培训覆盖发放补助建设维修完成率", min_size=2, max_size=9
)
SIGN = st.sampled_from(["", "≥", "≤", ">=", "="])
NUMBER = st.integers(min_value=1, max_value=99999)
UNIT = st.sampled_from(["%", "人", "万元", "次", "个", "元/株", "%达标"])
LEVEL2 = st.sampled_from(["数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标"])
SEPARATOR = st.sampled_from([";", "；", "，", "。"])
PROSE_ITEM = st.tuples(NAME, SIGN, NUMBER, UNIT)
LABEL = st.text(alphabet="一般公共预算拨款收入支出事业经营其他合计", min_size=2, max_size=10)
AMOUNT = st.one_of(st.just(""), st.integers(1, 10**7).map(lambda n: f"{n / 100:,.2f}"))
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _cells(texts: list[str]) -> list[Cell]:
    return [Cell(raw=t or "\u00a0", source=HERE, col=0) for t in texts]


@SETTINGS
@given(
    st.lists(
        st.tuples(LEVEL2, st.lists(PROSE_ITEM, min_size=1, max_size=3)), min_size=1, max_size=4
    ),
    SEPARATOR,
)
def test_prose_sentences_give_back_their_indicators(
    runs: list[tuple[str, list[tuple[str, str, int, str]]]], separator: str
) -> None:
    reader = ProseIndicators()
    reader.read("一、产出指标", HERE)
    expected = []
    for label, items in runs:
        text = separator.join(f"{name}{sign}{number}{unit}" for name, sign, number, unit in items)
        reader.read(f"{label}：{text}。", HERE)
        for name, sign, number, unit in items:
            symbol = {">=": "≥"}.get(sign, sign)
            expected.append((label, name, f"{symbol}{number}{unit}"))
    got = [(i.level2, i.level3, i.value) for i in reader.indicators]
    assert got == expected


@SETTINGS
@given(st.text(max_size=200))
def test_prose_reader_never_crashes(text: str) -> None:
    reader = ProseIndicators()
    reader.read(text, HERE)
    assert all(i.level3 and i.value for i in reader.indicators)


FIGURE = st.integers(0, 10**7).map(lambda n: f"{n / 100:,.2f}")


@SETTINGS
@given(st.lists(st.tuples(LABEL, FIGURE, AMOUNT), min_size=3, max_size=15))
def test_streams_with_empty_cells_regroup_to_their_rows(
    rows: list[tuple[str, str, str]],
) -> None:
    """A 预算数 column always filled, a 决算数 column often empty (a nbsp line)."""
    cells = _cells(["项目", "预算数", "决算数"] + [t for row in rows for t in row])
    grouped = regroup_with_empties(cells)
    if all(row[2] for row in rows):
        assert grouped is None  # no empty cell: the caller regroups as before
        return
    assert grouped is not None
    header, *data = grouped
    assert data
    width = len(data[0])
    # Nothing lost, invented or reordered; rows all as wide. (A data set whose empty
    # cells recur exactly every k rows reads as k rows wide: no text tells.)
    assert width % 3 == 0
    assert [c.text for c in header] == ["项目", "预算数", "决算数"]
    assert all(len(r) == width for r in data)
    flat = [t for row in rows for t in row]
    assert [c.text for r in data for c in r] == flat[: len(data) * width]
    if width == 3:
        assert [[c.text for c in r] for r in data] == [list(row) for row in rows]


SPLIT = st.tuples(
    st.sampled_from(["产出指标"]),
    LEVEL2,
    NAME,
    st.sampled_from(["≥", "≤", ""]),
    NUMBER,
    st.sampled_from(["%", "人", ""]),
    st.integers(1, 30),
)


@SETTINGS
@given(st.lists(SPLIT, min_size=1, max_size=8))
def test_space_rows_that_lost_sign_or_unit_cells_map_back(
    rows: list[tuple[str, str, str, str, int, str, int]],
) -> None:
    lines = ["绩效目标表", "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重(%)"]
    for level1, level2, name, sign, number, unit, weight in rows:
        lines.append(
            " ".join(t for t in (level1, level2, name, sign, str(number), unit, str(weight)) if t)
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grid.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        plan = import_file(path)
    got = [(i.level3, i.value, i.weight) for p in plan.projects for i in p.indicators]
    assert got == [
        (name, f"{sign}{number}{unit}", weight) for _, _, name, sign, number, unit, weight in rows
    ]


COLUMN = st.text(alphabet="办公会议培训差旅维修印刷邮电物业", min_size=3, max_size=8).map(
    lambda t: t + "费"
)


@SETTINGS
@given(
    st.lists(COLUMN, min_size=2, max_size=4, unique=True),
    st.integers(0, 3),
    st.lists(st.integers(0, 99999), min_size=8, max_size=8),
)
def test_one_row_horizontal_tables_turn_into_rows(
    tops: list[str], parent_at: int, figures: list[int]
) -> None:
    """'合计 | A | 公务用车购置及运行费(小计 | 购置费 | 运行费) | B' over one line of amounts,
    each label on its own line: one row per column, the 小计 named after its parent."""
    parent = "公务用车购置及运行费"
    top = ["“三公”经费合计", *tops]
    top.insert(min(parent_at, len(top)) or 1, parent)
    sub = ["小计", "公务用车购置费", "公务用车运行费"]
    names = []
    for label in top:
        names += [parent, *sub[1:]] if label == parent else [label]
    amounts = [str(n) for n in figures[: len(names)]]
    lines = ["2024年一般公共预算“三公”经费支出预算表", "单位:万元", *top, *sub, *amounts]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sangong.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        plan = import_file(path)
    assert plan.disclosure is not None
    rows = [(r.name, r.cells) for t in plan.disclosure.tables for r in t.rows]
    assert rows == [(name, [amount]) for name, amount in zip(names, amounts, strict=True)]


ROW_LABEL = st.text(alphabet="一二三公务接待用车运行维护费出国境合计其中", min_size=3, max_size=12)


@SETTINGS
@given(
    st.lists(
        st.tuples(ROW_LABEL, st.one_of(st.just(""), st.integers(0, 10**6).map(str))),
        min_size=4,
        max_size=12,
    ).filter(lambda rows: sum(1 for _, amount in rows if amount) >= 3)
)
def test_label_amount_lines_read_as_rows(rows: list[tuple[str, str]]) -> None:
    """'一、支出合计   250000' line after line, a row without amount ending in spaces."""
    lines = ["2017年度部门“三公”经费预算情况表", *(f"{label}   {amount}" for label, amount in rows)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sangong.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        plan = import_file(path)
    assert plan.disclosure is not None
    got = [(r.name, r.cells) for t in plan.disclosure.tables for r in t.rows]
    first = next(i for i, (_, amount) in enumerate(rows) if amount)  # rows above: header
    assert got == [(label, [amount] if amount else []) for label, amount in rows[first:]]


GLUED_ROW = st.tuples(
    st.sampled_from(
        [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标")]
    ),
    NAME,
    st.tuples(st.sampled_from(["", "≥", "="]), NUMBER, st.sampled_from(["天", "%", "人次"])),
)


@SETTINGS
@given(st.lists(GLUED_ROW, min_size=1, max_size=8))
def test_a_table_glued_into_one_paragraph_gives_its_rows(
    rows: list[tuple[tuple[str, str], str, tuple[str, int, str]]],
) -> None:
    """'一级指标二级指标三级指标指标目标值产出指标数量指标免费开放天数=300天质量指标…'."""
    text = "年度绩效目标一级指标二级指标三级指标指标目标值" + "".join(
        f"{l1}{l2}{name}{sign}{number}{unit}" for (l1, l2), name, (sign, number, unit) in rows
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "glued.txt"
        path.write_text("项目支出绩效目标表(2023年度)\n" + text + "\n", encoding="utf-8")
        plan = import_file(path)
    got = [(i.level3, i.value) for p in plan.projects for i in p.indicators]
    assert got == [(name, f"{s}{n}{u}") for _, name, (s, n, u) in rows]
