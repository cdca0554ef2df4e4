"""The lines of a document that hold a whole table, flattened: a two-sided 收支总表
(:mod:`two_sided`), a grid whose cells were glued (:mod:`glued`), a table spaced or
glued into one line (:mod:`flat_lines`). A part of the generic walk
(:class:`jixiao.importers.mapping.document.GenericAssembler`), kept apart by job.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.importers.mapping.align import level_kind
from jixiao.importers.mapping.flat_lines import cells_of, glued_table, spaced_cells, spaced_table
from jixiao.importers.mapping.glued import (
    described_rows,
    described_value,
    glued_header_rest,
    glued_header_run,
    glued_rows,
    labelled_within,
    leading_labels,
    single_value,
    split_glued,
    starts_with_label,
    titled_next,
    unread_columns,
)
from jixiao.importers.mapping.glued_pairs import PairsGrid
from jixiao.importers.mapping.glued_points import PointsGrid
from jixiao.importers.mapping.glued_scored import header_glued, scored_order, scored_rows
from jixiao.importers.mapping.header import GridHeader, parse_header
from jixiao.importers.mapping.indicators import IndicatorReader
from jixiao.importers.mapping.shaped_rows import is_header_word
from jixiao.importers.mapping.standard_values import header_span, standard_rows
from jixiao.importers.mapping.stream_rows import header_run
from jixiao.importers.mapping.two_sided import two_sided_table
from jixiao.importers.mapping.value_first import MAX_BEFORE, value_first_row
from jixiao.importers.mapping.vocabulary import compact, normalise, vocabulary
from jixiao.importers.mapping.wrapped_points import block_lines, wrapped_rows
from jixiao.importers.text_spaces import spaced_words
from jixiao.model.disclosure import DisclosureTable
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

TWO_SIDED_MIN_CHARS = 200  # a whole 收支总表 on one line is at least this long
SPACED_HEADER_MIN_WORDS = 3  # a header line: the 三级指标 name and two value columns at least


class FlatLineWalk(ABC):
    """Reads a paragraph that is a whole flattened table into the walk's state."""

    grid: IndicatorReader | None
    project: Project | None
    flat_tables: list[DisclosureTable]
    _glued: bool
    _stream: tuple[int | None, list[Cell]] | None
    _points: PointsGrid | PairsGrid | None  # a grid of glued rows read when it is over
    # a glued grid whose value is followed by text columns (:mod:`value_first`): the lines
    # passed over before its first labelled row, -1 once one was read; None: no such grid
    _value_first: int | None

    def __init__(self) -> None:
        # set here, not as class defaults: the compiled build left those undefined
        self._glued = False
        self._points = None
        self._value_first = None

    # the walk's own steps, which GenericAssembler defines
    @abstractmethod
    def warn(self, code: str, message: str, source: SourceRef | None) -> None: ...

    @abstractmethod
    def _start_grid(self, header: GridHeader, row: Row) -> None: ...

    @abstractmethod
    def _header_cells(
        self, cells: list[Cell], where: SourceRef, *, probe: bool = False
    ) -> bool: ...

    @abstractmethod
    def _flush_stream(self) -> None: ...

    @abstractmethod
    def _paragraph(self, para: Paragraph) -> None: ...

    @abstractmethod
    def _project(self) -> Project: ...

    def _glued_points(self, para: Paragraph) -> bool:
        """A header or row of a grid glued line by line with its 分值 (:mod:`glued_points`)
        or its points and score (:mod:`glued_pairs`)."""
        if self._points is not None:
            if self._points.take(para.text, para.source):
                return True
            self.close_points()
            return False
        if self.grid is None:
            self._points = PointsGrid.start(para.text, para.source) or PairsGrid.start(
                para.text, para.source
            )
        return self._points is not None

    def close_points(self) -> None:
        """The rows of the glued grid being read, once it is over."""
        grid, self._points = self._points, None
        if grid is None:
            return
        rows = grid.cells()
        reader = IndicatorReader(grid.header(), self.warn)
        for texts, where in rows:
            indicator = reader.read(cells_of(texts, where), where)
            if indicator is not None:
                self._project().indicators.append(indicator)

    def _two_sided(self, para: Paragraph) -> bool:
        """A 收支总表 flattened into one line (see :mod:`two_sided`)."""
        if len(para.text) < TWO_SIDED_MIN_CHARS or "总表" not in para.text:
            return False
        found = two_sided_table(para.raw, para.source)
        if found is None:
            return False
        table, left_out = found
        self.flat_tables.append(table)
        if left_out:
            self.warn(
                "rows-left-out",
                f"“{table.title}”中以下各行的金额无法对应到行，未导入：" + "、".join(left_out),
                para.source,
            )
        return True

    def _glued_line(self, para: Paragraph) -> bool:
        """A header or row of a table whose cells were glued into one line."""
        if self._value_first is not None and self._value_first_line(para):
            return True
        if self._glued and self.grid is not None and self.project is not None:
            cells = split_glued(para.text, para.source)
            if cells is not None and not vocabulary().ends_grid(para.text):
                indicator = self.grid.read(cells, para.source, packed=True)
                if indicator is not None:
                    self.project.indicators.append(indicator)
                return True
            if starts_with_label(para.text) and not vocabulary().ends_grid(para.text):
                # a row with a qualitative value ('…情况稳步提高'): no safe cut, but its
                # labels hold for the rows below
                self.grid.read(leading_labels(para.text, para.source), para.source, packed=True)
                return True
            self._glued = False
        found = glued_header_rest(para.text, para.source)
        header = parse_header(found[0]) if found is not None else None
        if found is None or header is None:
            return False
        if single_value(header) and unread_columns(found[1], para.source):
            # the header goes on in words not known: the value is cut from the row's front
            self._start_grid(header, found[0])
            self._glued, self._value_first = False, 0
            return True
        described = described_value(header)
        bare = compact(para.text)
        run = glued_header_run(bare)
        before = bare[: run[1]] if run is not None else ""
        if not (single_value(header) or described):
            glued = header_glued(header, para.raw)
            return glued and self._glued_scored(header, found[1], before, para.source)
        head = labelled_within(before, para.source) if described else None
        if head:
            self._header_cells(head, para.source)  # 项目名称… glued before the grid
        self._start_grid(header, found[0])
        self._glued = not described
        assert self.grid is not None and self.project is not None
        rows = described_rows if described else glued_rows
        for cells in rows(found[1], para.source):  # a table flattened into one paragraph
            indicator = self.grid.read(cells, para.source, packed=True)
            if indicator is not None:
                self.project.indicators.append(indicator)
        following = titled_next(found[1], para.source)
        if following is not None:  # the next form glued on after the rows, opened by its title
            self._glued = False
            self._paragraph(Paragraph(raw=following, source=para.source))
        return True

    def _value_first_line(self, para: Paragraph) -> bool:
        """A row of a glued grid whose value is followed by text columns; False (the grid
        is over) at a line that is none, or after too many lines before its first row."""
        assert self._value_first is not None
        labelled = self._value_first < 0
        cells = value_first_row(para.text, para.source, labelled)
        if self.grid is None or cells is None or (not labelled and self._value_first >= MAX_BEFORE):
            self._value_first = None
            return False
        if not cells:
            self._value_first += 0 if labelled else 1
            return True
        self._value_first = -1
        indicator = self.grid.read(cells, para.source, packed=True)
        if indicator is not None:
            self._project().indicators.append(indicator)
        return True

    def _glued_scored(self, header: GridHeader, rest: str, before: str, where: SourceRef) -> bool:
        """A glued 自评 grid with its number columns run together (:mod:`glued_scored`)."""
        rows = scored_rows(rest, header, where)
        order = scored_order(header)
        if not rows or order is None:
            return False
        head = labelled_within(before, where)
        if head:
            self._header_cells(head, where)  # 项目名称… glued before the grid
        return self._shaped_grid([*order[0], *order[1]], rows, where)

    def _spaced_header(self, para: Paragraph) -> bool:
        """A grid header alone on its line, its words cut by single spaces
        ('二级指标 三级指标 指标值 完成值'): the rows below are read under it."""
        words = spaced_words(para.raw)
        role_of = vocabulary().role_of
        if len(words) < SPACED_HEADER_MIN_WORDS or not all(role_of(word) for word in words):
            return False
        row = Row(cells=cells_of(words, para.source), source=para.source, packed=True)
        header = parse_header(row)
        if header is None:
            return False
        self._start_grid(header, row)
        return True

    def _flat_table(self, para: Paragraph) -> bool:
        """A whole table flattened into one line (see :mod:`flat_lines`)."""
        cells = spaced_cells(para)
        if self._standard_table(cells, para.source):
            return True
        table = spaced_table(cells)
        run = header_run(cells)
        if run is not None and _sound_run(run, cells) and (table is None or table.has_header_run):
            self._stream = (None, cells)
            self._flush_stream()
            return True
        table = table or glued_table(para)
        if table is None:
            return False
        if table.head:
            self._header_cells(table.head, para.source)
        self._shaped_grid(table.order, table.rows, para.source)
        if table.following:  # the next project's table glued on: read as a line of its own
            self._paragraph(Paragraph(raw=table.following, source=para.source))
        return True

    def _standard_table(self, cells: list[Cell], where: SourceRef) -> bool:
        """A table of the older 评价指标 | 标准值 framework flattened into one line or row
        (see :mod:`standard_values`): its header block, then its rows."""
        span = header_span([cell.raw for cell in cells])
        rows = standard_rows([cell.raw for cell in cells[span[1] :]]) if span else []
        if span is None or not rows:
            return False
        if span[0]:
            self._header_cells(cells[: span[0]], where)  # 项目名称 … before the grid
        return self._shaped_grid(["value"], rows, where)

    def _wrapped_points(self, blocks: list[Block]) -> None:
        """Scoring rows with their points wrapped onto the next line (:mod:`wrapped_points`),
        in a document that gave no indicator rows otherwise."""
        lines = block_lines(blocks)
        rows = wrapped_rows([text for text, _ in lines])
        if rows:
            self._shaped_grid(["weight", "score"], rows, lines[0][1])

    def _shaped_grid(self, order: list[str], rows: list[list[str]], where: SourceRef) -> bool:
        """Rows read by their cells' shapes, under a header of the columns they fill."""
        roles: list[str | None] = ["level1", "level2", "level3", *order]
        texts = [role or "" for role in roles]
        header = GridHeader(roles=roles, cols=list(range(len(roles))), texts=texts)
        self._start_grid(header, Row(cells=cells_of(texts, where), source=where))
        assert self.grid is not None and self.project is not None
        for row in _paired_labels(rows):
            indicator = self.grid.read(cells_of(row, where), where, packed=True)
            if indicator is not None:
                self.project.indicators.append(indicator)
        self.grid = None
        return True


