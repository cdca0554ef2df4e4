"""Properties: a self-evaluation grid (target, actual, 分值, 得分) maps back from every
flattened layout the importer recognises by the text's own structure — one spaced
line with its header, one spaced line with the header scrambled, one glued line, and
pipe rows under a two-row header — and rows read by shape are never invented."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.shaped_rows import glued_rows, spaced_rows
from jixiao.model.plan import DepartmentPlan

LEVELS = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标")]
# Name characters that can never spell a label, a header word, a sign or a number.
NAME = st.text(alphabet="路灯桥梁树苗学校车辆培训覆盖发放补助建设维修", min_size=2, max_size=12)
UNIT = st.sampled_from(["%", "人", "万元", "次", "个"])
SIGNED = st.builds(
    lambda sign, number, unit: f"{sign}{number}{unit}",
    st.sampled_from(["≥", "≤"]),
    st.integers(min_value=1, max_value=9999),
    UNIT,
)
PLAIN = st.builds(lambda number, unit: f"{number}{unit}", st.integers(0, 9999), UNIT)
POINTS = st.integers(min_value=1, max_value=30).flatmap(
    lambda weight: st.tuples(st.just(weight), st.integers(min_value=0, max_value=weight))
)
Row = tuple[tuple[str, str], str, str, str, tuple[int, int]]
ROW = st.tuples(st.sampled_from(LEVELS), NAME, SIGNED, PLAIN, POINTS)
ROWS = st.lists(ROW, min_size=2, max_size=10, unique_by=lambda r: r[1]).map(
    lambda rows: sorted(rows, key=lambda r: LEVELS.index(r[0]))
)
SETTINGS = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _import(text: str) -> DepartmentPlan:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "selfeval.txt"
        path.write_text(text, encoding="utf-8")
        return import_file(path)


def _got(plan: DepartmentPlan) -> list[tuple[str, str, str, str, str, int | None, int | None]]:
    return [
        (
            i.level1,
            i.level2,
            i.level3,
            i.value,
            i.actual or "",
            None if i.weight is None else int(i.weight),
            None if i.score is None else int(i.score),
        )
        for p in plan.projects
        for i in p.indicators
    ]


def _want(rows: list[Row]) -> list[tuple[str, str, str, str, str, int | None, int | None]]:
    return [(l1, l2, name, v, a, w, s) for (l1, l2), name, v, a, (w, s) in rows]


def _labelled(rows: list[Row], cells: list[list[str]]) -> list[str]:
    """Rows' cells in order, each 一级 / 二级 label printed once (merged cells)."""
    out: list[str] = []
    last = ("", "")
    for ((level1, level2), *_), row in zip(rows, cells, strict=True):
        if level1 != last[0]:
            out.append(level1)
        if (level1, level2) != last:
            out.append(level2)
        out.extend(row)
        last = (level1, level2)
    return out


HEAD = "项目支出绩效自评表 (2022年度) 项目名称 测试工程 主管部门 测试局"


def _spaced_line(rows: list[Row], header: str) -> DepartmentPlan:
    cells = [[name, v, a, str(w), str(s)] for _, name, v, a, (w, s) in rows]
    return _import(f"{HEAD} {header} {' '.join(_labelled(rows, cells))}\n")


@SETTINGS
@given(ROWS)
def test_one_spaced_line_with_its_header(rows: list[Row]) -> None:
    header = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"
    plan = _spaced_line(rows, header)
    assert _got(plan) == _want(rows)
    assert plan.kind == "self_evaluation"


@SETTINGS
@given(ROWS)
def test_one_spaced_line_with_a_scrambled_header(rows: list[Row]) -> None:
    # header cells that wrapped, read line by line: '年度 实际 指标值 完成值'
    header = "一级 指标 年度 实际 指标值 完成值 二级指标 三级指标 分值 得分"
    assert _got(_spaced_line(rows, header)) == _want(rows)


@SETTINGS
@given(ROWS)
def test_one_glued_line(rows: list[Row]) -> None:
    cells = [[name, str(w), v, a, str(s)] for _, name, v, a, (w, s) in rows]
    header = "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
    glued = "".join(_labelled(rows, cells))
    head = "绩效目标自评表(2022年度)项目名称测试工程主管部门测试局"
    plan = _import(f"{head}{header}{glued}总分100\n")
    assert _got(plan) == _want(rows)


@SETTINGS
@given(ROWS)
def test_pipe_rows_under_a_two_row_header(rows: list[Row]) -> None:
    lines = [
        "| 2022年度项目支出绩效自评表 |",
        "| 项目名称 | 测试项目 | 主管部门 | 测试局 |",
        "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        "| 一级指标 |",
        "| 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |",
    ]
    last = ("", "")
    for (level1, level2), name, value, actual, (weight, score) in rows:
        number = value[1:].rstrip("%人万元次个")
        sign, unit = value[0], value[1:].removeprefix(number)
        cells = [name, sign, number, unit, actual, str(weight), str(score)]
        if (level1, level2) != last:
            cells.insert(0, level2)
        if level1 != last[0]:
            cells.insert(0, level1)
        lines.append("| " + " | ".join(cells) + " |")
        last = (level1, level2)
    assert _got(_import("\n".join(lines) + "\n")) == _want(rows)


WORDS = ["数量指标", "完成", "≥90%", "12人", "3", "5", "名称", "好"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_rows_read_by_shape_are_never_invented(words: list[str]) -> None:
    order = ["value", "actual", "weight", "score"]
    for start, row in spaced_rows(words, order):
        # a name wrapped over two cells is rejoined: its pieces are the words from start on
        assert "".join(words[start:]).startswith(row[0])
        assert all(cell in words for cell in row[1:])
        if len(row) > 1:
            assert float(row[4]) <= float(row[3])
    text = "".join(words)
    for row in glued_rows(text, ["weight", "value", "actual", "score"]):
        assert all(cell in text for cell in row)
