"""A grid header whose first label wraps one piece a line above it ('一级' / '指标' over
'二级指标 三级指标 指标值', space-separated rows): the pieces are the header's first cell, so
the rows below keep their 一级 (金安区残联 2023 目标表, held-out round 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
JINAN = CORPUS / "plan" / "anhui_ru11-jinan-canlian-jingzhun-kangfu-mubiao-cut_2023.txt"


def _import(tmp_path: Path, text: str) -> list[tuple[str, str, str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_file(path)
    return [(i.level1, i.level2, i.level3, i.value) for p in plan.projects for i in p.indicators]


def test_the_document() -> None:
    (project,) = import_file(JINAN).projects
    rows = [(i.level1, i.level2, i.level3, i.value) for i in project.indicators]
    assert rows[:3] == [
        ("产出指标", "数量指标", "签约康复人数", "≥18000人"),
        ("产出指标", "数量指标", "涉及乡镇街数量", "=22个"),
        ("产出指标", "数量指标", "发放辅助器具人数", "≥4000人"),
    ]


_HEAD = "项目支出绩效目标表\n(2023年度)\n项目名称 残疾人精准康复\n年度资金总额: 80\n\n"


def _table(above: list[str], values: list[int]) -> str:
    rows = [f"产出指标 数量指标 服务人数{i} ≥{v}人" for i, v in enumerate(values)]
    return _HEAD + "\n".join([*above, "二级指标 三级指标 指标值", *rows]) + "\n"


@given(
    st.sampled_from([["一级", "指标"], ["一级指", "标"], ["一", "级指标"]]),
    st.lists(st.integers(min_value=1, max_value=99999), min_size=2, max_size=6),
)
def test_a_wrapped_first_label_is_joined_to_the_header(
    tmp_path_factory: pytest.TempPathFactory, above: list[str], values: list[int]
) -> None:
    tmp_path = tmp_path_factory.mktemp("wrapped")
    rows = _import(tmp_path, _table(above, values))
    assert rows == [
        ("产出指标", "数量指标", f"服务人数{i}", f"≥{v}人") for i, v in enumerate(values)
    ]


def test_short_lines_that_name_no_column_stay_above_the_table(tmp_path: Path) -> None:
    """Two short lines above a header that do not join into a column's name ('附件' / '说明')
    are no part of it: the header keeps its three columns, so no row gains a 一级 from them
    (each row's own leading labels still give its name and value: mapping/align.py)."""
    kept = _import(tmp_path, _table(["附件", "说明"], [10, 20]))
    assert kept == [("", "数量指标", f"服务人数{i}", f"≥{v}人") for i, v in enumerate([10, 20])]
