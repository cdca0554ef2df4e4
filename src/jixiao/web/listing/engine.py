"""Run a :class:`ListSpec` on a request's query string: filter, search, sort, total and
page — on a QuerySet in the database, on a list in Python. Malformed parameters are
ignored (a list page never fails on its query string)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import FieldError
from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet, Sum
from django.http import QueryDict

from jixiao.textnorm.natural import natural_key
from jixiao.web.listing.spec import Column, Filter, ListSpec, resolve

MAX_SEARCH = 100


@dataclass(frozen=True)
class Cell:
    text: str
    link: str
    html: Any
    numeric: bool


@dataclass(frozen=True)
class Line:
    row: Any
    pick: int | None  # the id a batch checkbox carries
    cells: list[Cell]


@dataclass(frozen=True)
class Header:
    column: Column
    sort_link: str  # "" when not sortable
    direction: str  # "asc", "desc" or "" (not the current sort)


@dataclass(frozen=True)
class FilterControl:
    filter: Filter
    options: Sequence[tuple[str, str]]
    selected: str


@dataclass
class ListPage:
    spec: ListSpec
    rows: Sequence[Any]
    """Every filtered row, in order (what 导出Excel writes)."""
    page: Page[Any]
    page_size: int
    headers: list[Header]
    lines: list[Line]
    totals: dict[str, Any]
    total_cells: list[str] | None
    filters: list[FilterControl]
    q: str
    sort: str
    count: int

    def query(self, **changes: str) -> str:
        """The current query string with ``changes`` (empty value: dropped)."""
        return _query(self._params, changes)

    _params: QueryDict | None = None

    @property
    def selectable(self) -> bool:
        """Rows carry a checkbox for batch actions (the template cannot test the callable:
        it would call it)."""
        return self.spec.select is not None

    @property
    def export_link(self) -> str:
        return self.query(export="xlsx", page="")

    @property
    def page_links(self) -> list[tuple[int, str, bool]]:
        """(number, link, current) for the pages around this one (±3), and the first and
        last page."""
        current = self.page.number
        last = self.page.paginator.num_pages
        numbers = sorted({1, last, *range(max(1, current - 3), min(last, current + 3) + 1)})
        return [(n, self.query(page=str(n)), n == current) for n in numbers]


def _query(params: QueryDict | None, changes: dict[str, str]) -> str:
    merged = params.copy() if params is not None else QueryDict(mutable=True)
    for key, value in changes.items():
        if value:
            merged[key] = value
        elif key in merged:
            del merged[key]
    encoded = merged.urlencode()
    return f"?{encoded}" if encoded else "?"


def _text(value: str) -> str:
    """A query value as the database can take it: trimmed, bounded, no NUL (PostgreSQL
    refuses NUL in text: a malformed parameter must not become a server error)."""
    return value.replace("\x00", "").strip()[:MAX_SEARCH]


def _clean(value: str, integer: bool) -> str | None:
    value = _text(value)
    if not value:
        return None
    if integer and not re.fullmatch(r"[0-9]{1,9}", value):  # ASCII digits: int() takes them
        return None
    return value


def _filter(rows: Any, each: Filter, value: str) -> Any:
    if each.conditions is not None:
        condition = each.conditions.get(value)
        return rows if condition is None else rows.filter(condition)
    field, integer = each.field, each.integer
    wanted: Any = int(value) if integer else value
    if isinstance(rows, QuerySet):
        return rows.filter(**{field: wanted})
    return [r for r in rows if resolve(r, field) == wanted or str(resolve(r, field)) == value]


def _crosses_many(model: Any, path: str) -> bool:
    """Whether ``path`` (``department__units__name``) goes through a to-many relation."""
    for part in path.split("__")[:-1]:
        field = model._meta.get_field(part)
        if field.many_to_many or field.one_to_many:
            return True
        model = field.related_model
    return False


def _search(rows: Any, fields: Sequence[str], q: str) -> Any:
    if isinstance(rows, QuerySet):
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": q})
        if any(_crosses_many(rows.model, f) for f in fields):
            # a plan found by two of its units is still one row (a join would repeat it)
            matching = rows.model._default_manager.filter(condition).values("pk")
            return rows.filter(pk__in=matching)
        return rows.filter(condition)
    lowered = q.lower()
    return [r for r in rows if any(lowered in str(resolve(r, f) or "").lower() for f in fields)]


def _sort(rows: Any, spec: ListSpec, sort: str) -> tuple[Any, str]:
    key = sort.lstrip("-")
    column = spec.column(key)
    if (
        column is None
        or not column.sort_field
        or (isinstance(rows, QuerySet) and column.value is not None and column.sort is None)
    ):
        return rows, ""
    descending = sort.startswith("-")
    if isinstance(rows, QuerySet):
        field = column.sort_field
        order = rows.query.order_by or rows.model._meta.ordering or []
        return rows.order_by(f"-{field}" if descending else field, *order, "pk"), sort

    def by(row: Any) -> tuple[bool, Any]:
        value = column.read(row) if column.value is not None else resolve(row, column.sort_field)
        if isinstance(value, str):  # as read, like Department.sort_key: 样本3 before 样本28
            return (not value, natural_key(value))
        return (value is None, value if value is not None else 0)

    present = [r for r in rows if by(r)[0] is False]
    missing = [r for r in rows if by(r)[0] is True]
    present.sort(key=lambda r: by(r)[1], reverse=descending)
    return present + missing, sort  # empty values last either way


def _totals(rows: Any, spec: ListSpec) -> dict[str, Any]:
    totals: dict[str, Any] = {}
    summed = [c for c in spec.columns if c.total]
    if not summed:
        return totals
    if isinstance(rows, QuerySet) and all(c.value is None for c in summed):
        try:
            found = rows.aggregate(**{f"total_{c.key}": Sum(c.sort_field) for c in summed})
        except FieldError:  # a sum over an aggregate annotation: add up in Python below
            pass
        else:
            return {c.key: found[f"total_{c.key}"] or 0 for c in summed}
    for column in summed:
        values = [column.read(r) for r in rows]
        totals[column.key] = sum((Decimal(str(v)) for v in values if v is not None), Decimal(0))
    return totals


def run_list(spec: ListSpec, rows: Any, params: QueryDict) -> ListPage:
    """The page the query string asks for; ``rows`` is a QuerySet or a list."""
    controls = []
    for each in spec.filters:
        value = _clean(params.get(each.param, ""), each.integer)
        if value is not None:
            rows = _filter(rows, each, value)
        controls.append(FilterControl(each, each.options(), value or ""))
    q = _text(params.get("q", "") or "")
    if q and spec.search:
        rows = _search(rows, spec.search, q)
    rows, sort = _sort(rows, spec, params.get("sort", "") or spec.default_sort)
    if not sort and spec.default_sort:
        rows, sort = _sort(rows, spec, spec.default_sort)
    size_text = params.get("size", "")
    size = int(size_text) if size_text in {str(s) for s in spec.page_sizes} else spec.page_sizes[0]
    page = Paginator(rows, size).get_page(params.get("page"))
    totals = _totals(rows, spec)
    headers = []
    for column in spec.columns:
        sortable = bool(column.sort_field) and not (
            isinstance(rows, QuerySet) and column.value is not None and column.sort is None
        )
        direction = "asc" if sort == column.key else "desc" if sort == f"-{column.key}" else ""
        following = f"-{column.key}" if direction == "asc" else column.key
        headers.append(
            Header(
                column,
                _query(params, {"sort": following, "page": ""}) if sortable else "",
                direction,
            )
        )
    lines = [
        Line(
            row,
            spec.select(row) if spec.select else None,
            [
                Cell(
                    column.text(column.read(row)),
                    column.link(row) if column.link else "",
                    column.html(row) if column.html else None,
                    column.numeric,
                )
                for column in spec.columns
            ],
        )
        for row in page.object_list
    ]
    total_cells = None
    if totals:
        total_cells = [
            spec.columns[i].text(totals[c.key]) if c.key in totals else ""
            for i, c in enumerate(spec.columns)
        ]
    result = ListPage(
        spec=spec,
        rows=rows,
        page=page,
        page_size=size,
        headers=headers,
        lines=lines,
        totals=totals,
        total_cells=total_cells,
        filters=controls,
        q=q,
        sort=sort,
        count=page.paginator.count,
    )
    result._params = params
    return result
