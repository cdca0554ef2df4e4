"""Where a form begins in a text flattened to one cell per line.

A document site's preview of several 自评表 runs their cells on, one per line, with no
separator between the forms: '项目名称 | 商品质量检测经费 | 主管部门 | … | 项目资金 | 年初预算数 |
… | 分值 | 执行率 | 得分 | …'. Such a run opening with the 项目名称 label and its value is
the next form's header block, and a second 项目名称 in a run ends the form before it: its
budget columns (分值, 得分) are no indicator grid's header,
and reading them as one would start a grid on a project with no name, so the form's name,
total and figures would land on the form after it.
"""

from __future__ import annotations

from jixiao.importers.blocks import Cell, Row
from jixiao.importers.mapping.vocabulary import vocabulary


def opens_form(row: Row) -> bool:
    """Whether ``row`` is a stream's run of cells opening with 项目名称 and its value."""
    if not row.packed or len(row.cells) <= 2:
        return False
    words = vocabulary()
    if words.field_of(row.cells[0].text) != "name":
        return False
    # '项目名称 | 项目单位 | … | 一级指标 | …': the header of a grid listing projects (the
    # label's neighbour another label, the levels named), not a form's label and value
    levels = ("level1", "level2", "level3")
    return not (
        words.field_of(row.cells[1].text)
        and any(words.role_of(c.text) in levels for c in row.cells)
    )


def new_stream(stream: tuple[int | None, list[Cell]], row: Row) -> bool:
    """Whether the one-cell-per-line ``row`` begins a stream of its own after ``stream``
    (its table's number and cells so far): another table's, or the next form's 项目名称 when
    the stream already holds a form's."""
    if stream[0] != row.table:
        return True
    return _names_project(row.cells[0].text) and any(_names_project(c.text) for c in stream[1])


def _names_project(text: str) -> bool:
    return "名称" in text and vocabulary().field_of(text) == "name"
