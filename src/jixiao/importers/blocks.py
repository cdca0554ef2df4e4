"""The intermediate form every reader produces: paragraphs and table rows, in order.

Readers (text, Word, Excel, PDF) only turn a file into this stream; the one
:mod:`jixiao.importers.assemble` step recognises the document's structure in it,
so every format shares the same understanding of a 绩效目标表.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.model.source import SourceRef
from jixiao.textnorm import clean_cell


@dataclass(slots=True)
class Cell:
    """One table cell: its raw text, clean text, grid column and where it came from."""

    raw: str
    source: SourceRef
    col: int
    span: int = 1
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = clean_cell(self.raw)

    def extend(self, more: str, separator: str = "\n") -> None:
        """Append text that wrapped onto a following line or page."""
        self.raw = f"{self.raw}{separator}{more}" if self.raw else more
        self.text = clean_cell(self.raw)

    def located(self) -> SourceRef:
        """The source, remembering the raw text when cleaning changed it."""
        raw = self.raw.strip()
        return self.source.with_raw(raw) if raw != self.text else self.source


@dataclass(slots=True)
class Paragraph:
    """A line or paragraph outside tables."""

    raw: str
    source: SourceRef
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = clean_cell(self.raw)


@dataclass(slots=True)
class Row:
    """A table row; ``table`` numbers the table it belongs to when the format knows."""

    cells: list[Cell]
    source: SourceRef
    table: int | None = None

    @property
    def texts(self) -> list[str]:
        return [cell.text for cell in self.cells]

    def filled(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.text]

    def is_empty(self) -> bool:
        return not any(cell.text for cell in self.cells)


Block = Paragraph | Row
