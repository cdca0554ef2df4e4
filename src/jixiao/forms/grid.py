"""A form as rows of cells with spans: the layout shared by the Excel and Word writers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

CellValue = str | Decimal | None


@dataclass(frozen=True, slots=True)
class FormCell:
    """One cell: its value, how many columns (``span``) and rows (``down``) it covers."""

    value: CellValue
    span: int = 1
    down: int = 1
    label: bool = False  # a printed caption (bold, shaded, centred)
    percent: bool = False  # a Decimal share shown as a percentage (0.5 → 50.00%)
    center: bool = False

    @property
    def text(self) -> str:
        """The value as Word shows it (Excel keeps numbers as numbers)."""
        value = self.value
        if value is None:
            return ""
        if isinstance(value, Decimal):
            if self.percent:
                return f"{(value * 100).quantize(Decimal('0.01'))}%"
            return format(value, "f")
        return value


def cell(value: CellValue, span: int = 1, down: int = 1, **looks: bool) -> FormCell:
    return FormCell(value, span, down, **looks)


def label(text: str, span: int = 1, down: int = 1) -> FormCell:
    return FormCell(text, span, down, label=True)


@dataclass(slots=True)
class Form:
    """A titled table on a grid of ``len(widths)`` columns (widths in Excel units)."""

    title: str
    subtitle: str
    widths: tuple[float, ...]
    rows: list[list[FormCell]] = field(default_factory=list)
    landscape: bool = True

    def add(self, *cells: FormCell) -> None:
        self.rows.append(list(cells))

    def placed(self) -> Iterator[tuple[int, int, FormCell]]:
        """(row, column, cell), 0-based, skipping the columns that merges from above cover."""
        covered: dict[tuple[int, int], bool] = {}
        columns = len(self.widths)
        for r, row in enumerate(self.rows):
            c = 0
            for item in row:
                while covered.get((r, c)):
                    c += 1
                if c + item.span > columns:
                    raise ValueError(f"表“{self.title}”第{r + 1}行超出{columns}列")
                for dr in range(1, item.down):
                    for dc in range(item.span):
                        covered[(r + dr, c + dc)] = True
                yield r, c, item
                c += item.span