def _sound_run(run: tuple[list[Cell], int, int], cells: list[Cell]) -> bool:
    """Whether a header run found among a line's spaced words is made of whole header
    words (most of them) and no space in it or right after it cuts one: stray spaces
    cutting a glued header ('标一级指标二级指标三级指标年度', '指标值实际', '完成值分',
    '年度指标值 实 际完成值…') give words that name a column only by a fragment, and the
    line's columns are then no spaced cells (the glued reading takes the line)."""
    header, start, end = run
    whole = sum(1 for cell in header if is_header_word(normalise(cell.text)))
    texts = [normalise(cell.text) for cell in cells[start : end + 3]]
    return whole * 2 > len(header) and not _cut_word(texts)


_LONGEST_HEADER_WORD = 12


def _cut_word(words: list[str]) -> bool:
    """Whether a space between ``words`` cuts a header word: one runs across a space and
    stops inside a later word ('实' | '际完成值分值…', '实际' | '完成值分…') or begins inside an
    earlier one ('年度指标值实' | '际' | '完成值'), reaching further into its last word than any
    header word that word begins itself. A word broken over whole words ('年度' | '指标值')
    the header run joins."""
    joined = "".join(words)
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word)
    bounds = set(starts) | {at}
    for space in starts[1:]:
        for begin in range(max(0, space - _LONGEST_HEADER_WORD + 1), space):
            for stop in range(space + 1, min(len(joined), begin + _LONGEST_HEADER_WORD) + 1):
                if not is_header_word(joined[begin:stop]):
                    continue
                if begin in bounds and stop in bounds:
                    continue  # whole words joined
                last = max(s for s in starts if s < stop)
                own = _longest_header_prefix(joined[last : last + _LONGEST_HEADER_WORD])
                if stop - last >= own:
                    return True
    return False


def _longest_header_prefix(text: str) -> int:
    """The length of the longest header word ``text`` begins with (0 for none)."""
    return next((n for n in range(len(text), 1, -1) if is_header_word(text[:n])), 0)


def _paired_labels(rows: list[list[str]]) -> list[list[str]]:
    """Rows with a lone 成本指标 / 满意度指标 label (一级 in one framework, 二级 in the
    other) joined to the lone 二级 label right after it: then it is that 二级's 一级."""
    out: list[list[str]] = []
    for row in rows:
        lone = bool(out) and len(out[-1]) == 1 and len(row) == 1
        if lone and _heads(out[-1][0], row[0]):
            out[-1] = [out[-1][0], row[0]]
            continue
        out.append(row)
    return out


def _heads(label: str, following: str) -> bool:
    """Whether a lone label is the 一级 of the lone 二级 label after it."""
    return level_kind(label, following) == "level1" and level_kind(following) == "level2"
