"""Indicator grids of the synthetic plans, written in the layouts the grid stage reads.

Each renderer writes a table the way page flattening or an office program writes it;
``bench/import_speed.py`` times the grid stage on them next to a bare parse.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable

from jixiao.model.plan import DepartmentPlan

Grid = list[list[str]]
HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"]
# the indicator grid of a 项目支出绩效运行监控表 (half-year 监控), as its templates label it
MONITORING_HEADER = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "1-6月实际完成值",
    "全年预计完成值",
    "完成目标可能性",
    "偏差原因分析",
)


def plan_grid(plan: DepartmentPlan) -> Grid:
    rows = [HEADER]
    for project in plan.projects:
        for item in project.indicators:
            rows.append([item.level1, item.level2, item.level3, item.description, item.value])
    return [[cell.replace("|", "/").replace("\n", "").strip() for cell in row] for row in rows]


def pipe_rows(grid: Grid) -> str:
    return "\n".join("| " + " | ".join(row) + " |" for row in grid)


def cell_per_line(grid: Grid) -> str:
    lines: list[str] = []
    for row in grid:
        lines.append("|")
        lines.extend(f"{cell} |" for cell in row)
    return "\n".join(lines)


def cell_stream(grid: Grid) -> str:
    return "\n\n".join(cell or "\u00a0" for row in grid for cell in row)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def space_rows(grid: Grid) -> str:
    """Monospaced columns, as ``pdftotext -layout`` writes a table."""
    grid = [[cell.replace(" ", "") for cell in row] for row in grid]
    widths = [max(_width(row[c]) for row in grid) + 2 for c in range(len(grid[0]))]
    return "\n".join(
        "".join(cell + " " * (widths[c] - _width(cell)) for c, cell in enumerate(row)).rstrip()
        for row in grid
    )


def html_page(grid: Grid) -> str:
    body = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in grid
    )
    return (
        '<html><head><meta charset="utf-8"><title>绩效目标表</title></head><body>'
        f"<p>(2025年度)</p><table border=1>{body}</table></body></html>"
    )


TEXT_LAYOUTS: dict[str, Callable[[Grid], str]] = {
    "pipe rows": pipe_rows,
    "cell-per-line |": cell_per_line,
    "cell stream": cell_stream,
    "space rows": space_rows,
}
