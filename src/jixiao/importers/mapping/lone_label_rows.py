"""A label alone on a line of a table's run: a row of that table with no amounts.

A row with no amounts is mostly written with its empty cells ('因公出国(境)费 | ||'), which
:func:`~jixiao.importers.mapping.table_titles.empty_row_of_table` reads. Some renderings
drop them: the space-aligned line '      1.公务用车购置费    ' between two rows of figures,
or the bar line '公务用车购置费 |' closing a table. The reader put such a line in the same
table as the figures above it (its table number), so it is that table's row — when it
reads as a row's label (short, no title, unit line or note) and not as a sentence of the
notes under a table ('(1)因公出国(境)费,指单位…支出。'), a lone number (a 科目编码 or 行次
whose row the page cut: '2080207', '14'), a label awaiting what follows ('其中:') or an
indicator level's label ('时效指标' under a goal table's rows).
"""

from __future__ import annotations

from jixiao.importers.blocks import Row
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.loose_tables import LooseTable
from jixiao.importers.mapping.stream_rows import is_number
from jixiao.importers.mapping.table_titles import empty_row_of_table, label_under_figures

_SENTENCE = ("，", ",", "。", "；", ";")
_OPENING = (":", "：")


def row_without_amounts(row: Row, loose: list[LooseTable]) -> bool:
    """Whether a row holding one filled cell is a row, without amounts, of the last loose
    table: written with its empty cells, or alone in the reader's table of those figures."""
    if empty_row_of_table(row, loose):
        return True
    if len(row.cells) != 1 or row.table is None or not loose:
        return False
    label = row.cells[0].text.strip()
    return (
        loose[-1].reader_table == row.table
        and not any(mark in label for mark in _SENTENCE)
        and not label.endswith(_OPENING)
        and not is_number(label)
        and not level_kind(label)
        and label_under_figures(label, loose)
    )
