"""横向条形图: one bar per project — a score coloured by grade, an execution rate by light.

Values are in the chart's ``unit`` (scores in 分, rates in % as 0–100). The scale runs
from 0 to ``maximum``, or to the largest value when one passes it (nothing is clipped);
a negative or missing value draws no bar. Long names are cut with an ellipsis; the full
name stays in a ``<title>``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jixiao.charts.svg import (
    GRID,
    MUTED,
    TONE_COLOURS,
    TONE_LABELS,
    TONES,
    WIDTH,
    AttrValue,
    LegendItem,
    Number,
    Tone,
    amount,
    datum,
    element,
    empty,
    finite,
    labels_apart,
    legend,
    root,
    safe_href,
    text,
    text_width,
    tone_of,
    tooltip,
    truncate,
    unit_caption,
)

REFERENCE_COLOUR = "#555555"

# Columns of the 640-wide viewBox: name | bar | value.
LABEL_RIGHT = 184.0
BAR_LEFT = 192.0
VALUE_WIDTH = 72.0
BAR_WIDTH = WIDTH - BAR_LEFT - VALUE_WIDTH - 8.0
TOP, ROW, BAR_HEIGHT = 26.0, 26.0, 16.0


@dataclass(frozen=True)
class Bar:
    """One bar: a label (a project name), its value, its colour and, optionally, a link."""

    label: str
    value: Number | None
    tone: Tone = "neutral"
    text: str | None = None
    """Printed at the bar's end instead of the value and unit."""
    href: str | None = None
    """Where a click on the row goes (relative or http(s) links only)."""


@dataclass(frozen=True)
class Reference:
    """A vertical reference line across the bars: a target (90%) or a grade boundary."""

    value: Number
    label: str = ""


def value_text(value: float | None, unit: str) -> str:
    """The printed value: "92.5分", "87%", "—" when missing."""
    return "—" if value is None else f"{amount(value)}{unit}"


def scale_max(values: Sequence[float | None], maximum: Number) -> float:
    """The value at the right end of the scale: ``maximum``, or the largest value above it."""
    top = max([0.0, *(v for v in values if v is not None)])
    given = finite(maximum)
    top = max(top, given if given is not None and given > 0 else 0.0)
    return top if top > 0 else 1.0


def tone_legend(tones: Sequence[str], labels: Mapping[str, str] | None) -> list[LegendItem]:
    """Legend entries for the tones used, in the order of :data:`Tone`, neutral left out."""
    names = {**TONE_LABELS, **(labels or {})}
    return [
        LegendItem(names[tone], f"swatch-{tone} tone-{tone}", TONE_COLOURS[tone])
        for tone in TONES
        if tone in tones and tone != "neutral"
    ]


def linked(href: str | None, content: str) -> str:
    """``content`` wrapped in a link when there is a safe one."""
    target = safe_href(href)
    return element("a", {"href": target}, content) if target else content


def printed(bar: Bar, unit: str) -> str:
    """What is printed by the bar: its own ``text``, else the value and unit."""
    return bar.text if bar.text is not None else value_text(finite(bar.value), unit)


def bar_rect(bar: Bar, css: str, unit: str, box: tuple[float, float, float, float]) -> str:
    """The ``<rect class="{css} tone-X" data-label data-value>`` of a bar; box = x, y, w, h."""
    value = finite(bar.value)
    tone = tone_of(bar.tone)
    x, y, width, height = box
    return element(
        "rect",
        {
            "class": f"{css} tone-{tone}",
            "data-label": bar.label,
            "data-value": "" if value is None else datum(value),
            "x": x,
            "y": y,
            "width": width,
            "height": height,
            "fill": TONE_COLOURS[tone],
        },
        tooltip(f"{bar.label}：{value_text(value, unit)}"),
    )


def _row(bar: Bar, shown_label: str, index: int, top: float, scale: float, unit: str) -> str:
    value = finite(bar.value)
    y = top + index * ROW
    width = 0.0 if value is None else max(0.0, min(value, scale)) / scale * BAR_WIDTH
    label = text(
        shown_label,
        {"class": "chart-label", "x": LABEL_RIGHT, "y": y + ROW / 2 + 4.0, "text-anchor": "end"},
        tooltip(bar.label),
    )
    rect = bar_rect(
        bar, "chart-bar", unit, (BAR_LEFT, y + (ROW - BAR_HEIGHT) / 2, width, BAR_HEIGHT)
    )
    shown = truncate(printed(bar, unit), VALUE_WIDTH - 4.0)
    # the printed score sits on a patch of the card's white: a 良/优 line crossing it (a
    # score just under a boundary) ran through its digits
    back = element(
        "rect",
        {
            "class": "chart-value-back",
            "x": BAR_LEFT + width + 2.0,
            "y": y + 2.0,
            "width": text_width(shown) + 6.0,
            "height": ROW - 4.0,
            "fill": "#ffffff",
        },
    )
    figure = text(
        shown, {"class": "chart-value", "x": BAR_LEFT + width + 4.0, "y": y + ROW / 2 + 4.0}
    )
    return linked(bar.href, element("g", {"class": "chart-row"}, label, rect, back, figure))


