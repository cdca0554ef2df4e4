"""Two-row grid headers: a row of column groups over a row that refines some of them.

Self-evaluation templates print ``绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因``
over ``一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位``: the top row's
绩效指标 and 年度指标值 cells span the bottom row's columns, its other cells span both
rows. Flattened to text the two rows come one after the other (or run together in
one line, or with a label such as 一级指标 on a line of its own); the grid's columns
are then the bottom row's, followed by the top row's columns it does not refine.
In a grid that keeps its columns (Word, HTML, Excel) the bottom row's cells are laid
over the top row's, column by column.
"""

from __future__ import annotations

from jixiao.importers.blocks import Cell, Row
from jixiao.importers.mapping.header import GridHeader, parse_header

# Roles a bottom row refines: the top row's cells of these roles are column groups.
_REFINED = frozenset({"level1", "level2", "level3", "value", "sign", "unit", "midterm_value"})
# Roles only a bottom row brings: a header row with one of them can refine another.
_REFINING = frozenset({"level1", "level2", "sign", "unit"})


def stack(top: GridHeader, bottom: GridHeader, *, packed: bool) -> GridHeader | None:
    """The grid header of ``top`` over ``bottom``, or None when ``bottom`` refines nothing."""
    bottom_roles = {role for role in bottom.roles if role}
    kept = [
        (role, text, col)
        for role, text, col in zip(top.roles, top.texts, top.cols, strict=True)
        if role and role not in bottom_roles and role not in _REFINED
    ]
    if not kept or not bottom_roles & _REFINING:
        return None
    if packed:
        width = len(bottom.roles)
        while width and bottom.roles[width - 1] is None:
            width -= 1  # the blank cells a text rendering pads a row with
        roles = [*bottom.roles[:width], *(role for role, _, _ in kept)]
        texts = [*bottom.texts[:width], *(text for _, text, _ in kept)]
        return GridHeader(roles=roles, cols=list(range(len(roles))), texts=texts)
    columns: dict[int, tuple[str | None, str]] = {
        col: (role, text) for role, text, col in kept if col not in bottom.cols
    }
    for role, text, col in zip(bottom.roles, bottom.texts, bottom.cols, strict=True):
        if role is not None or col not in columns:
            columns[col] = (role, text)
    cols = sorted(columns)
    return GridHeader(
        roles=[columns[c][0] for c in cols], cols=cols, texts=[columns[c][1] for c in cols]
    )


def split_stacked(cells: list[Cell], source_row: Row) -> GridHeader | None:
    """A run of header words holding two header rows one after the other, merged.

    The bottom row starts at the first 一级 / 二级 label that follows a column the top
    row already named.
    """
    for start in range(2, len(cells) - 1):
        top_row = Row(cells=_ordinal(cells[:start]), source=source_row.source)
        bottom_row = Row(cells=_ordinal(cells[start:]), source=source_row.source)
        top = parse_header(top_row)
        bottom = parse_header(bottom_row) if top is not None else None
        if top is None or bottom is None or bottom.roles[0] not in ("level1", "level2"):
            continue
        merged = stack(top, bottom, packed=True)
        if merged is not None:
            return merged
    return None


def _ordinal(cells: list[Cell]) -> list[Cell]:
    out: list[Cell] = []
    for index, cell in enumerate(cells):
        copied = Cell(raw=cell.raw, source=cell.source, col=index)
        copied.text = cell.text
        out.append(copied)
    return out
