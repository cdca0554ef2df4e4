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

from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

from jixiao.model.source import SourceRef

# a line's clean texts: the list of them, or the function that cleans each cell's raw text
Texts = list[str] | Callable[[str], str]


def cell_of_line(place: SourceRef, parts: list[str], texts: list[str], index: int) -> SourceRef:
    """The source of cell ``index`` of the text line at ``place`` whose cells are ``parts``
    (clean: ``texts``): its 1-based column, the raw text when cleaning changed it."""
    return _cell(place, parts[index], texts[index], index)


def _cell(place: SourceRef, part: str, text: str, index: int) -> SourceRef:
    raw = part.strip()
    # positional: the cell's column, every other part the line's
    return SourceRef(
        place.file, place.page, place.line, place.table, place.row, index + 1, place.sheet,
        place.cell, raw if raw != text else place.raw,
    )  # fmt: skip


def cell_of_text_line(file: str, number: int, part: str, text: str, index: int) -> SourceRef:
    """:func:`_cell` on the place ``SourceRef(file, line=number)``, without making it."""
    raw = part.strip()
    return SourceRef(
        file, None, number, None, None, index + 1, None, None, raw if raw != text else None
    )


class SourceMap(MutableMapping[str, SourceRef]):
    """Field name -> where it was read, in the order the fields were located.

    A line held is four slots — its place, its text (one string: its cells are the parts
    between its tabs), its clean texts (or the function that cleans a cell) and each
    field's cell index — not a tuple and lists: a text import keeps one per indicator, and
    every container object it keeps is one more for the cyclic collector to walk.
    """

    __slots__ = ("_file", "_indices", "_line", "_number", "_place", "_refs", "_texts")

    def __init__(self, refs: Mapping[str, SourceRef] | None = None) -> None:
        self._refs: dict[str, SourceRef] = {} if refs is None else dict(refs)
        self._indices: dict[str, int] | None = None  # (None: no line held)
        # the line's place, or None for a text line's plain one: SourceRef(_file, line=_number)
        self._place: SourceRef | None = None
        self._file = ""
        self._number = 0
        self._line = ""
        self._texts: Texts | None = None

    @classmethod
    def of_line(
        cls,
        place: SourceRef,
        line: str,
        texts: Texts,
        indices: dict[str, int],
        later: dict[str, SourceRef] | None = None,
    ) -> SourceMap:
        """A new map holding what :meth:`set_line` holds, then the fields of ``later`` set
        (in one call: the dict is kept, not copied)."""
        made = cls.__new__(cls)
        made._refs = {} if later is None else later
        made._place, made._line, made._texts, made._indices = place, line, texts, indices
        return made

    @classmethod
    def of_text_line(
        cls,
        file: str,
        number: int,
        line: str,
        texts: Texts,
        indices: dict[str, int],
        later: dict[str, SourceRef] | None = None,
    ) -> SourceMap:
        """:meth:`of_line` for the line ``number`` of a text ``file`` (its place
        ``SourceRef(file, line=number)``, never made: each cell's source is made whole)."""
        made = cls.__new__(cls)
        made._refs = {} if later is None else later
        made._place, made._file, made._number = None, file, number
        made._line, made._texts, made._indices = line, texts, indices
        return made

    def set_line(self, place: SourceRef, line: str, texts: Texts, indices: dict[str, int]) -> None:
        """Locate each field of ``indices`` at its cell of the text ``line`` read at
        ``place`` — its cells the parts between its tabs, ``texts`` their clean texts or the
        function giving each one's — as ``Row.located_all`` would, later.

        The list and the dict are kept, not copied: their owner must not change them.
        Only on an empty map; fields set afterwards replace these in place, as in a dict.
        """
        assert not self._refs and self._indices is None
        self._place, self._line, self._texts, self._indices = place, line, texts, indices

    def _located(self, index: int, parts: list[str] | None = None) -> SourceRef:
        """The source of the held line's cell ``index`` (``parts``: the line split, if done)."""
        texts = self._texts
        assert texts is not None
        part = (self._line.split("\t") if parts is None else parts)[index]
        text = texts[index] if isinstance(texts, list) else texts(part)
        place = self._place
        if place is not None:
            return _cell(place, part, text, index)
        return cell_of_text_line(self._file, self._number, part, text, index)

    def _resolved(self) -> dict[str, SourceRef]:
        indices = self._indices
        if indices is None:
            return self._refs
        parts = self._line.split("\t")
        later = self._refs
        refs: dict[str, SourceRef] = {}
        for key, index in indices.items():
            found = later.pop(key, None)
            refs[key] = self._located(index, parts) if found is None else found
        refs.update(later)  # the fields set after the line's, in the order they were set
        self._refs = refs
        self._indices = self._place = self._texts = None
        self._line = ""
        return refs

    def _one(self, key: str) -> SourceRef | None:
        """One field's source, made without the others'."""
        found = self._refs.get(key)
        indices = self._indices
        if found is None and indices is not None:
            index = indices.get(key)
            if index is not None:
                # kept among the later fields: _resolved puts it back in the line's order
                found = self._refs[key] = self._located(index)
        return found

    def __getitem__(self, key: str) -> SourceRef:
        found = self._one(key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = self._refs.get(key)  # (_one, without a second call: the review reads many)
        if found is None:
            found = self._one(key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        indices = self._indices
        return key in self._refs or (indices is not None and key in indices)

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