def _reference(ref: Reference, top: float, bottom: float, scale: float) -> str:
    value = finite(ref.value)
    if value is None or not 0 <= value <= scale:
        return ""
    x = BAR_LEFT + value / scale * BAR_WIDTH
    line = element(
        "line",
        {
            "class": "chart-reference",
            "data-value": datum(value),
            "x1": x,
            "y1": top - 4.0,
            "x2": x,
            "y2": bottom,
            "stroke": REFERENCE_COLOUR,
            "stroke-width": 1,
            "stroke-dasharray": "4 3",
        },
    )
    label = text(
        ref.label or amount(value),
        {
            "class": "chart-reference-label",
            "x": x,
            "y": top - 8.0,
            "text-anchor": "middle",
            "font-size": "10",
            "fill": MUTED,
        },
    )
    return line + label


def bar_chart(
    bars: Sequence[Bar],
    *,
    maximum: Number,
    unit: str,
    title: str,
    references: Sequence[Reference] = (),
    legend_labels: Mapping[str, str] | None = None,
) -> str:
    """横向条形图 as an ``<svg class="chart chart-bars">`` string.

    Each bar is a ``<rect class="chart-bar tone-X" data-label data-value>`` in a
    ``<g class="chart-row">`` (in an ``<a>`` when it has ``href``); reference lines are
    ``<line class="chart-reference" data-value>``. The legend names the tones used
    (优/良/中/差, 红灯/黄灯/绿灯 unless ``legend_labels`` says otherwise). The root carries
    ``data-bars`` and ``data-scale`` (the value at the right end).
    """
    if not bars:
        return empty("bars", title)
    scale = scale_max([finite(bar.value) for bar in bars], maximum)
    bottom = TOP + len(bars) * ROW
    body = [
        unit_caption(unit),
        element(
            "line",
            {
                "class": "chart-axis",
                "x1": BAR_LEFT,
                "y1": TOP - 4.0,
                "x2": BAR_LEFT,
                "y2": bottom,
                "stroke": GRID,
            },
        ),
    ]
    # Reference lines under the bars, so that they never hide a value.
    body += [_reference(ref, TOP, bottom, scale) for ref in references]
    labels = labels_apart([bar.label for bar in bars], LABEL_RIGHT - 8.0)
    body += [_row(bar, labels[i], i, TOP, scale, unit) for i, bar in enumerate(bars)]
    key, key_height = legend(tone_legend([bar.tone for bar in bars], legend_labels), bottom + 4.0)
    body.append(key)
    data: dict[str, AttrValue] = {"bars": len(bars), "scale": datum(scale)}
    summary = "；".join([bars_summary(bars, unit, legend_labels), *_beside(bars, unit, references)])
    return root("bars", bottom + 4.0 + key_height + 6.0, title, body, data, summary)


def _beside(bars: Sequence[Bar], unit: str, references: Sequence[Reference]) -> list[str]:
    """What the chart draws besides the bars, in words: its reference lines (「参考下限15」)
    and, where the bars print their number alone, the unit (「单位：元/平方米·年」) — the
    ``<desc>`` read 「本项目：109.19（超出区间）」, neither the range nor the unit."""
    said = [ref.label or value_text(finite(ref.value), unit) for ref in references]
    alone = (b for b in bars if b.text is not None and finite(b.value) is not None)
    if unit and any(unit not in (bar.text or "") for bar in alone):
        said.append(f"单位：{unit}")
    return said


def bars_summary(bars: Sequence[Bar], unit: str, labels: Mapping[str, str] | None = None) -> str:
    """Every bar in words — 「公车改革经费：85分（良）；…」 — for the chart's ``<desc>``."""
    names = {**TONE_LABELS, **(labels or {})}
    parts = []
    for bar in bars:
        tone = names.get(bar.tone, "") if bar.tone != "neutral" else ""
        printed_text = printed(bar, unit)
        said = f"{bar.label}：{printed_text}"
        parts.append(f"{said}（{tone}）" if tone and tone != printed_text else said)
    return "；".join(parts)
