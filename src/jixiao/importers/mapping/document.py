"""Any province's document from its blocks: projects with their header block and
indicator grid, disclosure tables, the year and the kind.

The walk keeps one current project: a header-block label fills it, a grid header starts
reading its indicators, and a second 项目名称 starts the next project. Rows outside any
grid are kept as loose tables, which become disclosure tables of a 公开 or 决算 document.
"""

from __future__ import annotations

from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.importers.mapping.align import grid_side, regroup
from jixiao.importers.mapping.flat_walk import FlatLineWalk
from jixiao.importers.mapping.form_start import new_stream, opens_form
from jixiao.importers.mapping.glued import split_labelled, titled_labels, unglued
from jixiao.importers.mapping.grid_end import ends_grid, stream_end
from jixiao.importers.mapping.header import GridHeader, parse_header
from jixiao.importers.mapping.header_block import HeaderBlockReader, split_label
from jixiao.importers.mapping.headerless import HeaderlessRows
from jixiao.importers.mapping.heading_rows import drop_heading_rows
from jixiao.importers.mapping.indicators import IndicatorReader
from jixiao.importers.mapping.listed_projects import listed_project
from jixiao.importers.mapping.lone_label_rows import row_without_amounts
from jixiao.importers.mapping.loose_tables import LooseTable
from jixiao.importers.mapping.marked_rows import rows_below
from jixiao.importers.mapping.outcome import fill_plan
from jixiao.importers.mapping.points_column import rows_of_stream, with_points_column
from jixiao.importers.mapping.stacked import split_stacked, stack
from jixiao.importers.mapping.standard_values import grid_start
from jixiao.importers.mapping.stream_rows import RUN_ON_MIN, header_run, renumbered, runs_on
from jixiao.importers.mapping.table_titles import is_table_title
from jixiao.importers.mapping.term_budget import field_named
from jixiao.importers.mapping.vocabulary import grid_month, normalise, vocabulary
from jixiao.model.disclosure import DisclosureTable
from jixiao.model.plan import DepartmentPlan, ImportIssue, Project
from jixiao.model.source import SourceRef


