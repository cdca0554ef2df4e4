"""横向条形图, 堆积条形图 and 分布柱状图: worked examples read back from the SVG."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.charts import (
    GRADE_TONES,
    Bar,
    Reference,
    Segment,
    StackedRow,
    bar_chart,
    distribution_chart,
    stacked_bar_chart,
)
from jixiao.charts.svg import text_width
from tests.charts.helpers import SVG, by_class, legend_labels, num, parse, texts

D = Decimal
LONG = "张家口市机关事务管理局2024年市级政府公物仓建设及公务用车管理平台运维专项经费"
SCORES = [
    Bar("2024年水电费", D("95.5"), GRADE_TONES["优"]),
    Bar(LONG, D("83"), GRADE_TONES["良"], href="/projects/7/"),
    Bar("后勤中心运行费2024", D("61.25"), GRADE_TONES["中"]),
    Bar("公车中心运行费2024", D("40"), GRADE_TONES["差"]),
]
GRADE_LINES = [Reference(90, "优"), Reference(80, "良"), Reference(60, "中")]


def test_bar_widths_are_proportional_to_the_values() -> None:
    root = parse(
        bar_chart(SCORES, maximum=100, unit="分", title="项目自评得分", references=GRADE_LINES)
    )
    bars = by_class(root, "chart-bar")
    assert [b.get("data-value") for b in bars] == ["95.5", "83", "61.25", "40"]
    assert [b.get("class") for b in bars] == [
        "chart-bar tone-good",
        "chart-bar tone-fair",
        "chart-bar tone-poor",
        "chart-bar tone-bad",
    ]
    full = num(bars[3], "width") / 0.40
    for bar, value in zip(bars, (95.5, 83, 61.25, 40), strict=True):
        assert num(bar, "width") == pytest.approx(full * value / 100, abs=0.02)
        assert num(bar, "x") == num(bars[0], "x")
    assert root.get("data-bars") == "4" and root.get("data-scale") == "100"
    assert {"95.5分", "83分", "61.25分", "40分"} <= set(texts(root))
    assert legend_labels(root) == ["优", "良", "中", "差"]


def test_reference_lines_sit_at_their_values() -> None:
    root = parse(bar_chart(SCORES, maximum=100, unit="分", title="得分", references=GRADE_LINES))
    bar = by_class(root, "chart-bar")[0]
    left, full = num(bar, "x"), num(bar, "width") / 0.955
    lines = by_class(root, "chart-reference")
    assert [line.get("data-value") for line in lines] == ["90", "80", "60"]
    for line, value in zip(lines, (90, 80, 60), strict=True):
        assert num(line, "x1") == pytest.approx(left + full * value / 100, abs=0.02)


def test_a_long_name_is_cut_and_kept_whole_in_its_title() -> None:
    root = parse(bar_chart(SCORES, maximum=100, unit="分", title="得分"))
    label = by_class(root, "chart-label")[1]
    full = label.find(f"{SVG}title")
    assert full is not None and full.text == LONG
    visible = full.tail or ""  # the text drawn after the <title> child
    assert visible.endswith("…") and LONG.startswith(visible[:-1])
    assert 10 <= len(visible) < len(LONG)
    assert text_width(visible) <= num(by_class(root, "chart-bar")[1], "x") - 8
    assert by_class(root, "chart-bar")[1].get("data-label") == LONG
    link = next(root.iter(f"{SVG}a"))
    assert link.get("href") == "/projects/7/"


def test_values_above_the_maximum_extend_the_scale() -> None:
    rates = [Bar("甲", 105, "red"), Bar("乙", 50, "green"), Bar("丙", None)]
    root = parse(
        bar_chart(rates, maximum=100, unit="%", title="执行率", references=[Reference(90)])
    )
    bars = by_class(root, "chart-bar")
    assert root.get("data-scale") == "105"
    assert num(bars[1], "width") == pytest.approx(num(bars[0], "width") * 50 / 105, abs=0.02)
    assert num(bars[2], "width") == 0 and bars[2].get("data-value") == ""
    assert "—" in texts(root) and "105%" in texts(root)
    assert legend_labels(root) == ["红灯", "绿灯"]  # neutral is not a legend entry
    assert "单位：%" in texts(root)


def test_unsafe_links_are_dropped_and_unknown_tones_refused() -> None:
    root = parse(
        bar_chart([Bar("x", 1, href="javascript:alert(1)")], maximum=1, unit="", title="t")
    )
    assert list(root.iter(f"{SVG}a")) == []
    with pytest.raises(ValueError, match="unknown tone"):
        bar_chart([Bar("x", 1, "blue")], maximum=1, unit="", title="t")  # type: ignore[arg-type]


LIGHTS = [
    Segment("red", "红灯"),
    Segment("yellow", "黄灯"),
    Segment("green", "绿灯"),
]


def test_stacked_segments_follow_the_counts() -> None:
    rows = [
        StackedRow("机关事务管理局", {"red": 4, "yellow": 2, "green": 8}),
        StackedRow("教育局", {"green": 7}, href="/departments/2/"),
    ]
    root = parse(stacked_bar_chart(rows, segments=LIGHTS, title="各部门监控预警"))
    segments = by_class(root, "chart-segment")
    assert [(s.get("data-row"), s.get("data-segment"), s.get("data-count")) for s in segments] == [
        ("机关事务管理局", "red", "4"),
        ("机关事务管理局", "yellow", "2"),
        ("机关事务管理局", "green", "8"),
        ("教育局", "red", "0"),
        ("教育局", "yellow", "0"),
        ("教育局", "green", "7"),
    ]
    unit = num(segments[0], "width") / 4
    assert num(segments[2], "width") == pytest.approx(8 * unit, abs=0.02)
    assert num(segments[5], "width") == pytest.approx(7 * unit, abs=0.02)
    # Segments abut: each starts where the one before ends.
    assert num(segments[1], "x") == pytest.approx(num(segments[0], "x") + 4 * unit, abs=0.02)
    assert segments[0].get("class") == "chart-segment seg-red tone-red"
    assert legend_labels(root) == ["红灯", "黄灯", "绿灯"]
    assert {"14", "7"} <= set(texts(root))  # the totals
    assert root.get("data-rows") == "2" and root.get("data-scale") == "14"


def test_grade_segments_take_their_colour_from_the_tone() -> None:
    grades = [Segment(tone, grade, tone) for grade, tone in GRADE_TONES.items()]
    root = parse(
        stacked_bar_chart([StackedRow("财政局", {"good": 3, "bad": 1})], segments=grades, title="t")
    )
    assert by_class(root, "chart-segment")[0].get("class") == ("chart-segment seg-good tone-good")
    assert legend_labels(root) == ["优", "良", "中", "差"]
    with pytest.raises(ValueError, match="ASCII"):
        stacked_bar_chart([], segments=[Segment("优", "优")], title="t")
    with pytest.raises(ValueError, match="differ"):
        stacked_bar_chart([], segments=[Segment("a", "甲"), Segment("a", "乙")], title="t")


def test_distribution_columns_rise_with_the_counts() -> None:
    columns = [
        Bar(grade, count, tone)
        for (grade, tone), count in zip(GRADE_TONES.items(), (6, 3, 2, 0), strict=True)
    ]
    root = parse(distribution_chart(columns, unit="个", title="自评等级分布"))
    rects = by_class(root, "chart-column")
    assert [r.get("data-label") for r in rects] == ["优", "良", "中", "差"]
    assert num(rects[1], "height") == pytest.approx(num(rects[0], "height") / 2, abs=0.02)
    assert num(rects[3], "height") == 0
    bottoms = {round(num(r, "y") + num(r, "height"), 2) for r in rects}
    assert len(bottoms) == 1  # one baseline
    assert {"6个", "0个"} <= set(texts(root)) and root.get("data-columns") == "4"


@pytest.mark.parametrize(
    ("svg", "kind"),
    [
        (bar_chart([], maximum=100, unit="分", title="得分"), "bars"),
        (stacked_bar_chart([], segments=LIGHTS, title="预警"), "stacked"),
        (stacked_bar_chart([StackedRow("a", {})], segments=[], title="预警"), "stacked"),
        (distribution_chart([], unit="个", title="分布"), "distribution"),
    ],
)
def test_empty_input_gives_a_valid_chart_saying_no_data(svg: str, kind: str) -> None:
    root = parse(svg)
    assert root.get("class") == f"chart chart-{kind}"
    assert texts(root) == ["暂无数据"]
