"""The figures a self-evaluation states outside its indicator grid: a glued budget line,
the budget, amount spent and 执行率 told in prose, the stated 总分 — and, for a report
told wholly in prose (no grid, no 项目名称 block), the one project they are figures of.

A report with no table still evaluates one project or department ('…项目绩效自评报告',
'…整体支出绩效自评报告'): it gets a project named by its title only when its prose states
a budget, a rate, a total or a grade; a report stating none stays without projects (its
'no-structure' warning says so).
"""

from __future__ import annotations

from jixiao.importers.blocks import Block
from jixiao.importers.mapping.glued_budget import read_glued_budget
from jixiao.importers.mapping.prose_budget import read_prose_budget
from jixiao.importers.mapping.prose_grade import read_prose_grade
from jixiao.importers.mapping.prose_stated_budget import read_stated_budget
from jixiao.importers.mapping.stated_total import read_stated_totals
from jixiao.model.plan import Project


def _states_a_figure(project: Project) -> bool:
    figures = (project.budget_total, project.execution_rate, project.total_score, project.grade)
    return any(figure is not None for figure in figures)


def read_report_figures(
    projects: list[Project], blocks: list[Block], subject: str
) -> list[Project]:
    """The self-evaluation's projects with the figures its text states; with none read
    from a table, the report's own project when its prose states a figure of it."""
    told = projects or [Project(name=subject)]
    read_glued_budget(told, blocks)
    read_prose_budget(told, blocks)
    read_stated_budget(told, blocks)
    read_stated_totals(told, blocks)
    if projects:
        return projects
    read_prose_grade(told, blocks)
    return told if _states_a_figure(told[0]) else []
