"""The older framework's 绩效目标完成情况表 (目标名称 | 目标值 | 评价指标 | 标准值 | 目标完成值 |
评价指标值 | 权重分值 | 评分规则 | 得分), each cell closed by a ``|`` line of its own and
every empty cell kept: the bars are read as cells (:func:`empty_cell_bars`), the rows cut
at the header's width where its section rows prove it (:mod:`sectioned_rows`), and the
pack's ``standard_family`` decides the columns: the 评价指标 names the row, the 标准值 is
its target and the 评价指标值 its actual, as the family's 目标表 is read."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.sectioned_rows import rows_by_sections
from jixiao.importers.mapping.standard_values import standard_roles
from jixiao.importers.mapping.vocabulary import vocabulary
from jixiao.importers.text_pipe_shapes import empty_cell_bars
from jixiao.model.source import SourceRef
from tests.importers.corpus_metrics import measure_stem

HEADER = ["目标名称", "目标值", "评价指标", "标准值", "目标完成值", "评价指标值", "权重分值"]
HEADER += ["评分规则", "得分"]
SECTIONS = [
    ("一、投入目标", "投入目标"),
    ("二、管理目标", "管理目标"),
    ("三、产出目标", "产出目标"),
]
METRIC = st.text(alphabet="预算完成到位支出规范合规管理", min_size=2, max_size=6).map(
    lambda s: s + "率"
)
STANDARD = st.sampled_from(["100%", "≥95%", "≥75%", "规范", "有"])
DONE = st.sampled_from(["100%", "81.74%", "有", "符合规定", "1024410"])
GOAL = st.sampled_from(["6475", "专账核算", "941250份", "支出符合财务管理制度规定"])
ROW = st.tuples(METRIC, STANDARD, DONE, GOAL, st.integers(1, 5))


def test_real_table_reads_every_row() -> None:
    """宜兴 基本公共卫生服务 (held-out round 8): was read as a plan with no row (0/9); now
    9 of 9 rows with their 评价指标值, as a self-evaluation, the cut row left out."""
    result = measure_stem("jiangsu_ru8-yixing-jiben-gongwei-laokuangjia-cellperline-cut_nd")
    assert (result.found, result.expected) == (9, 9)
    assert (result.actual_found, result.actual_expected) == (9, 9)
    assert result.kind_ok and not result.invented


def _table(sections: list[list[tuple[str, str, str, str, int]]]) -> str:
    cells = ["绩效目标完成情况", *HEADER]
    for (section, _), rows in zip(SECTIONS, sections, strict=False):
        cells += [section, *[""] * (len(HEADER) - 1)]
        for number, (metric, standard, done, goal, points) in enumerate(rows, start=1):
            cells += [f"{number}.目标{number}", goal, metric, standard, goal, done, str(points)]
            cells += ["查阅资料", str(points)]
    lines = ["绩效目标设置情况"]
    for cell in cells:
        lines += [cell, "|"] if cell else ["|"]
    return "\n".join(lines) + "\n"


@settings(max_examples=25, deadline=None)
@given(sections=st.lists(st.lists(ROW, min_size=1, max_size=4), min_size=1, max_size=3))
def test_completion_rows_come_back(
    tmp_path_factory: object, sections: list[list[tuple[str, str, str, str, int]]]
) -> None:
    """Every row comes back under its section: 评价指标, 标准值, 评价指标值, points, the
    goal's own columns in no role; figures and words mixed in every column."""
    assume(sum(len(rows) for rows in sections) >= 2)
    path = Path(tmp_path_factory.mktemp("done")) / "table.txt"  # type: ignore[attr-defined]
    path.write_text(_table(sections), encoding="utf-8")
    plan = import_file(path)
    got = [
        (i.level1, i.level3, i.value, i.actual, i.weight, i.score)
        for p in plan.projects
        for i in p.indicators
    ]
    words = vocabulary()
    want = [
        (words.level(label, words.level1) or label, metric, standard, done, points, points)
        for (_, label), rows in zip(SECTIONS, sections, strict=False)
        for metric, standard, done, _, points in rows
    ]
    assert plan.kind == "self_evaluation"
    assert got == want


def test_counter_examples_keep_their_reading() -> None:
    # the family's 目标表 keeps its columns: the goal's 目标值 and 说明 play no role
    texts = ["绩效目标名称", "目标值", "评价指标", "标准值", "目标值制订说明"]
    roles = [vocabulary().role_of(t) for t in texts]
    assert standard_roles(texts, roles) == [None, None, "level3", "value", None]
    # a table with bars on lines of their own, one bare bar opening each row: markers
    rows = ["名称", "|", "|", "指标值", "|", "|", "分值", "|"] * 3
    assert not empty_cell_bars(list(enumerate(rows)))
    # one empty row the other way (three bars once) is no evidence either; four are
    assert not empty_cell_bars(list(enumerate(["名称", "|", "|", "|", "分值", "|"])))
    assert empty_cell_bars(list(enumerate(["名称", "|", "|", "|", "|", "分值", "|"])))
    # a stream with no section row proves no width; nor does one whose first cell is empty
    here = SourceRef(file="t", line=1)
    stream = [Cell(raw=t, source=here, col=i) for i, t in enumerate(["a", "1", "b"] * 3)]
    assert rows_by_sections(stream, 3) is None
    sectioned = ["一、投入目标", "", "", "资金到位率", "100%", "1", "实际支出率", "100%", "1"]
    cells = [Cell(raw=t, source=here, col=i) for i, t in enumerate(sectioned)]
    found = rows_by_sections(cells, 3)
    assert found is not None and found[1] == 9
    assert rows_by_sections(cells[1:], 3) is None
