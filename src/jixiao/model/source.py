"""Source locations (来源位置): where in an input file a value was read."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar, dataclass_transform

_T = TypeVar("_T")


# A dataclass, not a pydantic model: readers create one per cell, and pydantic still
# validates and serialises it wherever it sits inside the model. Immutable by contract
# (copies come from with_raw and at) and checked so by mypy, but not frozen at run time:
# a frozen dataclass sets every field through object.__setattr__, which made creating
# one four times slower — the largest single cost of reading a text file.
@dataclass_transform(frozen_default=True)
def _record(cls: type[_T]) -> type[_T]:
    """A dataclass that type checkers see frozen, hashable by its fields."""
    return dataclass(slots=True, unsafe_hash=True)(cls)


@_record
class SourceRef:
    """The place a value came from, so a finding or an error can point at it.

    Text renderings give a 1-based ``line``; Word gives ``table``/``row``/``col``
    (1-based) or a paragraph number in ``line``; Excel gives ``sheet`` and ``cell``
    (``"B7"``); PDF gives the ``page`` (1-based) with a ``line`` on it or a
    ``table``/``row``/``col``. ``raw`` keeps the text exactly as read when normalisation changed it.
    """

    file: str
    page: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    sheet: str | None = None
    cell: str | None = None
    raw: str | None = None

    def describe(self) -> str:
        """A short human-readable location, e.g. ``a.txt:120`` or ``b.xlsx!项目1!C7``."""
        if self.sheet is not None:
            return f"{self.file}!{self.sheet}!{self.cell or ''}".rstrip("!")
        page = f"第{self.page}页" if self.page is not None else ""
        if self.table is not None:
            where = f"{page}表{self.table}"
            if self.row is not None:
                where += f"第{self.row}行"
            if self.col is not None:
                where += f"第{self.col}列"
            return f"{self.file} {where}"
        if page:
            return f"{self.file} {page}" + (f"第{self.line}行" if self.line is not None else "")
        if self.line is not None:
            return f"{self.file}:{self.line}"
        return self.file

    def with_raw(self, raw: str | None) -> SourceRef:
        """A copy that remembers the raw text (only when it differs from the clean one)."""
        # positional construction: ``replace`` costs several times more, once per cell
        return SourceRef(
            self.file, self.page, self.line, self.table, self.row, self.col, self.sheet,
            self.cell, raw,
        )  # fmt: skip

    def at(self, **changes: int | str | None) -> SourceRef:
        """A copy pointing elsewhere in the same file, e.g. ``here.at(col=3)``."""
        return replace(self, **changes)  # type: ignore[arg-type]
