"""图表: server-side SVG charts for 双监控 and 自评, framework-free.

Each function returns one ``<svg>`` string to inline in a page (``{{ svg|safe }}``) or to
write as a standalone ``.svg`` file; see docs/charts.md for the classes and data attributes.

* :func:`spending_chart` — 预算执行进度 (plan, 序时进度, actual, forecast, monitoring date);
* :func:`bar_chart` — one horizontal bar per project (score by grade, execution rate);
* :func:`stacked_bar_chart` — per department, projects per light or per grade;
* :func:`distribution_chart` — a few columns, e.g. the grade distribution.
"""

from jixiao.charts.bars import Bar, Reference, bar_chart
from jixiao.charts.distribution import distribution_chart
from jixiao.charts.spending import SpendingSeries, spending_chart
from jixiao.charts.stacked import Segment, StackedRow, stacked_bar_chart
from jixiao.charts.svg import GRADE_TONES, Tone

__all__ = [
    "GRADE_TONES",
    "Bar",
    "Reference",
    "Segment",
    "SpendingSeries",
    "StackedRow",
    "Tone",
    "bar_chart",
    "distribution_chart",
    "spending_chart",
    "stacked_bar_chart",
]
