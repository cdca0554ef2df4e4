"""The small SVG toolkit shared by the charts: escaping, numbers, the root element, legend.

Every chart is one ``<svg>`` string. Colours are set twice on purpose: a CSS class
(``chart-plan``, ``tone-red``…) for the web page's stylesheet, and an inline presentation
attribute (``stroke="#1f6fb2"``) as the default — presentation attributes lose to any CSS
rule, so a stylesheet wins in the browser while a standalone file or a PDF still looks right.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, get_args
from xml.sax.saxutils import escape, quoteattr

from jixiao.model.figures import figure_text
from jixiao.model.percent import percent_text

Number = int | float | Decimal
"""An input number: Decimal from the domain model, float or int from elsewhere."""

Tone = Literal["good", "fair", "poor", "bad", "neutral", "red", "yellow", "green", "unfilled"]
"""The colour of a bar: a grade (优 good, 良 fair, 中 poor, 差 bad), a light (grey: 未填报),
or neutral."""

TONES: tuple[str, ...] = get_args(Tone)
TONE_COLOURS: dict[str, str] = {
    "good": "#2e7d32",
    "fair": "#7cb342",
    "poor": "#f9a825",
    "bad": "#c62828",
    "neutral": "#5b7b9a",
    "red": "#d32f2f",
    "yellow": "#f9a825",
    "green": "#388e3c",
    "unfilled": "#9e9e9e",
}
TONE_LABELS: dict[str, str] = {
    "good": "优",
    "fair": "良",
    "poor": "中",
    "bad": "差",
    "neutral": "其他",
    "red": "红灯",
    "yellow": "黄灯",
    "green": "绿灯",
    "unfilled": "未填报",
}
GRADE_TONES: dict[str, Tone] = {"优": "good", "良": "fair", "中": "poor", "差": "bad"}

SVG_NS = "http://www.w3.org/2000/svg"
WIDTH = 640.0  # the viewBox width of every chart; the height follows the content
FONT_SIZE = 12.0
FONT = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif"
INK = "#333333"
MUTED = "#6b7280"
GRID = "#e5e7eb"
EMPTY_TEXT = "暂无数据"

# Characters XML 1.0 cannot carry at all (escaping does not help): dropped from any text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CSS_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SAFE_HREF = re.compile(r"(https?://|/|\?|#|\.)", re.IGNORECASE)

AttrValue = str | int | float | None


def finite(value: Number | None) -> float | None:
    """``value`` as a float, or None when it is missing, NaN or infinite."""
    if value is None:
        return None
    try:
        number = float(value)
    except (OverflowError, ValueError):  # a signalling Decimal NaN cannot become a float
        return None
    return number if math.isfinite(number) else None


def clamp(value: float, low: float, high: float) -> float:
    return min(high, max(low, value))


def coord(value: float) -> str:
    """A coordinate with at most two decimals: 12.5, 300, never "nan" or "-0"."""
    if not math.isfinite(value):
        raise ValueError(f"non-finite coordinate {value!r}")
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def datum(value: float) -> str:
    """A number for a ``data-*`` attribute: up to four decimals, 0.5 → "0.5", 1 → "1"."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def amount(value: float, places: int = 2) -> str:
    """A number for display: 92.5, 87, 1234.56 — rounded as the messages round it
    (:func:`jixiao.model.figures.figure_text`)."""
    return figure_text(value, places)


def percent(share: float) -> str:
    """A share as a percentage for display: 0.5 → "50%", 0.1234 → "12.34%" — rounded as
    everything compares it (:func:`jixiao.model.percent.percent_text`)."""
    return percent_text(share)


def escaped(content: str) -> str:
    """Element text: markup escaped, a carriage return kept (a parser would turn it into \\n)."""
    return escape(clean(content), {"\r": "&#13;"})


def clean(text: str) -> str:
    """``text`` without the characters XML cannot hold."""
    return _NOT_XML.sub("", text)


def css_key(key: str) -> str:
    """``key`` if it can be a CSS class suffix (ASCII letters, digits, - and _)."""
    if not _CSS_KEY.fullmatch(key):
        raise ValueError(f"chart key {key!r} must be ASCII letters, digits, '-' or '_'")
    return key


def tone_of(tone: str) -> str:
    """``tone`` checked against :data:`Tone`."""
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}; one of {', '.join(TONES)}")
    return tone


def safe_href(href: str | None) -> str | None:
    """A link kept only when it is relative or http(s) — never ``javascript:``."""
    if href and _SAFE_HREF.match(href.strip()):
        return href.strip()
    return None


def element(name: str, attrs: Mapping[str, AttrValue], *children: str) -> str:
    """``<name attrs>children</name>``; floats are coordinates, None drops the attribute."""
    parts = [name]
    for key, value in attrs.items():
        if value is None:
            continue
        shown = coord(value) if isinstance(value, float) else str(value)
        parts.append(f"{key}={quoteattr(clean(shown))}")
    head = " ".join(parts)
    if not children:
        return f"<{head}/>"
    return f"<{head}>{''.join(children)}</{name}>"


def text(content: str, attrs: Mapping[str, AttrValue], *extra: str) -> str:
    """A ``<text>`` with escaped content (and ``extra`` children such as a ``<title>``)."""
    return element("text", {"fill": INK, **attrs}, *extra, escaped(content))


def tooltip(content: str) -> str:
    """A ``<title>``: the accessible name of its parent, shown as a tooltip."""
    return element("title", {}, escaped(content))


