"""A 时效 row named by its deadline ('时效指标 | 2020年12月完成 | =95% | =95%', 南岳 忠烈祠's
自评表) is a row, though its '月完成' is also a to-date header's word
(:mod:`jixiao.importers.mapping.dated_names`)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from tests.importers.corpus_metrics import measure_stem

HEADER = "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 产生差异的原因 |"
FIRST = "产出指标 | 数量指标 | 管理忠烈祠面积 | =230亩 | =230亩 | |"
ENDINGS = st.sampled_from(["完成", "底完成", "底前完成", "前完成", "完成率"])


def _imported(lines: list[str]) -> DepartmentPlan:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grid.txt"
        path.write_text("\n".join(["项目支出绩效自评表(2020年度)", HEADER, *lines]), "utf-8")
        return import_file(path)


def _names(plan: DepartmentPlan) -> list[tuple[str, str]]:
    return [(i.level3, i.value) for p in plan.projects for i in p.indicators]


@settings(max_examples=30, deadline=None)
@given(st.integers(2000, 2038), st.integers(1, 12), ENDINGS, st.integers(1, 100))
def test_a_deadline_names_its_row(year: int, month: int, ending: str, percent: int) -> None:
    name = f"{year}年{month}月{ending}"
    plan = _imported([FIRST, f"时效指标 | {name} | ={percent}% | ={percent}% | |"])
    assert (name, f"={percent}%") in _names(plan)


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 12), ENDINGS, st.sampled_from(["完成", "完成值", "完成情况"]))
def test_a_period_or_an_empty_row_is_no_deadline_row(month: int, ending: str, word: str) -> None:
    """Counter-example: a period to date ('1-6月完成值', a header's words) or a dated name
    over empty cells is no row."""
    plan = _imported([FIRST, f"时效指标 | 1-{month}月{word} | 100% | 100% | |"])
    assert all(not name.startswith("1-") for name, _ in _names(plan))
    plan = _imported([FIRST, f"时效指标 | 2020年{month}月{ending} | | | |"])
    assert _names(plan) == [("管理忠烈祠面积", "=230亩")]


def test_the_real_row() -> None:
    result = measure_stem("hunan_ru7-nanyue-zhonglieci-mianfei-kaifang-tradmirror-cut_2020")
    assert (result.found, result.actual_found) == (5, 5)
