"""堆积条形图: per department, how many projects have each light (or each grade).

Each row is a horizontal bar cut into segments, one per :class:`Segment` in the given
order, its length proportional to the count; the rows share one scale (the largest total),
so departments compare by size too. The count is printed inside a segment wide enough to
hold it, and the total at the row's end.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jixiao.charts.bars import BAR_HEIGHT, BAR_LEFT, BAR_WIDTH, LABEL_RIGHT, ROW, linked
from jixiao.charts.svg import (
    GRID,
    TONE_COLOURS,
    TONES,
    AttrValue,
    LegendItem,
    Number,
    Tone,
    amount,
    css_key,
    datum,
    element,
    empty,
    finite,
    labels_apart,
    legend,
    root,
    text,
    text_width,
    tone_of,
    tooltip,
)

TOP = 10.0


@dataclass(frozen=True)
class Segment:
    """One kind of count: ``key`` names its CSS class ``seg-KEY``; ``label`` is the legend's."""

    key: str
    label: str
    tone: Tone | None = None
    """Its colour; by default the key itself when it is a tone (red, good…), else neutral."""

    @property
    def colour_tone(self) -> str:
        if self.tone is not None:
            return tone_of(self.tone)
        return self.key if self.key in TONES else "neutral"


@dataclass(frozen=True)
class StackedRow:
    """One row (a department): its label and the count per segment key."""

    label: str
    counts: Mapping[str, Number]
    href: str | None = None


def _count(row: StackedRow, key: str) -> float:
    value = finite(row.counts.get(key))
    return max(0.0, value) if value is not None else 0.0


def _row(
    row: StackedRow, shown_label: str, index: int, segments: Sequence[Segment], scale: float
) -> str:
    y = TOP + index * ROW
    parts = [
        text(
            shown_label,
            {
                "class": "chart-label",
                "x": LABEL_RIGHT,
                "y": y + ROW / 2 + 4.0,
                "text-anchor": "end",
            },
            tooltip(row.label),
        )
    ]
    x = BAR_LEFT
    for segment in segments:
        count = _count(row, segment.key)
        width = count / scale * BAR_WIDTH
        tone = segment.colour_tone
        parts.append(
            element(
                "rect",
                {
                    "class": f"chart-segment seg-{segment.key} tone-{tone}",
                    "data-row": row.label,
                    "data-segment": segment.key,
                    "data-count": datum(count),
                    "x": x,
                    "y": y + (ROW - BAR_HEIGHT) / 2,
                    "width": width,
                    "height": BAR_HEIGHT,
                    "fill": TONE_COLOURS[tone],
                },
                tooltip(f"{row.label}：{segment.label}{amount(count)}"),
            )
        )
        shown = amount(count)
        if count > 0 and text_width(shown) + 4.0 <= width:
            parts.append(
                text(
                    shown,
                    {
                        "class": "chart-count",
                        "x": x + width / 2,
                        "y": y + ROW / 2 + 4.0,
                        "text-anchor": "middle",
                        "fill": "#ffffff",
                    },
                )
            )
        x += width
    total = sum(_count(row, segment.key) for segment in segments)
    parts.append(
        text(amount(total), {"class": "chart-total", "x": x + 4.0, "y": y + ROW / 2 + 4.0})
    )
    return linked(row.href, element("g", {"class": "chart-row"}, *parts))


def stacked_bar_chart(
    rows: Sequence[StackedRow], *, segments: Sequence[Segment], title: str
) -> str:
    """堆积条形图 as an ``<svg class="chart chart-stacked">`` string.

    Each segment is a ``<rect class="chart-segment seg-KEY tone-X" data-row data-segment
    data-count>``; each row a ``<g class="chart-row">`` (in an ``<a>`` when it has ``href``).
    The legend lists the segments. The root carries ``data-rows``, ``data-segments`` and
    ``data-scale`` (the largest total).
    """
    keys = [css_key(segment.key) for segment in segments]
    if len(set(keys)) != len(keys):
        raise ValueError(f"segment keys must differ: {keys}")
    if not rows or not segments:
        return empty("stacked", title)
    totals = [sum(_count(row, key) for key in keys) for row in rows]
    scale = max([*totals, 1.0])
    bottom = TOP + len(rows) * ROW
    body = [
        element(
            "line",
            {
                "class": "chart-axis",
                "x1": BAR_LEFT,
                "y1": TOP,
                "x2": BAR_LEFT,
                "y2": bottom,
                "stroke": GRID,
            },
        ),
    ]
    labels = labels_apart([row.label for row in rows], LABEL_RIGHT - 8.0)
    body += [_row(row, labels[i], i, segments, scale) for i, row in enumerate(rows)]
    items = [
        LegendItem(s.label, f"swatch-{s.key} tone-{s.colour_tone}", TONE_COLOURS[s.colour_tone])
        for s in segments
    ]
    key, key_height = legend(items, bottom + 4.0)
    body.append(key)
    data: dict[str, AttrValue] = {
        "rows": len(rows),
        "segments": len(segments),
        "scale": datum(scale),
    }
    summary = "；".join(
        f"{row.label}："
        + "、".join(
            f"{s.label}{amount(_count(row, key))}" for s, key in zip(segments, keys, strict=True)
        )
        for row in rows
    )
    return root("stacked", bottom + 4.0 + key_height + 6.0, title, body, data, summary)
