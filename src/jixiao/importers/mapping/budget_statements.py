"""The 预算数 a document states outside the header block's labelled cells, read after
whichever reading (the Hebei one or the generic one) is taken: a funds table's sums
(:mod:`funds_table`), a notice's sentence handing the fund down (:mod:`notice_budget`)."""

from __future__ import annotations

from jixiao.importers.blocks import Block
from jixiao.importers.mapping.funds_table import read_funds_tables
from jixiao.importers.mapping.notice_budget import read_notice_budget
from jixiao.model.plan import DepartmentPlan


def read_budget_statements(plan: DepartmentPlan, blocks: list[Block]) -> None:
    """Projects still without a 预算数 take the one these statements give."""
    if not plan.projects or all(p.budget_total is not None for p in plan.projects):
        return
    read_funds_tables(plan.projects, blocks)
    if plan.kind == "plan":
        read_notice_budget(plan.projects, blocks)
