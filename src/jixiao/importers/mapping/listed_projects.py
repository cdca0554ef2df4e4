"""An indicator grid that lists its projects: the header names a project's fields before
the levels (``项目名称 | 项目单位 | 项目类别 | 预算数 | 年度绩效目标 | 一级指标 | … | 分值``,
内蒙古's 项目绩效目标表 flattened to text), a project's first row fills them, and the rows
after it hold the indicator cells alone (the project's cells were merged down).

A row filling every column of such a header, its 项目名称 cell no level label, opens a
project of its own: its name, 预算数 (in the page's 单位) and 年度绩效目标 are read from
the cells the header names; its indicator is read from the same row as before.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.importers.blocks import Cell
from jixiao.importers.mapping.header import GridHeader
from jixiao.importers.mapping.header_amounts import amount
from jixiao.importers.mapping.vocabulary import normalise, vocabulary
from jixiao.model.plan import Project

_LEVELS = ("level1", "level2", "level3")
_FIELDS = ("name", "budget_total", "annual_goal")


def project_columns(header: GridHeader) -> dict[str, int]:
    """The project fields the header's columns left of its levels name, by position."""
    first = next((i for i, role in enumerate(header.roles) if role in _LEVELS), 0)
    if not first:
        return {}  # (most grids: the levels come first)
    words = vocabulary()
    found: dict[str, int] = {}
    for index, text in enumerate(header.texts[:first]):
        field = words.field_of(text) if text else None
        if field in _FIELDS and field not in found:
            found[field] = index
    return found if "name" in found else {}


def listed_project(
    header: GridHeader, cells: list[Cell], current: Project, factor: Decimal
) -> Project | None:
    """The project a listing grid's row opens: ``current`` filled when nothing was read
    under it yet (None returned), else a new project; None too when the row opens none."""
    columns = project_columns(header)
    if not columns:
        return None
    first_level = next(i for i, role in enumerate(header.roles) if role in _LEVELS)
    named = [i for i, text in enumerate(header.texts) if text]
    filled = [cell for cell in cells if cell.text]
    # cells merged across projects (井研's 单位名称) are lost from the row's left end
    lost = len(named) - len(filled)
    if len(filled) <= len(named) - named.index(first_level) or not 0 <= lost <= columns["name"]:
        return None  # the indicator's cells alone, moved left: the project goes on
    at = {field: filled[named.index(i) - lost] for field, i in columns.items() if i in named}
    name = normalise(at["name"].text) if "name" in at else ""
    if not name or vocabulary().role_of(name) in _LEVELS or amount(name, Decimal(1)):
        return None  # (a department's total on a line of its own names no project)
    project = current if not (current.indicators or current.name) else Project(name="")
    project.name = name
    project.sources["name"] = at["name"].located()
    if "budget_total" in at and (total := amount(at["budget_total"].text, factor)) is not None:
        project.budget_total = total
        project.sources["budget_total"] = at["budget_total"].located()
    if "annual_goal" in at and (goal := normalise(at["annual_goal"].text)):
        project.annual_goal = goal
    return None if project is current else project
