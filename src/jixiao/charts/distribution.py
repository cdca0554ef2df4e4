"""分布柱状图: a few vertical columns — how many projects got 优, 良, 中, 差 (or each light).

Meant for a handful of categories (the grades); for one bar per project use
:func:`~jixiao.charts.bars.bar_chart`. Columns share one scale from 0 to the largest value.
"""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.charts.bars import Bar, bar_rect, linked, printed
from jixiao.charts.svg import (
    GRID,
    WIDTH,
    AttrValue,
    datum,
    element,
    empty,
    finite,
    root,
    text,
    tooltip,
    truncate,
    unit_caption,
)

LEFT, RIGHT, TOP, PLOT_HEIGHT = 24.0, 24.0, 32.0, 160.0
PLOT_WIDTH = WIDTH - LEFT - RIGHT
MAX_COLUMN = 72.0


def _column(bar: Bar, index: int, slot: float, scale: float, unit: str) -> str:
    value = finite(bar.value)
    width = min(MAX_COLUMN, slot * 0.6)
    centre = LEFT + slot * (index + 0.5)
    height = 0.0 if value is None else max(0.0, min(value, scale)) / scale * PLOT_HEIGHT
    bottom = TOP + PLOT_HEIGHT
    rect = bar_rect(bar, "chart-column", unit, (centre - width / 2, bottom - height, width, height))
    figure = text(
        truncate(printed(bar, unit), slot - 4.0),
        {"class": "chart-value", "x": centre, "y": bottom - height - 6.0, "text-anchor": "middle"},
    )
    label = text(
        truncate(bar.label, slot - 4.0),
        {"class": "chart-label", "x": centre, "y": bottom + 18.0, "text-anchor": "middle"},
        tooltip(bar.label),
    )
    return linked(bar.href, element("g", {"class": "chart-row"}, rect, figure, label))


def distribution_chart(columns: Sequence[Bar], *, unit: str, title: str) -> str:
    """分布柱状图 as an ``<svg class="chart chart-distribution">`` string.

    Each column is a ``<rect class="chart-column tone-X" data-label data-value>``, its value
    above it and its label (优, 良…) under it. The root carries ``data-columns`` and
    ``data-scale``.
    """
    if not columns:
        return empty("distribution", title)
    values = [finite(bar.value) for bar in columns]
    scale = max([0.0, *(v for v in values if v is not None)]) or 1.0
    slot = PLOT_WIDTH / len(columns)
    bottom = TOP + PLOT_HEIGHT
    body = [
        unit_caption(unit),
        element(
            "line",
            {
                "class": "chart-axis",
                "x1": LEFT,
                "y1": bottom,
                "x2": LEFT + PLOT_WIDTH,
                "y2": bottom,
                "stroke": GRID,
            },
        ),
    ]
    body += [_column(bar, i, slot, scale, unit) for i, bar in enumerate(columns)]
    data: dict[str, AttrValue] = {"columns": len(columns), "scale": datum(scale)}
    summary = "；".join(f"{bar.label}：{printed(bar, unit)}" for bar in columns)
    return root("distribution", bottom + 30.0, title, body, data, summary)
