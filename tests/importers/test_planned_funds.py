"""The planned amount of the older 项目绩效评价 basic-facts table, read where the row's next
label follows its figure (:mod:`jixiao.importers.mapping.planned_funds`)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.planned_funds import planned_amounts

# 缙云县环卫处's 2021 农村垃圾清运 评价报告, the table glued into one line (corpus:
# zhejiang_ru9-jinyun-…)
JINYUN = (
    "项目起止时间2021年1月1日2021年12月31日计划安排资金(万元)299.4实际到位资金(万元)299.4"
    "其中:中央财政其中:中央财政省财政省财政市县财政299.4市县财政299.4其它其它实际支出(万元)"
)
# 岳阳市南湖新区民政局's 优抚 自评报告, a cell per line (corpus: hunan_ru9-nanhu-…)
NANHU = """岳阳市南湖新区财政支出项目绩效评价自评报告
一、项 目 基 本 概 况
项目起止时间
2016年1月起至2016年12 月止
计划安排资金
(万元)
170
实际到位资金
(万元)
170
实际支出
(万元)
179.6
"""


def test_the_planned_amount_before_the_next_label_is_read() -> None:
    assert planned_amounts(JINYUN) == [Decimal("299.4")]
    assert planned_amounts(NANHU) == [Decimal(170)]


def test_a_figure_not_closed_by_the_next_label_is_not_read() -> None:
    # '计划安排资金(万元)299.4 联系电话…': the figure may run on into the next field
    assert planned_amounts(JINYUN.replace("299.4实际到位", "299.4联系电话6613535实际到位")) == []


def test_a_planned_amount_in_no_stated_unit_is_not_read() -> None:
    assert planned_amounts(NANHU.replace("(万元)\n170", "(元)\n170")) == []


def test_the_report_s_project_takes_the_planned_amount() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(NANHU, encoding="utf-8")
        plan = import_file(path)
    assert [p.budget_total for p in plan.projects] == [Decimal(170)]


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal(99999), places=1))
def test_the_planned_amount_is_read_as_written(planned: Decimal) -> None:
    row = f"计划安排资金(万元){planned}实际到位资金(万元){planned}"
    assert planned_amounts(row) == [planned]
