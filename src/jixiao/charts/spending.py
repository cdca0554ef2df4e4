"""预算执行进度: the cumulative share of the budget spent over the year, against the plan.

x runs over the months 0–12 (a point at month 6 is the end of June), y over the cumulative
share of the budget, 0–100% — extended upwards in nice steps when actual spending or the
forecast passes 100% (超支), up to 1000%; a figure beyond that (a data error) is drawn at
the top while its ``data-share`` keeps the true value. Both cumulative curves start at 0 at
month 0. Missing, NaN or infinite figures are left out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.charts.svg import (
    GRID,
    MUTED,
    WIDTH,
    AttrValue,
    LegendItem,
    Number,
    clamp,
    coord,
    datum,
    element,
    empty,
    finite,
    legend,
    percent,
    root,
    text,
    tooltip,
)

PLAN_COLOUR = "#1f6fb2"
TIME_COLOUR = "#9e9e9e"
ACTUAL_COLOUR = "#e65100"
TODAY_COLOUR = "#7b1fa2"
MAX_SHARE = 10.0  # 1000%: the y axis grows up to here
_STEPS = (0.2, 0.25, 0.5, 1.0, 2.0)

# The plot area inside the 640-wide viewBox.
LEFT, RIGHT, TOP, PLOT_HEIGHT = 52.0, 20.0, 16.0, 240.0
PLOT_WIDTH = WIDTH - LEFT - RIGHT


@dataclass(frozen=True)
class SpendingSeries:
    """What the 预算执行进度 chart shows; months 0–12, shares as fractions (0.5 = 50%)."""

    plan: Sequence[tuple[Number, Number]] = ()
    """资金支出计划: the planned cumulative share at month ends (empty: not drawn)."""
    time_progress: bool = True
    """Draw 序时进度, the diagonal from 0 at month 0 to 100% at month 12."""
    actual: Sequence[tuple[Number, Number]] = ()
    """实际累计支出: the cumulative share actually spent, a marker at each point."""
    forecast: Number | None = None
    """预计年底执行率: a dotted line from the last actual point to month 12."""
    today: Number | None = None
    """监控日期 in months (15 July = 6.5): a vertical marker."""
    title: str = "预算执行进度"


def _points(raw: Sequence[tuple[Number, Number]]) -> list[tuple[float, float]]:
    """The finite points, months within 0–12, in month order."""
    out: list[tuple[float, float]] = []
    for month, share in raw:
        m, s = finite(month), finite(share)
        if m is not None and s is not None:
            out.append((clamp(m, 0.0, 12.0), s))
    return sorted(out, key=lambda point: point[0])


def _y_max(shares: Sequence[float]) -> tuple[float, float]:
    """The top of the y axis and its tick step: 100% in steps of 20% unless overspent."""
    top = clamp(max([1.0, *shares]), 1.0, MAX_SHARE)
    for step in _STEPS:
        ticks = math.ceil(top / step - 1e-9)
        if ticks <= 6 or step == _STEPS[-1]:
            return ticks * step, step
    raise AssertionError("unreachable")  # pragma: no cover


class _Plot:
    """Months and shares → viewBox coordinates."""

    def __init__(self, y_max: float) -> None:
        self.y_max = y_max

    def x(self, month: float) -> float:
        return LEFT + clamp(month, 0.0, 12.0) / 12.0 * PLOT_WIDTH

    def y(self, share: float) -> float:
        return TOP + PLOT_HEIGHT - clamp(share, 0.0, self.y_max) / self.y_max * PLOT_HEIGHT

    def polyline(self, points: Sequence[tuple[float, float]], attrs: dict[str, AttrValue]) -> str:
        # A cumulative curve starts from nothing spent at the start of the year.
        if not points or points[0][0] > 0:
            points = [(0.0, 0.0), *points]
        drawn = " ".join(f"{coord(self.x(m))},{coord(self.y(s))}" for m, s in points)
        return element("polyline", {"points": drawn, "fill": "none", **attrs})


def _axes(plot: _Plot, step: float) -> list[str]:
    bottom = TOP + PLOT_HEIGHT
    parts = [
        element(
            "rect",
            {
                "class": "chart-frame",
                "x": LEFT,
                "y": TOP,
                "width": PLOT_WIDTH,
                "height": PLOT_HEIGHT,
                "fill": "none",
                "stroke": GRID,
            },
        )
    ]
    ticks = round(plot.y_max / step)
    for i in range(ticks + 1):
        share = i * step
        y = plot.y(share)
        parts.append(
            element(
                "line",
                {
                    "class": "chart-grid",
                    "x1": LEFT,
                    "y1": y,
                    "x2": LEFT + PLOT_WIDTH,
                    "y2": y,
                    "stroke": GRID,
                },
            )
        )
        parts.append(
            text(
                percent(share),
                {
                    "class": "chart-axis",
                    "x": LEFT - 6.0,
                    "y": y + 4.0,
                    "text-anchor": "end",
                    "fill": MUTED,
                },
            )
        )
    for month in range(1, 13):
        x = plot.x(month)
        parts.append(
            element(
                "line",
                {
                    "class": "chart-tick",
                    "x1": x,
                    "y1": bottom,
                    "x2": x,
                    "y2": bottom + 4.0,
                    "stroke": MUTED,
                },
            )
        )
        parts.append(
            text(
                f"{month}月",
                {
                    "class": "chart-axis",
                    "x": x,
                    "y": bottom + 18.0,
                    "text-anchor": "middle",
                    "fill": MUTED,
                },
            )
        )
    return parts


def _month_label(month: float) -> str:
    return f"{datum(month)}月"


def _actual(plot: _Plot, points: list[tuple[float, float]]) -> list[str]:
    parts = [
        plot.polyline(
            points,
            {
                "class": "chart-actual",
                "stroke": ACTUAL_COLOUR,
                "stroke-width": 2.5,
                "stroke-linejoin": "round",
            },
        )
    ]
    for month, share in points:
        parts.append(
            element(
                "circle",
                {
                    "class": "chart-point",
                    "data-month": datum(month),
                    "data-share": datum(share),
                    "cx": plot.x(month),
                    "cy": plot.y(share),
                    "r": 3.5,
                    "fill": "#ffffff",
                    "stroke": ACTUAL_COLOUR,
                    "stroke-width": 2,
                },
                tooltip(f"{_month_label(month)}：累计支出{percent(share)}"),
            )
        )
    return parts


def _forecast(plot: _Plot, last: tuple[float, float], forecast: float) -> list[str]:
    month, share = last
    x, y = plot.x(12.0), plot.y(forecast)
    line = element(
        "line",
        {
            "class": "chart-forecast",
            "data-share": datum(forecast),
            "x1": plot.x(month),
            "y1": plot.y(share),
            "x2": x,
            "y2": y,
            "stroke": ACTUAL_COLOUR,
            "stroke-width": 2,
            "stroke-dasharray": "2 3",
            "stroke-linecap": "round",
        },
        tooltip(f"预计年底执行率{percent(forecast)}"),
    )
    # The label sits inside the plot, under the line's end when that end is at the top.
    label_y = y + 16.0 if y < TOP + 14.0 else y - 6.0
    label = text(
        f"预计{percent(forecast)}",
        {
            "class": "chart-forecast-label",
            "x": x - 4.0,
            "y": label_y,
            "text-anchor": "end",
            "fill": ACTUAL_COLOUR,
        },
    )
    return [line, label]


def _time_progress(plot: _Plot) -> str:
    return element(
        "line",
        {
            "class": "chart-time",
            "x1": plot.x(0.0),
            "y1": plot.y(0.0),
            "x2": plot.x(12.0),
            "y2": plot.y(1.0),
            "stroke": TIME_COLOUR,
            "stroke-width": 1.5,
            "stroke-dasharray": "6 4",
        },
        tooltip("序时进度：按月均衡支出"),
    )


def _today(plot: _Plot, month: float) -> str:
    x = plot.x(month)
    return element(
        "line",
        {
            "class": "chart-today",
            "data-month": datum(month),
            "x1": x,
            "y1": TOP,
            "x2": x,
            "y2": TOP + PLOT_HEIGHT,
            "stroke": TODAY_COLOUR,
            "stroke-width": 1.5,
            "stroke-dasharray": "4 3",
        },
        tooltip(f"监控日期：{_month_label(month)}"),
    )


def spending_chart(series: SpendingSeries) -> str:
    """预算执行进度图 as an ``<svg class="chart chart-spending">`` string.

    Classes: ``chart-plan`` (polyline), ``chart-time`` (line), ``chart-actual`` (polyline)
    with a ``<circle class="chart-point" data-month data-share>`` per actual point,
    ``chart-forecast`` (line, ``data-share``), ``chart-today`` (line, ``data-month``),
    ``chart-frame`` (the plot area). The root carries ``data-plan-points``,
    ``data-actual-points``, ``data-forecast``, ``data-today`` and ``data-y-max``.
    """
    plan, actual = _points(series.plan), _points(series.actual)
    if not plan and not actual:
        return empty("spending", series.title)
    forecast, today = finite(series.forecast), finite(series.today)
    if today is not None:
        today = clamp(today, 0.0, 12.0)
    drawn_forecast = forecast if actual else None  # it continues the actual line
    y_max, step = _y_max(
        [s for _, s in plan + actual] + ([drawn_forecast] if drawn_forecast is not None else [])
    )
    plot = _Plot(y_max)
    body = _axes(plot, step)
    items: list[LegendItem] = []
    # 序时进度 first: where the plan follows it, the plan's line stays visible on top.
    if series.time_progress:
        body.append(_time_progress(plot))
        items.append(LegendItem("序时进度", "swatch-time", TIME_COLOUR, "dashed"))
    if plan:
        body.append(
            plot.polyline(plan, {"class": "chart-plan", "stroke": PLAN_COLOUR, "stroke-width": 2})
        )
        items.insert(0, LegendItem("支出计划", "swatch-plan", PLAN_COLOUR, "line"))
    if today is not None:
        body.append(_today(plot, today))
        items.append(LegendItem("监控日期", "swatch-today", TODAY_COLOUR, "dashed"))
    if actual:
        body += _actual(plot, actual)
        items.append(LegendItem("实际累计支出", "swatch-actual", ACTUAL_COLOUR, "point"))
    if drawn_forecast is not None:
        body += _forecast(plot, actual[-1], drawn_forecast)
        items.append(LegendItem("预计年底执行率", "swatch-forecast", ACTUAL_COLOUR, "dotted"))
    key, key_height = legend(items, TOP + PLOT_HEIGHT + 26.0)
    body.append(key)
    data: dict[str, AttrValue] = {
        "plan-points": len(plan),
        "actual-points": len(actual),
        "forecast": None if forecast is None else datum(forecast),
        "today": None if today is None else datum(today),
        "y-max": datum(y_max),
    }
    height = TOP + PLOT_HEIGHT + 26.0 + key_height + 8.0
    return root(
        "spending", height, series.title, body, data, _summary(plan, actual, drawn_forecast)
    )


def _summary(
    plan: list[tuple[float, float]], actual: list[tuple[float, float]], forecast: float | None
) -> str:
    """The lines in words — 「支出计划：3月底20%、…；实际累计支出：…」 — for the ``<desc>``."""

    def points(line: list[tuple[float, float]]) -> str:
        return "、".join(f"{_month_label(month)}{percent(share)}" for month, share in line)

    parts = [f"支出计划：{points(plan)}"] if plan else []
    parts += [f"实际累计支出：{points(actual)}"] if actual else []
    parts += [f"预计年底执行率：{percent(forecast)}"] if forecast is not None else []
    return "；".join(parts)
