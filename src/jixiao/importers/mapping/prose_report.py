"""The figures a self-evaluation states outside its indicator grid: a glued budget line,
the budget, amount spent and 执行率 told in prose, the stated 总分 — and, for a report
told wholly in prose (no grid, no 项目名称 block), the one project they are figures of.

A report with no table still evaluates one project or department ('…项目绩效自评报告',
'…整体支出绩效自评报告'): it gets a project named by its title only when its prose states
a budget, a rate, a total or a grade; a report stating none stays without projects (its
'no-structure' warning says so), and so does a report counting several projects
('新增地方政府专项债券项目3个', '实施项目共15个'): its figures are no single project's —
nor is the budget its prose states that of the one project a half-read table gave. Such a
report gets the project of its whole only where the sentence counting the projects
states their money and the amount spent over it gives the stated 执行率 (``counted_total``).
The counting phrases are pack data (``project_counts`` in profiles/import-prose-figures.json).
A plan told in prose (a 目标公示, a notice) likewise gets the project its title names
when its prose states one labelled budget ('全年预算数为 362万元', '年度预算安排:500万元')
and counts no several projects.
"""

from __future__ import annotations

from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.adjusted_budget import read_initial_budget
from jixiao.importers.mapping.arrived_budget import read_arrived_budget
from jixiao.importers.mapping.counted_total import read_counted_total
from jixiao.importers.mapping.glued_budget import read_glued_budget
from jixiao.importers.mapping.numbered_grid import read_numbered_grid
from jixiao.importers.mapping.planned_funds import read_planned_funds
from jixiao.importers.mapping.project_counts import counted_projects
from jixiao.importers.mapping.prose_budget import read_prose_budget
from jixiao.importers.mapping.prose_grade import read_prose_grade
from jixiao.importers.mapping.prose_stated_budget import read_stated_budget
from jixiao.importers.mapping.stated_total import read_stated_totals
from jixiao.importers.mapping.summed_budget import read_summed_budget
from jixiao.importers.mapping.year_investment import read_year_investment
from jixiao.model.plan import Project


def _covers_several(blocks: list[Block]) -> bool:
    for block in blocks:
        text = block.raw if isinstance(block, Paragraph) else " ".join(block.raws())
        if "个" in text and any(n > 1 for n in counted_projects(text)):
            return True
    return False


def _states_a_figure(project: Project) -> bool:
    figures = (project.budget_total, project.execution_rate, project.total_score, project.grade)
    return any(figure is not None for figure in figures)


def read_report_figures(
    projects: list[Project], blocks: list[Block], subject: str
) -> list[Project]:
    """The self-evaluation's projects with the figures its text states; with none read
    from a table, the report's own project when its prose states a figure of it."""
    several = _covers_several(blocks)
    told = projects or [Project(name=subject)]
    read_glued_budget(told, blocks)
    read_prose_budget(told, blocks)
    if not several:  # a budget told for several projects is their sum, not one's
        read_stated_budget(told, blocks)
        read_summed_budget(told, blocks)  # a bare total only where its parts add up
        read_planned_funds(told, blocks)
        read_numbered_grid(told, blocks)  # a 行次/列次 grid where its percentages agree
        read_year_investment(told, blocks)  # a 总投资 only where it is all this year's fund
        read_arrived_budget(told, blocks)  # '资金3728万元全部执行到位'
        read_initial_budget(told)  # '下达111万元…调减40万元…全年实际下达71万元'
    read_stated_totals(told, blocks)
    if projects:
        return projects
    if several:  # the counted projects' total, where its own arithmetic confirms it
        return read_counted_total(subject, blocks)
    read_prose_grade(told, blocks)
    return told if _states_a_figure(told[0]) else []


def read_plan_budget(projects: list[Project], blocks: list[Block], subject: str) -> list[Project]:
    """A plan told in prose (a notice, a 目标公示) with the labelled budget its text states
    (``read_stated_budget(plan=True)``); with no project read, its own project, named by
    its title, when its prose states one budget and counts no several projects."""
    told = projects or [Project(name=subject)]
    read_stated_budget(told, blocks, plan=True)
    if projects:
        return projects
    if not subject or told[0].budget_total is None or _covers_several(blocks):
        return []
    return told
