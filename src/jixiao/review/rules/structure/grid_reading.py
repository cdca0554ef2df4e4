"""How the import read a project's indicator grid, as far as the structure rules need it.

A table of another province may leave its 一级 column empty (a merged cell the text
rendering lost, a template without one): the 一级 of its rows then follows from their 二级
names. That inference is sound only on a grid the import read whole — its 项目名称 read
from the form, every row's 二级 from a cell of its own column, no row of the document left
out. A prose report names its indicators in sentences (no 二级 cell) and may tell only some
of them; a stored fragment starts inside the grid, without the form's 项目名称: on those a
level missing from what was read need not be missing from the document.
"""

from __future__ import annotations

from jixiao.model.source import SourceRef
from jixiao.review.context import ProjectView

# the import's warnings for a row of the document it read but did not keep as an indicator
_ROWS_LEFT_OUT = frozenset(
    {"row-not-understood", "row-outside-table", "row-not-indicator", "indicator-without-value"}
)


def _a_cell(ref: SourceRef | None) -> bool:
    """Whether ``ref`` is a cell of a table (a column of a text line, Word, PDF; an Excel cell)."""
    return ref is not None and (ref.col is not None or ref.cell is not None)


def grid_read_whole(p: ProjectView) -> bool:
    """Whether the import read ``p``'s indicators as a grid, whole (see the module)."""
    project = p.project
    if not project.indicators or "name" not in project.sources:
        return False
    if any(w.code in _ROWS_LEFT_OUT for w in p.plan.plan.warnings):
        return False
    return all(_a_cell(i.sources.get("level2")) for i in project.indicators)
