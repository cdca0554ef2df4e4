"""What a list declares: its columns (how each value is read, shown, sorted and totalled)
and its filters; and the one formatting of money (万元, two decimals) and percentages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from django.db.models import Q
from django.utils.safestring import SafeString
from django.utils.timezone import is_aware, localtime

from jixiao.charts.svg import percent as svg_percent

Kind = Literal["text", "int", "money", "percent", "date", "datetime"]
NUMERIC: frozenset[str] = frozenset({"int", "money", "percent"})


def money(value: Any) -> str:
    """金额（万元）, two decimals with thousands separators: 1,234.50."""
    if value is None or value == "":
        return ""
    return f"{Decimal(str(value)):,.2f}"


def percent(share: Any) -> str:
    """A share (0.875) as a percentage, rounded as the charts and the checks round it: 87.5%."""
    if share is None or share == "":
        return ""
    return svg_percent(float(share))


def resolve(row: Any, path: str) -> Any:
    """``department__name`` → row.department.name (or row["department__name"] for dicts)."""
    if isinstance(row, dict):
        return row.get(path)
    value = row
    for part in path.split("__"):
        if value is None:
            return None
        value = getattr(value, part, None)
    return value


@dataclass(frozen=True)
class Column:
    key: str
    """The value's path on the row (``department__name``) and the sort parameter."""
    label: str
    kind: Kind = "text"
    sort: str | None = None
    """The field sorted on (a QuerySet's lookup path); default ``key``; "" for not sortable."""
    total: bool = False
    """Show a 合计 of this column (money and counts)."""
    value: Callable[[Any], Any] | None = None
    """Compute the value (else read ``key``): not sortable on a QuerySet unless ``sort``."""
    link: Callable[[Any], str] | None = None
    html: Callable[[Any], SafeString] | None = None
    """The cell's markup (a status badge…); the export still writes the plain value."""

    @property
    def header(self) -> str:
        return f"{self.label}（万元）" if self.kind == "money" else self.label

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC

    @property
    def sort_field(self) -> str:
        return self.key if self.sort is None else self.sort

    def read(self, row: Any) -> Any:
        return self.value(row) if self.value is not None else resolve(row, self.key)

    def text(self, value: Any) -> str:
        if value is None:
            return ""
        if self.kind == "money":
            return money(value)
        if self.kind == "percent":
            return percent(value)
        if self.kind == "datetime" and isinstance(value, dt.datetime):
            # stored in UTC: shown in the site's time zone (北京时间), as every page says it
            return f"{localtime(value) if is_aware(value) else value:%Y-%m-%d %H:%M}"
        if self.kind == "date" and isinstance(value, dt.date):
            return f"{value:%Y-%m-%d}"
        return str(value)


@dataclass(frozen=True)
class Filter:
    """One control of the filter bar: ``param`` in the query string filters ``field``."""

    param: str
    label: str
    field: str
    options: Callable[[], Sequence[tuple[str, str]]]
    """(value, label) pairs to choose from, computed when the page is shown."""
    integer: bool = False
    """Values are integers (ids, years): anything else is ignored."""
    conditions: Mapping[str, Q] | None = None
    """Each value's own condition, for a choice that is no value of ``field`` (「有错误」 is
    errors > 0); a value not among them is ignored. QuerySet lists only."""


@dataclass(frozen=True)
class ListSpec:
    name: str
    """Names the export file (导出文件名) and the table's id."""
    columns: tuple[Column, ...]
    filters: tuple[Filter, ...] = ()
    search: tuple[str, ...] = ()
    """Fields the text search (q) looks in."""
    search_label: str = "搜索"
    default_sort: str = ""
    """A column key, ``-key`` for descending; empty keeps the rows' order."""
    page_sizes: tuple[int, ...] = (20, 50, 100)
    select: Callable[[Any], int] | None = None
    """With batch actions: the id each row's checkbox carries."""
    extra: dict[str, Any] = field(default_factory=dict)

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)
