"""Property: any indicator grid, written with its merged labels printed once, maps back."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file

LEVELS = {
    "产出指标": ["数量指标", "质量指标", "时效指标"],
    "效益指标": ["社会效益指标", "经济效益指标"],
    "满意度指标": ["服务对象满意度指标"],
}
# Name characters that can never spell a label, a header word or a sign.
NAME = st.text(alphabet="路灯桥梁树苗学校车辆培训覆盖发放补助建设维修完成", min_size=2, max_size=12)
VALUE = st.builds(
    lambda sign, number, unit: f"{sign}{number}{unit}",
    st.sampled_from(["", "≥", "≤"]),
    st.integers(min_value=1, max_value=99999),
    st.sampled_from(["%", "人", "万元", "次", "个"]),
)
ROW = st.tuples(
    st.sampled_from([(l1, l2) for l1, l2s in LEVELS.items() for l2 in l2s]), NAME, VALUE
)


def render(rows: list[tuple[tuple[str, str], str, str]]) -> str:
    header = "一级指标 | 二级指标 | 三级指标 | 指标值 |"
    lines = ["项目绩效目标表", "项目名称 | 测试项目 |", header]
    last1 = last2 = ""
    for (level1, level2), name, value in rows:
        cells = [name, value]
        if level2 != last2 or level1 != last1:
            cells.insert(0, level2)
        if level1 != last1:
            cells.insert(0, level1)
        pad = "|" * (4 - len(cells))  # a packed rendering pads the row at its end
        lines.append(" | ".join(cells) + " | " + pad)
        last1, last2 = level1, level2
    return "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ROW, min_size=1, max_size=12).map(lambda rows: sorted(rows, key=lambda r: r[0])))
def test_grids_with_merged_labels_map_back(rows: list[tuple[tuple[str, str], str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grid.txt"
        path.write_text(render(rows), encoding="utf-8")
        plan = import_file(path)
    got = [(i.level1, i.level2, i.level3, i.value) for p in plan.projects for i in p.indicators]
    assert got == [(l1, l2, name, value) for (l1, l2), name, value in rows]
