"""Each chart says its figures in a <desc>: under role="img" a screen reader reads the
chart's name and description only, never the texts drawn on it."""

from __future__ import annotations

import re

from jixiao.charts import Bar, Reference, bar_chart
from jixiao.charts.distribution import distribution_chart
from jixiao.charts.spending import SpendingSeries, spending_chart
from jixiao.charts.stacked import Segment, StackedRow, stacked_bar_chart


def _desc(svg: str) -> str:
    found = re.search(r"<svg[^>]*><title>[^<]*</title><desc>([^<]*)</desc>", svg)
    assert found is not None, svg[:200]
    return found.group(1)


def test_a_bar_chart_names_each_bar_its_figure_and_its_grade() -> None:
    svg = bar_chart(
        [Bar("公车改革经费", 85, "fair"), Bar("机关食堂运行", None, "unfilled", "未填报")],
        maximum=100,
        unit="分",
        title="各项目自评得分",
    )
    assert _desc(svg) == "公车改革经费：85分（良）；机关食堂运行：未填报"


def test_a_distribution_stacked_and_spending_chart_say_their_figures() -> None:
    columns = [Bar("优", 3, "good"), Bar("差", 0, "bad")]
    grades = distribution_chart(columns, unit="个", title="等级")
    assert _desc(grades) == "优：3个；差：0个"
    lights = stacked_bar_chart(
        [StackedRow("承德县机关事务管理办公室", {"red": 1, "green": 6})],
        segments=[Segment("red", "红灯"), Segment("green", "绿灯")],
        title="各部门红黄绿灯",
    )
    assert _desc(lights) == "承德县机关事务管理办公室：红灯1、绿灯6"
    spending = spending_chart(
        SpendingSeries(plan=[(3, 0.2), (12, 1)], actual=[(7, 0.3)], forecast=0.6)
    )
    said = "支出计划：3月20%、12月100%；实际累计支出：7月30%；预计年底执行率：60%"
    assert _desc(spending) == said


def test_an_empty_chart_says_it_has_no_data() -> None:
    """Seventh walk: the 暂无数据 drawn on an empty chart (监控看板 before any round) is
    hidden under role="img"; a screen reader said only 「各部门项目监控结果，图像」."""
    assert _desc(bar_chart([], maximum=100, unit="分", title="各项目自评得分")) == "暂无数据"


def test_a_bar_chart_says_its_reference_lines_and_the_unit_its_bars_leave_out() -> None:
    """The 审核报告's unit-cost chart: its <desc> read
    「本项目（物业管理费）：109.19（超出区间）」 —
    neither the 参考区间 drawn across the bars nor the unit (the bars print the number alone)."""
    svg = bar_chart(
        [Bar("本项目（物业管理费）", 109.19, "bad", "109.19")],
        maximum=120,
        unit="元/平方米·年",
        title="项目6 物业费",
        references=[Reference(15, "参考下限15"), Reference(80, "参考上限80")],
        legend_labels={"bad": "超出区间"},
    )
    assert _desc(svg) == (
        "本项目（物业管理费）：109.19（超出区间）；参考下限15；参考上限80；单位：元/平方米·年"
    )
