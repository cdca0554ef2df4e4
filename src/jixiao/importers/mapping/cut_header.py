"""A 目标表 or 自评表 cut before its grid: a stored page that ends inside the table, or a
document whose grid a mirror lost, still states the unit and the budget line above it
('预算部门、单位名称 | 衡山县贯塘乡人民政府 | … | 年度资金总额 | 861.10 | 2030.12 | 2030.12 |
10 | 100% | 10', then the page ends in the 年度总体目标 cell). Those fields are the
project's: the header block is kept as a project with no indicators, named as any
unnamed project is, by the document's title.

Only when nothing else was read, the document is a plan or a self-evaluation, and the
block read an amount of its own together with its unit or its execution rate: a lone
figure under a budget label names no project.
"""

from __future__ import annotations

from jixiao.model.plan import Project

_KINDS = frozenset({"plan", "self_evaluation"})


def _stated(project: Project) -> bool:
    amount = project.budget_total is not None or project.budget_initial is not None
    return amount and (bool(project.department) or project.execution_rate is not None)


def header_only(projects: list[Project], kind: str | None, name: str) -> list[Project]:
    """The header blocks read with no grid under them, named ``name``, when they are all
    the document states (see the module docstring); else nothing."""
    if kind not in _KINDS:
        return []
    found = [p for p in projects if not p.indicators and not p.name and _stated(p)]
    for project in found:
        project.name = name
    return found
