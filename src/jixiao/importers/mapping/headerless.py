"""Indicator rows a document gives with no grid header over them: rows read by their
signed target (:mod:`signed_rows`) and glued rows closed by their 是否核心指标 flag
(:mod:`flagged_rows`) or whose number cells were glued (:mod:`glued_numbers`), and a
一级 cell's numbered rows lumped into the cell beside it (:mod:`lumped_levels`). Their
一级 / 二级 labels carry from row to row, as in a grid."""

from __future__ import annotations

from jixiao.importers.blocks import Paragraph, Row
from jixiao.importers.mapping.flagged_rows import MIN_FLAGGED, FlaggedGrid
from jixiao.importers.mapping.flat_lines import cells_of
from jixiao.importers.mapping.glued_numbers import glued_number_rows
from jixiao.importers.mapping.indicators import IndicatorReader, Warn
from jixiao.importers.mapping.lumped_levels import lumped_rows
from jixiao.importers.mapping.signed_rows import header, headerless_rows
from jixiao.model.plan import Indicator


class HeaderlessRows:
    """The header-less rows of one project, block by block."""

    def __init__(self, warn: Warn) -> None:
        self._reader = IndicatorReader(header(), warn)
        self._flagged: FlaggedGrid | None = None

    def read(self, block: Row | Paragraph) -> list[Indicator] | None:
        """The indicators of ``block``; None when it holds no such row."""
        rows = headerless_rows(block)
        if isinstance(block, Row) and not rows:
            rows = lumped_rows(block.texts)  # a 一级 cell lumping its numbered rows
        if isinstance(block, Paragraph) and not rows:
            rows = self._flagged.rows(block.raw) if self._flagged else []
            if not rows:  # the grid goes on while lines hold its rows
                self._flagged, rows = FlaggedGrid.start(block.raw) or (None, [])
            rows = rows if len(rows) >= MIN_FLAGGED else glued_number_rows(block.raw)
            rows = [["", "", *row] for row in rows]
        if not rows:
            return None
        found = (self._reader.read(cells_of(t, block.source), block.source) for t in rows)
        return [indicator for indicator in found if indicator is not None]