def text_width(content: str, size: float = FONT_SIZE) -> float:
    """Estimated width of ``content``: a full-width (CJK) character is 1 em, others 0.6 em."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else 0.6 * size for c in content)


def truncate(content: str, width: float, size: float = FONT_SIZE) -> str:
    """``content`` cut to fit ``width``, ending with an ellipsis when cut."""
    if text_width(content, size) <= width:
        return content
    cut = content
    while cut and text_width(cut + "…", size) > width:
        cut = cut[:-1]
    return cut + "…"


def middle_cut(content: str, width: float, size: float = FONT_SIZE) -> str:
    """``content`` cut in the middle to fit ``width``: its start and its end kept as evenly
    as they fit around the ellipsis (「张家口市机…（样本13）」)."""
    if text_width(content, size) <= width:
        return content
    for kept in range(len(content) - 1, 0, -1):
        head, tail = content[: (kept + 1) // 2], content[len(content) - kept // 2 :]
        if text_width(f"{head}…{tail}", size) <= width:
            return f"{head}…{tail}"
    return "…"


def labels_apart(labels: Sequence[str], width: float, size: float = FONT_SIZE) -> list[str]:
    """Each label fitted to ``width``: cut at the end, or — where that makes two different
    labels read the same, as the departments 「张家口市机关事务管理局（样本13）」 and
    「…（样本18）」 both read 「张家口市机关事务管理…」 — in the middle, keeping their ends."""
    ended = [truncate(label, width, size) for label in labels]
    sources: dict[str, set[str]] = {}
    for label, cut in zip(labels, ended, strict=True):
        sources.setdefault(cut, set()).add(label)
    return [
        cut if len(sources[cut]) == 1 else middle_cut(label, width, size)
        for label, cut in zip(labels, ended, strict=True)
    ]


def unit_caption(unit: str) -> str:
    """ "单位：分" in the top-left corner, or nothing when there is no unit."""
    if not unit:
        return ""
    return text(f"单位：{unit}", {"class": "chart-unit", "x": 8.0, "y": 14.0, "fill": MUTED})


def root(
    kind: str,
    height: float,
    name: str,
    body: Iterable[str],
    data: Mapping[str, AttrValue],
    summary: str = "",
) -> str:
    """The ``<svg>`` of a chart: responsive width, ``role="img"``, a ``<title>`` first and
    the ``summary`` of its figures in a ``<desc>``: under ``role="img"`` a screen reader
    reads the name and description only — never the bars' own texts — so without one a
    chart was 「各项目自评得分，图像」 and not a figure of it."""
    attrs: dict[str, AttrValue] = {
        "xmlns": SVG_NS,
        "viewBox": f"0 0 {coord(WIDTH)} {coord(height)}",
        "width": "100%",
        "role": "img",
        "class": f"chart chart-{kind}",
        "font-family": FONT,
        "font-size": coord(FONT_SIZE),
    }
    attrs |= {f"data-{key}": value for key, value in data.items()}
    described = [element("desc", {}, escaped(summary))] if summary else []
    return element("svg", attrs, tooltip(name), *described, *body)


def empty(kind: str, name: str) -> str:
    """A chart with nothing to draw: the title and 暂无数据, still a valid ``<svg>``."""
    height = 60.0
    note = text(
        EMPTY_TEXT,
        {
            "class": "chart-empty",
            "x": WIDTH / 2,
            "y": height / 2 + 4,
            "text-anchor": "middle",
            "fill": MUTED,
        },
    )
    # the 暂无数据 drawn is hidden under role="img": the <desc> says it
    return root(kind, height, name, [note], {"empty": "true"}, EMPTY_TEXT)


Swatch = Literal["line", "dashed", "dotted", "box", "point"]


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One legend entry: a small drawing in the series' colour, then its label.

    ``css`` is the swatch's own class (``swatch-plan``, ``tone-red``…): a swatch never
    carries the series' class, so a selector such as ``.chart-plan`` finds only the series.
    """

    label: str
    css: str
    colour: str
    swatch: Swatch = "box"


_DASHES: dict[str, str | None] = {"line": None, "dashed": "6 4", "dotted": "2 3", "point": None}


def _swatch(item: LegendItem, x: float, y: float) -> str:
    if item.swatch == "box":
        return element(
            "rect",
            {
                "class": f"chart-swatch {item.css}",
                "x": x,
                "y": y - 9.0,
                "width": 14.0,
                "height": 10.0,
                "fill": item.colour,
            },
        )
    line = element(
        "line",
        {
            "class": f"chart-swatch {item.css}",
            "x1": x,
            "y1": y - 4.0,
            "x2": x + 18.0,
            "y2": y - 4.0,
            "stroke": item.colour,
            "stroke-width": 2,
            "stroke-dasharray": _DASHES[item.swatch],
        },
    )
    if item.swatch != "point":
        return line
    dot = element(
        "circle",
        {
            "cx": x + 9.0,
            "cy": y - 4.0,
            "r": 3.0,
            "fill": "#ffffff",
            "stroke": item.colour,
            "stroke-width": 1.5,
        },
    )
    return line + dot


def legend(items: Sequence[LegendItem], top: float) -> tuple[str, float]:
    """The legend as a ``<g class="chart-legend">`` flowing in rows from ``top``; its height."""
    if not items:
        return "", 0.0
    left, right, row = 12.0, WIDTH - 12.0, 18.0
    x, y = left, top + 13.0
    parts: list[str] = []
    for item in items:
        label = truncate(item.label, right - left - 24.0)
        width = 22.0 + text_width(label) + 16.0
        if x > left and x + width > right:
            x, y = left, y + row
        parts.append(_swatch(item, x, y))
        parts.append(text(label, {"x": x + 22.0, "y": y}))
        x += width
    return element("g", {"class": "chart-legend"}, *parts), y - top + 6.0
