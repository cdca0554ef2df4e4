"""The columns a goal table's header row names, a header of two rows included.

A published table often heads its grid with two rows: ``指标`` spanning the three level
columns over ``一级指标 | 二级指标 | 三级指标``, the value columns (指标值, 实际完成值 …)
merged down both rows. The lower row names the levels; the columns it leaves unnamed
(covered by the merged cells above, or blank) take their names from the row above.
"""

from __future__ import annotations

from jixiao.importers import labels
from jixiao.importers.blocks import Row


def grid_fields(row: Row, above: Row | None) -> dict[int, str]:
    """Grid column -> the field ``row`` (a header row) names there; ``above``, the row
    before it, names the columns ``row`` leaves empty."""
    # (a text line's cells: each in the column of its index, one column wide)
    spans = (
        [(col, 1, text) for col, text in enumerate(row.texts)]
        if row.lazy
        else [(cell.col, cell.span, cell.text) for cell in row.cells]
    )
    grid: dict[int, str] = {}
    for col, span, text in spans:
        field = labels.grid_column(text)
        if field is not None and field not in grid.values():
            for offset in range(span):
                grid[col + offset] = field
    if above is None or row.lazy or above.lazy:
        return grid
    empty = {col + offset for col, span, text in spans if not text for offset in range(span)}
    for cell in above.cells:
        field = labels.grid_column(cell.text) if cell.text else None
        cols = range(cell.col, cell.col + max(cell.span, 1))
        if field is not None and field not in grid.values() and all(c in empty for c in cols):
            grid.update(dict.fromkeys(cols, field))
    return grid
