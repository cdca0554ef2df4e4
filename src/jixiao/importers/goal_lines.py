"""The indicator rows and the goals row of a 绩效目标表 that text lines give, read in one pass.

A text line's row keeps its strings (:meth:`Row.of_line`): when the grid's six fields all
have a column in it, the row is an indicator read by six indices found once per row width,
its sources kept as the line (:meth:`SourceMap.of_line`) and the model object built from
the texts in one call. Every other row takes :class:`ProjectBuilder`'s general path. The
goals are read from the goals row's raw strings, its cells made only when a paragraph
continues the last one.
"""

from __future__ import annotations

from jixiao.importers import labels
from jixiao.importers.blocks import Cell, Row
from jixiao.model.plan import Indicator, Project
from jixiao.model.source import SourceRef
from jixiao.model.trusted import defaults, set_dict, set_extra, set_given, set_private
from jixiao.textnorm import clean_markup, split_numbered_items, squeeze_spaces

_Six = tuple[int, ...]
GRID_FIELDS = ("level1", "level2", "level3", "description", "value", "basis")
_DEFAULTS = defaults(Indicator)
_new = Indicator.__new__


# a text line's grid header -> the grid, its fields' first columns and the mappings per row
# width: the same for every table under that header and never changed once made (each
# indicator's sources keep its mapping), so shared by them — read once per header, not per table
_Grid = tuple[dict[int, str], list[tuple[str, int]], dict[int, dict[str, int]], dict[int, _Six]]
_LINE_GRIDS: dict[tuple[str, ...], _Grid] = {}
_LINE_GRIDS_KEPT = 256


class LineGrid:
    """The one-pass paths of :class:`ProjectBuilder` (whose state they read and set)."""

    project: Project
    _grid_starts: list[tuple[str, int]]
    _lazy_maps: dict[int, dict[str, int]]
    _lazy_six: dict[int, tuple[int, ...]]
    _grid: dict[int, str] | None
    _grid_header_texts: list[str]
    _after_page_break: bool
    _indicator_row: Row | None
    _indicator_cells: dict[str, int]
    _goal_row: Row | None
    _goal_from: int
    _state: dict[str, object]  # the project's __dict__ and fields given (_put)
    _given: set[str]

    def _known_grid(self, texts: list[str]) -> bool:
        """Whether a text line's grid header ``texts`` was read before: then its grid set."""
        known = _LINE_GRIDS.get(tuple(texts))
        if known is None:
            return False
        self._grid, self._grid_starts, self._lazy_maps, self._lazy_six = known
        self._grid_header_texts = texts
        return True

    def _remember_grid(self, texts: list[str]) -> None:
        """Keep the grid just read from the text line's header ``texts``."""
        if len(_LINE_GRIDS) >= _LINE_GRIDS_KEPT:
            _LINE_GRIDS.clear()
        assert self._grid is not None
        _LINE_GRIDS[tuple(texts)] = (self._grid, self._grid_starts, self._lazy_maps, self._lazy_six)

    def _put(self, name: str, value: object) -> None:
        """``setattr(self.project, name, value)`` for a value of the field's type, without
        pydantic's ``__setattr__`` (two calls and a look-up): the same entry of the
        project's ``__dict__`` and the same field given (the model validates no assignment)."""
        self._state[name] = value
        self._given.add(name)

    def _six_of(self, width: int) -> tuple[int, ...]:
        """The index of each grid field in a text line of ``width`` cells, in the order of
        ``GRID_FIELDS``; () when one is missing (that row takes the general path)."""
        shared = self._shared_map(width)
        six = () if len(shared) < 6 else tuple(shared[field] for field in GRID_FIELDS)
        self._lazy_six[width] = six
        return six

    def _shared_map(self, width: int) -> dict[str, int]:
        shared = self._lazy_maps.get(width)
        if shared is None:
            shared = {field: col for field, col in self._grid_starts if col < width}
            self._lazy_maps[width] = shared
        return shared

    def _line_indicator(self, row: Row, texts: list[str], six: tuple[int, ...]) -> bool:
        """``_add_indicator`` for a text line holding all six grid fields, in one pass (each
        text read once, the sources kept as the line): False leaves it to the general path
        (a row shifted left, or the rest of one a page break cut)."""
        one, two, three, four, five, last = six
        level1, level2 = texts[one], texts[two]
        if level1 in labels.LEVEL2_NAMES:
            return False  # maybe shifted left (_repair_shift)
        value = texts[five]
        indicators = self.project.indicators
        previous = indicators[-1] if indicators else None
        if (
            self._after_page_break
            and previous is not None
            and not value
            and (not level1 or not previous.level3)
        ):
            return False  # continues the indicator above (_continue_indicator)
        self._after_page_break = False
        mapped = self._lazy_maps[len(texts)]
        if level1:
            sources = row.line_sources(mapped)
        elif previous is not None:
            # a merged 一级指标 cell: where the indicator above read it (SourceRefs are truthy)
            merged: SourceRef = previous.sources.get("level1") or row.source
            sources = row.line_sources(mapped, {"level1": merged})
            level1, level2 = previous.level1, level2 or previous.level2
        else:
            sources = row.line_sources(mapped, {"level1": row.source})
        # built(Indicator, level1=…, basis=…) with these sources, written out for the six
        # grid fields (one dict copied, no loop, no call): the same fields, defaults and
        # fields given
        indicator = _new(Indicator)
        state = _DEFAULTS.copy()  # (a copy, then the fields set: a {**…} literal costs 3× more)
        state["sources"] = sources
        state["level1"] = level1
        state["level2"] = level2
        state["level3"] = texts[three]
        state["description"] = texts[four]
        state["value"] = value
        state["basis"] = texts[last]
        set_dict(indicator, state)
        set_given(indicator, {"level1", "level2", "level3", "description", "value", "basis"})
        set_extra(indicator, None)
        set_private(indicator, None)
        indicators.append(indicator)
        self._indicator_row, self._indicator_cells = row, mapped
        return True

    def _goal_cells(self) -> list[Cell]:
        row = self._goal_row
        return [] if row is None else [c for c in row.cells[self._goal_from :] if c.text]

    def _set_goals(self) -> None:
        """The goals from the filled cells of the goals row (read by their raw texts and
        index: a text line's row makes no cells for it)."""
        row = self._goal_row
        assert row is not None
        texts, raws = row.texts, row.raws()
        filled = [index for index in range(self._goal_from, len(texts)) if texts[index]]
        loose = "\n".join([clean_markup(raws[index]) for index in filled])
        goals = [squeeze_spaces(item) for item in split_numbered_items(loose)]
        self._put("goals", [goal for goal in goals if goal])
        if filled:
            self.project.sources["goals"] = row.located(filled[0])
