"""Which departments need the finance bureau's attention, for dashboards of many of them.

A bureau with 60 departments saw 60 rows in every chart and table; it wants the ones to
act on: 有红灯, 未填报, 未完成, 逾期. Each dashboard offers a few :class:`Attention`
filters, and its charts draw the worst rows only, saying how many were left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from jixiao.textnorm.natural import natural_key
from jixiao.workflow.reports import ReportStatus

Row = TypeVar("Row")

#: How many departments a chart draws: the worst ones; the page says how many are left.
CHART_ROWS = 20
#: How many rows a dashboard's table shows before 「显示全部」.
TABLE_ROWS = 20


@dataclass(frozen=True)
class Attention:
    """A filter of a dashboard's departments: ``key`` in the address, ``label`` on the link,
    ``keeps(counts, status)`` over a department's counts (per light, grade, status…) and
    its report's status."""

    key: str
    label: str
    keeps: Callable[[Mapping[str, int], str], bool]


MONITORING = (
    Attention("red", "有红灯", lambda counts, _: counts.get("red", 0) > 0),
    Attention("unfilled", "未填报", lambda counts, _: counts.get("unfilled", 0) > 0),
    Attention("waiting", "待审核", lambda _, status: status == ReportStatus.SUBMITTED.value),
)
EVALUATION = (
    Attention("unfinished", "未完成", lambda _, status: status != ReportStatus.ACCEPTED.value),
    Attention("poor", "有“差”", lambda counts, _: counts.get("差", 0) > 0),
    Attention("waiting", "待审核", lambda _, status: status == ReportStatus.SUBMITTED.value),
)
RECTIFICATION = (
    Attention("overdue", "逾期", lambda counts, _: counts.get("overdue", 0) > 0),
    Attention("open", "未完成", lambda counts, _: counts.get("open", 0) > 0),
)


def chosen(filters: Sequence[Attention], key: str) -> Attention | None:
    """The filter named ``key`` (from the address); anything else is no filter."""
    return next((f for f in filters if f.key == key), None)


def worst_first(
    rows: Sequence[Row],
    severity: Callable[[Row], Sequence[int]],
    name: Callable[[Row], str],
    limit: int,
) -> tuple[list[Row], int]:
    """The ``limit`` rows of the highest ``severity`` (ties by name, as a person reads it)
    and how many rows were left out."""
    ordered = sorted(rows, key=lambda r: (tuple(-n for n in severity(r)), natural_key(name(r))))
    return ordered[:limit], max(0, len(ordered) - limit)


def left_out_note(shown: int, left_out: int, what: str = "个部门") -> str:
    """What a chart of the worst rows says under its title."""
    if not left_out:
        return ""
    return f"列出最需关注的{shown}{what}，另有{left_out}{what}未列出"
