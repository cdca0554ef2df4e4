"""预算执行进度图: the geometry of worked examples read back from the SVG."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.charts import SpendingSeries, spending_chart
from tests.charts.helpers import (
    assert_geometry_inside,
    by_class,
    legend_labels,
    num,
    one,
    parse,
    points,
    texts,
)

D = Decimal
HALF_YEAR = SpendingSeries(
    plan=[(0, 0), (3, D("0.2")), (6, D("0.5")), (10, D("0.8")), (12, 1)],
    actual=[(1, D("0.05")), (2, D("0.1")), (3, D("0.18")), (4, D("0.3"))],
    forecast=D("0.9"),
    today=D("4.5"),
    title="办公用房维修预算执行进度",
)


def frame(svg: str) -> tuple[float, float, float, float]:
    rect = one(parse(svg), "chart-frame")
    return num(rect, "x"), num(rect, "y"), num(rect, "width"), num(rect, "height")


def test_a_plan_point_at_half_year_and_half_budget_is_the_middle_of_the_plot() -> None:
    svg = spending_chart(HALF_YEAR)
    x, y, width, height = frame(svg)
    plan = points(one(parse(svg), "chart-plan"))
    assert len(plan) == 5  # the curve as given, starting at month 0
    assert plan[2] == pytest.approx((x + width / 2, y + height / 2), abs=0.01)
    assert plan[0] == pytest.approx((x, y + height), abs=0.01)  # 0 at month 0
    assert plan[-1] == pytest.approx((x + width, y), abs=0.01)  # 100% at month 12


def test_actual_points_carry_month_and_share() -> None:
    root = parse(spending_chart(HALF_YEAR))
    circles = by_class(root, "chart-point")
    assert [(c.get("data-month"), c.get("data-share")) for c in circles] == [
        ("1", "0.05"),
        ("2", "0.1"),
        ("3", "0.18"),
        ("4", "0.3"),
    ]
    assert root.get("data-actual-points") == "4" and root.get("data-plan-points") == "5"
    line = points(one(root, "chart-actual"))
    assert len(line) == 5  # from the origin through every point
    assert line[1:] == [(num(c, "cx"), num(c, "cy")) for c in circles]
    assert "4月：累计支出30%" in "".join(circles[3].itertext())


def test_the_forecast_runs_from_the_last_actual_point_to_month_12() -> None:
    svg = spending_chart(HALF_YEAR)
    x, y, width, height = frame(svg)
    root = parse(svg)
    forecast = one(root, "chart-forecast")
    last = by_class(root, "chart-point")[-1]
    assert (num(forecast, "x1"), num(forecast, "y1")) == (num(last, "cx"), num(last, "cy"))
    assert num(forecast, "x2") == pytest.approx(x + width, abs=0.01)
    assert num(forecast, "y2") == pytest.approx(y + height * 0.1, abs=0.01)
    assert forecast.get("data-share") == "0.9" and root.get("data-forecast") == "0.9"
    assert "预计90%" in texts(root)


def test_time_progress_and_monitoring_date() -> None:
    svg = spending_chart(HALF_YEAR)
    x, y, width, height = frame(svg)
    root = parse(svg)
    diagonal = one(root, "chart-time")
    assert (num(diagonal, "x1"), num(diagonal, "y1")) == pytest.approx((x, y + height))
    assert (num(diagonal, "x2"), num(diagonal, "y2")) == pytest.approx((x + width, y))
    today = one(root, "chart-today")
    assert num(today, "x1") == num(today, "x2") == pytest.approx(x + width * 4.5 / 12, abs=0.01)
    assert today.get("data-month") == "4.5" and root.get("data-today") == "4.5"
    assert legend_labels(root) == [
        "支出计划",
        "序时进度",
        "监控日期",
        "实际累计支出",
        "预计年底执行率",
    ]
    labels = texts(root)
    assert [f"{m}月" for m in range(1, 13)] == [t for t in labels if t.endswith("月")]
    assert [t for t in labels if t[0].isdigit() and t.endswith("%")] == [
        "0%",
        "20%",
        "40%",
        "60%",
        "80%",
        "100%",
    ]


def test_overspending_extends_the_y_axis_instead_of_clipping() -> None:
    series = SpendingSeries(actual=[(6, D("0.7")), (9, D("1.3"))], forecast=D("1.35"))
    svg = spending_chart(series)
    _, y, _, height = frame(svg)
    root = parse(svg)
    assert root.get("data-y-max") == "1.5"  # 135% rounded up to a tick of 25%
    top = by_class(root, "chart-point")[-1]
    assert num(top, "cy") == pytest.approx(y + height * (1 - 1.3 / 1.5), abs=0.01)
    assert [t for t in texts(root) if t[0].isdigit() and t.endswith("%")] == [
        "0%",
        "25%",
        "50%",
        "75%",
        "100%",
        "125%",
        "150%",
    ]
    assert_geometry_inside(root)


def test_only_what_is_given_is_drawn() -> None:
    root = parse(spending_chart(SpendingSeries(actual=[(7, D("0.4"))], time_progress=False)))
    for absent in ("chart-plan", "chart-time", "chart-forecast", "chart-today"):
        assert by_class(root, absent) == []
    assert points(one(root, "chart-actual"))[0] == pytest.approx(
        (num(one(root, "chart-frame"), "x"), num(one(root, "chart-frame"), "y") + 240)
    )
    assert len(by_class(root, "chart-point")) == 1
    assert legend_labels(root) == ["实际累计支出"]
    assert root.get("data-forecast") is None and root.get("data-plan-points") == "0"


def test_plan_only_and_a_forecast_without_actual_is_not_drawn() -> None:
    root = parse(spending_chart(SpendingSeries(plan=[(6, 0.5), (12, 1.0)], forecast=0.8)))
    assert len(points(one(root, "chart-plan"))) == 3  # the origin is added
    assert by_class(root, "chart-forecast") == [] and by_class(root, "chart-point") == []


@pytest.mark.parametrize(
    "series",
    [
        SpendingSeries(),
        SpendingSeries(title="无数据", forecast=0.5, today=6),
        SpendingSeries(actual=[(float("nan"), 0.3), (3, D("Infinity"))]),
    ],
)
def test_nothing_to_draw_says_so(series: SpendingSeries) -> None:
    root = parse(spending_chart(series))
    assert root.get("class") == "chart chart-spending" and root.get("data-empty") == "true"
    assert texts(root) == ["暂无数据"]


def test_decimal_and_float_inputs_draw_the_same_chart() -> None:
    as_float = SpendingSeries(
        plan=[(float(m), float(s)) for m, s in HALF_YEAR.plan],
        actual=[(float(m), float(s)) for m, s in HALF_YEAR.actual],
        forecast=0.9,
        today=4.5,
        title=HALF_YEAR.title,
    )
    assert spending_chart(as_float) == spending_chart(HALF_YEAR)


def test_the_title_is_escaped() -> None:
    root = parse(spending_chart(SpendingSeries(actual=[(1, 0.1)], title='<a & "b">')))
    assert root[0].text == '<a & "b">'
