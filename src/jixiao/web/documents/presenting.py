"""A 公开表 / 决算表 as a plain grid for its page: the row's label first, then its cells.

The importer keeps the label apart from the cells, and a table's columns may or may not
name the label's own column(s) (项目; 科目编码 + 科目名称), so the header is fitted to the
widest row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TableView:
    title: str
    unit: str
    header: list[str]
    rows: list[list[str]]
    note: str


def table_view(table: dict[str, Any]) -> TableView:
    columns = [str(c) for c in table.get("columns") or []]
    rows = table.get("rows") or []
    width = max((len(r.get("cells") or []) for r in rows), default=0)
    label_columns = len(columns) - width
    if label_columns <= 0:
        header = ["名称", *columns]
    else:
        header = ["".join(columns[:label_columns]), *columns[label_columns:]]
    grid = []
    for row in rows:
        cells = [row.get("name") or "", *(str(c) for c in row.get("cells") or [])]
        grid.append(cells + [""] * (len(header) - len(cells)))
    return TableView(
        title=str(table.get("title") or ""),
        unit=str(table.get("money_unit") or ""),
        header=header,
        rows=grid,
        note=str(table.get("note") or ""),
    )
