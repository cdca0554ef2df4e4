"""A report's budget stated as a bare total ('共计239万元') read only where its own parts
add up to it (:mod:`jixiao.importers.mapping.summed_budget`)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.summed_budget import summed_totals

# 耒阳市第四中学's 2022 生均公用经费 self-evaluation report (corpus: hunan_ru11p-leiyang-…)
LEIYANG = (
    "耒阳市第四中学专项资金绩效自评价报告一、基本情况(一)项目基本概况我校2022年项目为一个:"
    "生均公用经费项目(二)资金及项目绩效目标我校2022年按生均1000元安排,共计239万元,"
    "其中上级资金179.25万元,本级59.75万元,项目绩效目标是保证学校的正常运转"
)
# 旌德县's 2021 农村饮水工程维修养护 report (corpus: anhui_ru11-jingde-…)
JINGDE = (
    "《安徽省财政厅关于提前下达2021年中央财政水利发展资金预算的通知》(皖财农【2020】1351号)"
    "下达中央财政资金30.9万元,县财政资金30.9万元,共计下达61.8万元。"
)
# the same school's spending: a total of money spent, not allotted
SPENT = "我校2022年财政安排支出共计87.06万元,其中办公费50万元,水电费37.06万元。"


def test_a_total_its_parts_after_it_add_up_to_is_read() -> None:
    assert summed_totals(LEIYANG) == [Decimal("239")]


def test_a_total_its_parts_before_it_add_up_to_is_read() -> None:
    assert summed_totals(JINGDE) == [Decimal("61.8")]


def test_a_total_its_parts_do_not_add_up_to_is_not_read() -> None:
    assert summed_totals(LEIYANG.replace("59.75", "59.57")) == []
    assert summed_totals(JINGDE.replace("县财政资金30.9", "县财政资金31.9")) == []


def test_a_total_spent_is_not_a_budget() -> None:
    assert summed_totals(SPENT) == []


def test_a_total_in_a_sentence_allotting_nothing_is_not_read() -> None:
    # '2021年农业生产发展资金合计671037万元。其中,…资金合计575218万元,…资金合计95819万元。'
    # (广西's region report): its parts add up, but nothing says the sum was allotted
    text = (
        "2021年农业生产发展资金合计671037万元。"
        "其中,约束性任务资金合计575218万元,指导性任务资金合计95819万元。"
    )
    assert summed_totals(text) == []


def test_the_report_s_project_takes_the_total() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.txt"
        path.write_text(LEIYANG + "\n", encoding="utf-8")
        plan = import_file(path)
    assert [p.budget_total for p in plan.projects] == [Decimal("239")]


AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(9999), places=2)


@given(st.lists(AMOUNTS, min_size=2, max_size=4), st.sampled_from(["共计", "合计", "总计"]))
def test_parts_listed_after_a_total_confirm_exactly_it(parts: list[Decimal], word: str) -> None:
    total = sum(parts, Decimal(0))
    listed = "、".join(f"{p}万元" for p in parts)
    assert summed_totals(f"今年安排资金{word}{total}万元,其中{listed}。") == [total]
    assert summed_totals(f"今年安排资金{word}{total + 1}万元,其中{listed}。") == []
