"""S102 infers an empty 一级 column from the 二级 names only on a grid the import read
whole (rules/structure/grid_reading.py): real tables of other provinces whose 一级 cells
are empty get the inferred finding; the prose reports and fragments on which inferring
everywhere raised false alarms (抚远, 临河, 大英, 铁路沿线: their 数量 rows are told in
sentences or lie outside the fragment) get none."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from jixiao.review import review_plan
from tests.review.defects import PLANS, SELF_EVALUATIONS

# (亳州's 申报表 was one until its 一级, written one character a line, was read: round 12's
# import-leftovers-12; 天长's 一级 cells are lost to blank lines on its page)
_GRIDS = (
    PLANS / "sichuan_guangyuan-zhaohua-weijian-teshujiating-zaifuzhu_2021.txt",
    SELF_EVALUATIONS / "anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022.txt",
)
_READ_IN_PART = (
    "heilongjiang_ru6-fuyuan-nongcun-yinshui-weixiu-prose-baogao_2022",
    "neimenggu_linhe-tuiyijunren-youfu-buzhu-prose-baogao_2023",
    "sichuan_ru11-daying-yibaoju-canbao-jianguan-ziping-pipe-cut_2023",
    "sichuan_dyrmt-tielu-yanxian-zhengzhi_nd",
)


@cache
def _imported(path: Path) -> DepartmentPlan:
    return import_file(path)


def _s102(plan: DepartmentPlan) -> list[str]:
    return [f.message for f in review_plan(plan).findings if f.rule == "S102"]


@pytest.mark.parametrize("path", _GRIDS, ids=lambda path: path.stem)
def test_a_grid_read_whole_says_its_inferred_output_level_lacks_quantity(path: Path) -> None:
    plan = _imported(path).model_copy(deep=True)
    project = plan.projects[0]
    assert any(not row.level1.strip() for row in project.indicators)
    assert not _s102(plan)  # as published: its 数量 rows are there
    project.indicators = [row for row in project.indicators if row.level2 != "数量指标"]
    (message,) = _s102(plan)
    assert "缺少二级指标：数量指标" in message and "推定" in message


@pytest.mark.parametrize("stem", _READ_IN_PART)
def test_a_report_read_in_part_gets_no_inferred_level(stem: str) -> None:
    plan = _imported(SELF_EVALUATIONS / f"{stem}.txt")
    assert any(not row.level1.strip() for p in plan.projects for row in p.indicators)
    assert not _s102(plan)
