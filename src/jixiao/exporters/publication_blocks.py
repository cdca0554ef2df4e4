"""The blocks of the published document (headings, texts, goal tables, data tables) that
:mod:`jixiao.exporters.publication` lays out and every writer draws."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from jixiao.exporters.layout import TableRow
from jixiao.model.disclosure import parse_amount

WIDE_TABLE_COLUMNS = 8
"""Tables with more columns than this are printed on landscape pages."""


class TextKind(Enum):
    BODY = "body"  # prose, first line indented two characters
    LINE = "line"  # a plain line (the unit line of a 绩效目标表)
    UNIT = "unit"  # 单位：万元, right-aligned
    NOTE = "note"  # 注：… under a table


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading; level 1 are the parts, level 2 sections, projects and tables."""

    level: int
    text: str
    anchor: str
    center: bool = False
    new_page: bool = False
    in_toc: bool = False


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    kind: TextKind = TextKind.BODY


@dataclass(frozen=True, slots=True)
class GoalTable:
    """One project's 绩效目标表: the header block, then the indicator grid."""

    anchor: str
    rows: tuple[TableRow, ...]

    @property
    def header_block(self) -> tuple[TableRow, ...]:
        return tuple(r for r in self.rows[: self._grid_start()])

    @property
    def grid(self) -> tuple[TableRow, ...]:
        return tuple(self.rows[self._grid_start() :])

    def _grid_start(self) -> int:
        return next((i for i, r in enumerate(self.rows) if r.grid_header), len(self.rows))


@dataclass(frozen=True, slots=True)
class DataTable:
    """A disclosure table: header rows, the 栏次 row (when needed) and the data rows."""

    header: tuple[tuple[str, ...], ...]
    column_numbers: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    span_last: bool = False  # a form: a row's last filled cell spans the empty ones after it

    def spans(self, row: tuple[str, ...]) -> list[tuple[str, int]]:
        """(text, columns spanned) of each drawn cell of ``row``."""
        if not self.span_last:
            return [(text, 1) for text in row]
        last = max((i for i, text in enumerate(row) if text), default=0)
        return [(text, 1) for text in row[:last]] + [(row[last], len(row) - last)]

    @property
    def width(self) -> int:
        return len(self.header[0]) if self.header else 0

    @property
    def wide(self) -> bool:
        return self.width > WIDE_TABLE_COLUMNS

    def weights(self) -> list[float]:
        """Relative column widths: by the longest text of each column, within bounds."""
        weights: list[float] = []
        # A spanning cell's text is laid over several columns: it widens none of them.
        single = [
            {i for i, (_, span) in enumerate(self.spans(row)) if span == 1}
            for row in (*self.header, *self.rows)
        ]
        for index in range(self.width):
            texts = [
                row[index]
                for row, kept in zip((*self.header, *self.rows), single, strict=True)
                if index < len(row) and index in kept
            ]
            longest = max((display_width(t) for t in texts), default=2)
            weights.append(float(min(max(longest, 4), 24) + 2))  # + the cell's padding
        return weights


def is_amount(text: str) -> bool:
    """An amount with decimals ("308.00"), set right; codes and 序号 are not amounts."""
    return "." in text and parse_amount(text) is not None


def display_width(text: str) -> int:
    """Width in half-character units: a Chinese character takes two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


Block = Heading | Text | GoalTable | DataTable
