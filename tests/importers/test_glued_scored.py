"""A glued 自评 grid whose 分值 | 年度指标值 | 全年实际值 run together before the 得分计算方法
text and the 得分 (海淀区学院路街道, a doc-sharing mirror served in numbered chunks)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.vocabulary import vocabulary

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
HAIDIAN = CORPUS / "beijing_haidian-xueyuanlu-jiedao-daolu-qingsao_2016.txt"
NAME = "是否完成绩效目标申报表中申报的数量"
# the row as the page has it: its numbers cut by the site's chunk marker '3、'
ROW = "申报的数量12.51\n\n3、2.512.5完成值"
SCORE = "记分。12.5 产出"
FIGURE = st.decimals(min_value=1, max_value=100, places=1).map(
    lambda d: Decimal(f"{d.normalize():f}")
)


def _import_row(weight: str, value: str, actual: str, score: str) -> list[tuple[str, ...]]:
    text = HAIDIAN.read_text(encoding="utf-8")
    assert ROW in text and SCORE in text
    text = text.replace(ROW, f"申报的数量\n\n3、{weight}{value}{actual}完成值")
    text = text.replace(SCORE, f"记分。{score} 产出")
    with tempfile.TemporaryDirectory() as folder:
        changed = Path(folder) / HAIDIAN.name
        changed.write_text(text, encoding="utf-8")
        plan = import_file(changed)
    return [
        (i.level3, i.value, i.actual or "", str(i.weight), str(i.score))
        for p in plan.projects
        for i in p.indicators
    ]


def test_the_real_row_is_read_across_the_chunk_marker() -> None:
    project = import_file(HAIDIAN).projects[0]
    [row] = project.indicators
    assert (row.level2, row.level3, row.value, row.actual) == ("数量指标", NAME, "12.5", "12.5")
    assert (row.weight, row.score) == (Decimal("12.5"), Decimal("12.5"))
    assert row.standard is not None and row.standard.startswith("完成值达到指标值")
    assert project.name == "【体制】自管道路清扫保洁外包工作经费"


@settings(max_examples=30, deadline=None)
@given(FIGURE, FIGURE, st.integers(min_value=0, max_value=50))
def test_a_row_is_read_as_written_or_not_at_all(weight: Decimal, value: Decimal, more: int) -> None:
    # full points for a target met: the score checks the cut of the glued run
    actual = value + more
    read = _import_row(f"{weight:f}", f"{value:f}", f"{actual:f}", f"{weight:f}")
    assert read in ([], [(NAME, f"{value:f}", f"{actual:f}", f"{weight:f}", f"{weight:f}")])


def test_a_run_is_read_when_one_cut_agrees_and_only_then() -> None:
    assert _import_row("7.5", "3", "4", "7.5") == [(NAME, "3", "4", "7.5", "7.5")]
    assert _import_row("5", "80", "90", "5") == [(NAME, "80", "90", "5", "5")]
    # '109598' with 得分 10: 10 | 95 | 98 and 10 | 9 | 598 both agree — no guess
    assert _import_row("10", "95", "98", "10") == []
    # a score below the points and in line with no cut: nothing is read
    assert _import_row("12.5", "12.5", "12.5", "3") == []


def test_a_title_phrase_inside_a_name_does_not_end_the_grid() -> None:
    words = vocabulary()
    assert not words.ends_grid(NAME)
    assert words.ends_grid("项目支出绩效自评表")
    assert words.ends_grid("项目支出绩效自评表(2016年度)")
    assert words.ends_grid("2019年预算项目绩效目标表")
