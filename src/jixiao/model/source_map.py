"""The ``sources`` of a model object: each field's :class:`SourceRef`, made when read.

A text import locates six or more values per indicator, all on the same line; making a
:class:`SourceRef` for each was a third of the import's cost, and most are never read (the
review reads those of its findings, the web layer those of the page shown). A
:class:`SourceMap` can hold a whole line's values as one compact entry — the line's place,
its cells' strings and each field's cell index (:meth:`SourceMap.set_line`) — and makes the
``SourceRef`` objects the first time anything reads it. To its readers it is a mapping of
field name to ``SourceRef``, equal to the plain dict of the same entries, and pydantic
validates and serialises it exactly as it did that dict (same JSON, same schema).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

from jixiao.model.source import SourceRef

# (the line's place, its cells' raw strings, their clean texts, field -> cell index)
_Line = tuple[SourceRef, list[str], list[str], dict[str, int]]


def cell_of_line(place: SourceRef, parts: list[str], texts: list[str], index: int) -> SourceRef:
    """The source of cell ``index`` of the text line at ``place`` whose cells are ``parts``
    (clean: ``texts``): its 1-based column, the raw text when cleaning changed it."""
    raw = parts[index].strip()
    # positional: the cell's column, every other part the line's
    return SourceRef(
        place.file, place.page, place.line, place.table, place.row, index + 1, place.sheet,
        place.cell, raw if raw != texts[index] else place.raw,
    )  # fmt: skip


def _located(line: _Line, index: int) -> SourceRef:
    return cell_of_line(line[0], line[1], line[2], index)


class SourceMap(MutableMapping[str, SourceRef]):
    """Field name -> where it was read, in the order the fields were located."""

    __slots__ = ("_line", "_refs")

    def __init__(self, refs: Mapping[str, SourceRef] | None = None) -> None:
        self._refs: dict[str, SourceRef] = {} if refs is None else dict(refs)
        self._line: _Line | None = None

    def set_line(
        self, line: SourceRef, parts: list[str], texts: list[str], indices: dict[str, int]
    ) -> None:
        """Locate each field of ``indices`` at its cell of the text line at ``line``, whose
        cells are ``parts`` (clean: ``texts``) — as ``Row.located_all`` would, later.

        The lists and the dict are kept, not copied: their owner must not change them.
        Only on an empty map; fields set afterwards replace these in place, as in a dict.
        """
        assert not self._refs and self._line is None
        self._line = (line, parts, texts, indices)

    def _resolved(self) -> dict[str, SourceRef]:
        held = self._line
        if held is None:
            return self._refs
        self._line = None
        later = self._refs
        refs: dict[str, SourceRef] = {}
        for key, index in held[3].items():
            found = later.pop(key, None)
            refs[key] = _located(held, index) if found is None else found
        refs.update(later)  # the fields set after the line's, in the order they were set
        self._refs = refs
        return refs

    def _one(self, key: str) -> SourceRef | None:
        """One field's source, made without the others'."""
        found = self._refs.get(key)
        held = self._line
        if found is None and held is not None:
            index = held[3].get(key)
            if index is not None:
                # kept among the later fields: _resolved puts it back in the line's order
                found = self._refs[key] = _located(held, index)
        return found

    def __getitem__(self, key: str) -> SourceRef:
        found = self._one(key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = self._refs.get(key)
        if found is None:
            found = self._one(key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        held = self._line
        return key in self._refs or (held is not None and key in held[3])

    def __iter__(self) -> Iterator[str]:
        return iter(self._resolved())

    def __len__(self) -> int:
        return len(self._resolved())

    def __setitem__(self, key: str, value: SourceRef) -> None:
        self._refs[key] = value  # (a line still held keeps its order: see _resolved)

    def __delitem__(self, key: str) -> None:
        del self._resolved()[key]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SourceMap):
            return self._resolved() == other._resolved()
        if isinstance(other, dict):
            return self._resolved() == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable: as a dict

    def __repr__(self) -> str:
        return f"SourceMap({self._resolved()!r})"

    def __reduce__(self) -> tuple[type[SourceMap], tuple[dict[str, SourceRef]]]:
        return (SourceMap, (self._resolved(),))

    def copy(self) -> SourceMap:
        return SourceMap(self._resolved())

    @staticmethod
    def _plain(value: Mapping[str, SourceRef]) -> Mapping[str, SourceRef]:
        return value._resolved() if isinstance(value, SourceMap) else value

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        # validated and serialised as the dict[str, SourceRef] it stands for
        as_dict = handler.generate_schema(dict[str, SourceRef])
        return core_schema.no_info_after_validator_function(
            cls,
            as_dict,
            serialization=core_schema.plain_serializer_function_ser_schema(
                cls._plain, return_schema=as_dict
            ),
        )