class GenericAssembler(FlatLineWalk):
    """The walk over a document's blocks (flattened whole-table lines: :class:`FlatLineWalk`)."""

    def __init__(self, file_name: str) -> None:
        self.plan = DepartmentPlan(source_file=file_name)
        self.projects: list[Project] = []
        self.project: Project | None = None
        self.block = HeaderBlockReader()
        self.grid: IndicatorReader | None = None
        self._header_fresh = False
        self.headers: list[GridHeader] = []
        self.loose: list[LooseTable] = []
        self._title: tuple[str, SourceRef] | None = None
        self._stream: tuple[int | None, list[Cell]] | None = None
        self._stream_cells: list[Cell] | None = None  # the stream read as a loose row
        self._grid_from_stream = False
        self._pending_label: Cell | None = None
        super().__init__()  # the flattened lines' state
        self._header_pieces: list[Cell] = []  # header words on lines of their own
        self.flat_tables: list[DisclosureTable] = []  # read whole from one flattened line
        self.headerless = HeaderlessRows(self.warn)

    def warn(self, code: str, message: str, source: SourceRef | None) -> None:
        self.plan.warnings.append(ImportIssue(code=code, message=message, source=source))

    # -- the walk -----------------------------------------------------------------

    def feed(self, block: Block) -> None:
        if isinstance(block, Row) and block.stream:
            if self._stream and new_stream(self._stream, block):
                self._flush_stream()
            self._stream = self._stream or (block.table, [])
            self._stream[1].extend(block.cells)  # empty cells too: they show the width
            return
        self._flush_stream()
        if isinstance(block, Paragraph):
            self._paragraph(block)
        elif not block.is_empty():
            self._row(self._labelled(block))

    def _labelled(self, row: Row) -> Row:
        """A row under a label on a line of its own ('项目名称') opens with it (see unglued)."""
        pending, self._pending_label = self._pending_label, None
        first = row.cells[0].text
        if pending is None or split_label(first) or vocabulary().field_of(first):
            return row if self.grid is not None else unglued(row)
        return Row(cells=renumbered([pending, *row.cells]), source=row.source, packed=row.packed)

    def _paragraph(self, para: Paragraph) -> None:
        text = para.text
        if not text:
            return
        cell = Cell(raw=para.raw, source=para.source, col=0)
        if (
            (self.grid is not None and self.grid.upright_piece(cell, text))  # '产' / '出' / '指'…
            or self._glued_points(para)
            or self._two_sided(para)
            or self._glued_line(para)
            or self._flat_table(para)
            or self._spaced_header(para)
            or self._headerless(para)
        ):
            return
        self.block.see_text(text)
        if split_label(text) is not None:
            self._header_cells([cell], para.source)
            return
        glued = split_labelled(text, para.source) or titled_labels(text, para.source)
        if glued is not None and self._header_cells(glued, para.source):
            return
        pending, self._pending_label = self._pending_label, None
        if field_named(text):
            self._pending_label = cell  # "项目名称" on its line, the value on the next
            return
        if pending is not None and self._header_cells([pending, cell], para.source):
            return
        if is_table_title(text):
            self._title = (text, para.source)
            self.grid = None

    def _row(self, row: Row) -> None:
        if self.block.values_next and self.block.unlabelled_budget_line(row.cells, self._project()):
            return
        if self._grid_from_stream and not self._stream_cells:
            # a grid read from one cell per line ends where the text changes layout
            self.grid, self._grid_from_stream = None, False
        if self._header_inside(row) or self._standard_table(row.cells, row.source):
            return
        header = None if opens_form(row) else parse_header(self._with_pieces(row))
        if header is not None:
            if not self._stack_header(header, row):
                self._start_grid(header, row)
            return
        if self.grid is not None and self._header_fresh and self._sub_header(row):
            return
        first = next(c for c in row.cells if c.text)
        words = vocabulary()
        label = split_label(first.text) or words.field_of(first.text)
        if self.grid is not None and not label and all(words.role_of(c.text) for c in row.filled()):
            if self._header_fresh:
                self._header_pieces.extend(row.filled())  # 一级指标 on a line of its own
            return  # the rest of a header broken over lines
        self._header_fresh = False
        self._header_pieces = []
        if self.grid is not None and not label:
            if ends_grid(self.grid.header, filled := row.filled()):
                self.grid = None  # the grid is over: 审核意见, the next table's title or header
                self.block.read_conclusion(filled, self.project)  # its 总分 and 等级, if any
                self._loose_row(row)
                return
            self._grid_row(row)
            return
        if not label and self._headerless(row):
            return
        probing = label or self._header_cells(row.cells, row.source, probe=True)
        if probing and self._header_cells(row.cells, row.source):
            return
        self._loose_row(row)

    def _headerless(self, block: Row | Paragraph) -> bool:
        """Indicator rows with no header over them (see :mod:`headerless`)."""
        found = self.headerless.read(block) if self.grid is None else None
        if found is not None:
            self._project().indicators.extend(found)
        return found is not None

    def _flush_stream(self) -> None:
        """A table flattened to one cell per line: its header block, grid header and rows."""
        if self._stream is None:
            return
        every_cell = self._stream[1]
        self._stream = None
        cells = [c for c in every_cell if c.text]
        if not cells:
            return
        found = header_run(cells)
        if found is None:
            self._stream_cells = every_cell
            self._row(Row(cells=cells, source=cells[0].source, packed=True))
            self._stream_cells = None
            return
        header_cells, start, end = found
        if start:
            self._row(Row(cells=cells[:start], source=cells[0].source, packed=True))
        header_row = Row(cells=header_cells, source=cells[start].source)
        header = split_stacked(header_cells, header_row) or parse_header(header_row)
        assert header is not None
        header = with_points_column(header, cells[end:]) or header
        self._start_grid(header, header_row)
        assert self.grid is not None and self.project is not None
        if self._grid_by_width(every_cell, cells, (start, end), len(header_cells)):
            return
        after = cells[end:]
        stop = stream_end(after)  # the next project's fields or a section: read anew
        for row_cells in rows_of_stream(header, renumbered(after[:stop])):
            indicator = self.grid.read(row_cells, row_cells[0].source, packed=True)
            if indicator is not None:
                self.project.indicators.append(indicator)
        self._grid_from_stream = True
        if stop < len(after):
            if vocabulary().field_of(after[stop].text) is None:
                self.grid = None  # a section heading: the text below is no row of this grid
            self._stream = (None, after[stop:])
            self._flush_stream()

    def _grid_by_width(
        self, every_cell: list[Cell], cells: list[Cell], span: tuple[int, int], width: int
    ) -> bool:
        """The rows under a stream's header cut at its width, when the stream kept its empty
        cells and reads that way (see :func:`rows_by_width`); the rest is read anew."""
        assert self.grid is not None and self.project is not None
        at = [i for i, c in enumerate(every_cell) if c.text]
        first, last = at[span[0]], at[span[1] - 1]
        if last + 1 - first != width or span[1] - span[0] != width:
            return False  # a header with empty or joined cells: no width to trust
        roles = self.grid.header.roles
        # a 序号 column is on every row, a vertical 绩效指标 beside the grid on none
        side = grid_side(self.grid.header)
        side = grid_start(self.grid.header.texts) if self.grid.header.fixed else side
        found = rows_below(every_cell[last + 1 :], roles[side:])
        if found is None:
            return False
        rows, taken = found
        for row_cells in rows:
            for cell in row_cells:
                cell.col += side
            source = next(c for c in row_cells if c.text).source
            indicator = self.grid.read(row_cells, source, False)
            if indicator is not None:
                self.project.indicators.append(indicator)
        self._grid_from_stream = True
        rest = every_cell[last + 1 + taken :]
        if any(c.text for c in rest):
            self.grid = None  # the rows ended where a slice stopped reading as one
            self._stream = (None, rest)
            self._flush_stream()
        return True

    def _with_pieces(self, row: Row) -> Row:
        """``row`` after the header words that stood on lines of their own above it."""
        if not self._header_pieces or not row.packed:
            return row
        return Row(cells=[*self._header_pieces, *row.cells], source=row.source, packed=True)

    def _sub_header(self, row: Row) -> bool:
        assert self.grid is not None
        header = self.grid.header
        takes = (header.split_paired, header.split_refined, header.join_wrapped)
        return any(take(row) for take in takes) or header.split_levels(row)

    def _stack_header(self, header: GridHeader, row: Row) -> bool:
        """A header row right under another one that it refines (see :mod:`stacked`)."""
        if self.grid is None or not self._header_fresh:
            return False
        merged = stack(self.grid.header, header, packed=row.packed)
        if merged is None:
            return False
        self.grid = IndicatorReader(merged, self.warn)
        self.headers[-1] = merged
        self._header_pieces = []
        return True

    def _header_inside(self, row: Row) -> bool:
        """A row with a two-row header in its middle, or one running rows on: a stream."""
        filled = row.filled()
        found = header_run(filled) if row.packed or len(filled) > RUN_ON_MIN else None
        if found is None or (found[1] == 0 and found[2] == len(filled)):
            return False
        if not (row.packed and split_stacked(found[0], row)) and not runs_on(found, filled):
            return False
        self._stream = (row.table, filled)
        self._flush_stream()
        self._grid_from_stream = False  # the rows below, in the same layout, continue it
        return True

    def _start_grid(self, header: GridHeader, row: Row) -> None:
        self._header_pieces = []
        self._glued = self._grid_from_stream = False
        project = self._project()
        if project.through_month is None:  # "1-6月完成值": the round's month, when the
            project.through_month = grid_month(header.texts)  # budget line named none
        self.grid = IndicatorReader(header, self.warn)
        self.headerless = HeaderlessRows(self.warn)
        self.headers.append(header)
        self._header_fresh = True
        self.block.see_text(row.cells[0].text)

    def _grid_row(self, row: Row) -> None:
        assert self.grid is not None and self.project is not None
        cells = row.cells
        listed = listed_project(self.grid.header, cells, self.project, self.block.factor)
        if listed is not None:  # a listing grid's next project (see listed_projects)
            grid = self.grid
            self._close_project()
            self.project, self.grid = listed, grid
        for cells_of_row in self._split_stream(cells):
            indicator = self.grid.read(cells_of_row, cells_of_row[0].source, row.packed)
            if indicator is not None:
                self.project.indicators.append(indicator)

    def _split_stream(self, cells: list[Cell]) -> list[list[Cell]]:
        """A row far wider than its header is a stream of cells that lost its rows."""
        assert self.grid is not None
        filled = [c for c in cells if c.text]
        if len(filled) > self.grid.header.width + 2:
            return regroup(self.grid.header, filled)
        return [cells]

    def _header_cells(self, cells: list[Cell], where: SourceRef, *, probe: bool = False) -> bool:
        if probe:
            words = vocabulary()
            return any(
                split_label(c.text) or field_named(c.text) or words.budget_column(c.text)
                for c in cells
                if c.text
            )
        texts = [normalise(c.text) for c in cells if c.text]
        names_project = any(
            vocabulary().field_of(t) == "name" or (split_label(t) or ("",))[0] == "name"
            for t in texts
        )
        if (
            names_project
            and self.project is not None
            and (self.project.name or self.project.indicators)
            and not self._names_again(cells)
        ):
            self._close_project()  # a second 项目名称: the next project begins
        self.grid = None
        found = self.block.read(cells, self._project())
        return bool(found)

    def _names_again(self, cells: list[Cell]) -> bool:
        """A cover's 申报项目名称 restated by the table below: the same project, if none read."""
        assert self.project is not None
        if self.project.indicators or not self.project.name:
            return False
        probe = Project(name="")
        HeaderBlockReader().read(cells, probe)
        return bool(probe.name) and normalise(probe.name) == normalise(self.project.name)

    def _loose_row(self, row: Row) -> None:
        filled = row.filled()
        if len(filled) == 1 and row_without_amounts(row, self.loose):
            self.loose[-1].add(row.cells, row.table)  # '1.因公出国(境)费 |  |  |', no amounts
            return
        if len(filled) == 1:
            self.block.see_text(filled[0].text)
            if is_table_title(filled[0].text):
                self._title = (filled[0].text, filled[0].located())
            return
        if self._title is not None and (
            not self.loose
            or self.loose[-1].title != self._title[0]
            or self.loose[-1].source != self._title[1]
        ):
            self.loose.append(LooseTable(title=self._title[0], source=self._title[1]))
        elif not self.loose:
            self.loose.append(LooseTable(title="", source=row.source))
        if self._stream_cells is not None:
            self.loose[-1].add_stream(self._stream_cells)
        else:
            self.loose[-1].add(row.cells, row.table)

    # -- projects -----------------------------------------------------------------

    def _project(self) -> Project:
        if self.project is None:
            self.project = Project(name="")
            self.block = HeaderBlockReader() if self.projects else self.block
        return self.project

    def _close_project(self) -> None:
        if self.project is not None:
            self.project.indicators = drop_heading_rows(self.project.indicators, self.warn)
            self.projects.append(self.project)
        self.project, self.grid = None, None
        self.headerless = HeaderlessRows(self.warn)

    # -- the result ---------------------------------------------------------------

    def finish(self, blocks: list[Block]) -> DepartmentPlan:
        self._flush_stream()
        self.close_points()
        read = [*self.projects, *([self.project] if self.project else [])]
        if not any(p.indicators for p in read):
            self._wrapped_points(blocks)
        self._close_project()
        titles = fill_plan(
            self.plan, self.projects, blocks, self.headers, self.loose, self.flat_tables
        )
        if not self.plan.projects and self.plan.disclosure is None:
            seen = "、".join(titles[:5]) or "无"
            self.warn("no-structure", f"未识别到绩效指标表或公开表；看到的标题：{seen}", None)
        return self.plan


def assemble_generic(blocks: list[Block], file_name: str) -> DepartmentPlan:
    assembler = GenericAssembler(file_name)
    for block in blocks:
        assembler.feed(block)
    return assembler.finish(blocks)
