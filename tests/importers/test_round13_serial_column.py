"""A list of indicators under ``序号 | 三级指标 | 年度指标值``, one cell a line (湖北省残联's
2017 宣传文化经费 自评报告, 表1): the 序号 column is on every row, so the rows are cut at the
header's width; a 序号 counting up proves that width even when the value column mixes bare
figures with figures and units ('1', '1次', '100%')."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.stream_rows import counted
from jixiao.model.source import SourceRef


def _rows(firsts: list[str]) -> list[list[Cell]]:
    here = SourceRef(file="x", line=1)
    return [[Cell(t, here, 0), Cell("名称", here, 1)] for t in firsts]


@given(st.integers(min_value=0, max_value=500), st.integers(min_value=3, max_value=30))
def test_a_serial_counting_up_is_counted(start: int, length: int) -> None:
    assert counted(_rows([str(n) for n in range(start, start + length)]))


@given(st.integers(min_value=1, max_value=500), st.integers(min_value=3, max_value=30), st.data())
def test_a_gap_or_a_word_is_not_counted(start: int, length: int, data: st.DataObject) -> None:
    firsts = [str(n) for n in range(start, start + length)]
    at = data.draw(st.integers(min_value=1, max_value=length - 1))
    firsts[at] = data.draw(st.sampled_from([str(start + at + 1), "合计", "1次", str(start)]))
    assert not counted(_rows(firsts))


def test_two_rows_prove_nothing() -> None:
    assert not counted(_rows(["1", "2"]))


_LIST = "\n".join(
    ["表1:宣传文化工作经费项目绩效目标", "序号 |", "三级指标 |", "年度指标值 |"]
    + [f"{line} |" for row in (
        ("1", "全国助残日活动次数", "1次"), ("2", "报纸杂志专版专栏", "1个"),
        ("3", "开展残疾人文化活动", "1"), ("4", "培训班培训合格率", "100%"),
        ("5", "宣传覆盖面", "拓宽"),
    ) for line in row]
)  # fmt: skip


def test_a_numbered_list_reads_one_row_per_number(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text(_LIST, encoding="utf-8")
    plan = import_file(path)
    rows = [(i.level3, i.value) for p in plan.projects for i in p.indicators]
    assert rows == [
        ("全国助残日活动次数", "1次"), ("报纸杂志专版专栏", "1个"), ("开展残疾人文化活动", "1"),
        ("培训班培训合格率", "100%"), ("宣传覆盖面", "拓宽"),
    ]  # fmt: skip
