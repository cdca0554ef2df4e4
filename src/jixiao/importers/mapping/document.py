"""Any province's document from its blocks: projects with their header block and
indicator grid, disclosure tables, the year and the kind.

The walk keeps one current project: a header-block label fills it, a grid
header starts reading its indicators, and a second 项目名称 starts the next
project. Rows outside any grid are kept as loose tables, which become
disclosure tables when the document is a 公开 or 决算 one.
"""

from __future__ import annotations

import re

from jixiao.importers.blocks import Block, Cell, Paragraph, Row
from jixiao.importers.mapping import kinds
from jixiao.importers.mapping.align import regroup
from jixiao.importers.mapping.glued import (
    glued_header_rest,
    glued_rows,
    leading_labels,
    single_value,
    split_glued,
    split_labelled,
    starts_with_label,
)
from jixiao.importers.mapping.header import GridHeader, parse_header
from jixiao.importers.mapping.header_block import HeaderBlockReader, money_factor, split_label
from jixiao.importers.mapping.indicators import IndicatorReader
from jixiao.importers.mapping.loose_tables import LooseTable, to_disclosure
from jixiao.importers.mapping.prose_indicators import ProseIndicators
from jixiao.importers.mapping.stream_rows import header_run, is_number, renumbered
from jixiao.importers.mapping.vocabulary import normalise, vocabulary
from jixiao.importers.mapping.year import stated_year, texts_of
from jixiao.model.disclosure import Disclosure
from jixiao.model.plan import DepartmentPlan, ImportIssue, Project
from jixiao.model.source import SourceRef
from jixiao.textnorm import clean_cell, split_numbered_items, squeeze_spaces

_SHEET = re.compile(r"^(?:Sheet\d*:?)?表[一二三四五六七八九十\d-]+$|^Sheet\d+")
_TITLE_WORDS = ("表", "公示", "公开", "目标", "自评", "预算", "决算", "监控")


class GenericAssembler:
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
        self._glued = False

    def warn(self, code: str, message: str, source: SourceRef | None) -> None:
        self.plan.warnings.append(ImportIssue(code=code, message=message, source=source))

    # -- the walk -----------------------------------------------------------------

    def feed(self, block: Block) -> None:
        if isinstance(block, Row) and block.stream:
            if self._stream and self._stream[0] != block.table:
                self._flush_stream()
            self._stream = self._stream or (block.table, [])
            self._stream[1].extend(block.cells)  # empty cells too: they show the width
            return
        self._flush_stream()
        if isinstance(block, Paragraph):
            self._paragraph(block)
        elif not block.is_empty():
            self._row(block)

    def _paragraph(self, para: Paragraph) -> None:
        text = para.text
        if not text:
            return
        if self._glued_line(para):
            return
        self.block.see_text(text)
        cell = Cell(raw=para.raw, source=para.source, col=0)
        if split_label(text) is not None:
            self._header_cells([cell], para.source)
            return
        glued = split_labelled(text, para.source)
        if glued is not None and self._header_cells(glued, para.source):
            return
        pending, self._pending_label = self._pending_label, None
        if vocabulary().field_of(text) is not None:
            self._pending_label = cell  # "项目名称" on its line, the value on the next
            return
        if pending is not None and self._header_cells([pending, cell], para.source):
            return
        if _is_title(text):
            self._title = (text, para.source)
            self.grid = None

    def _glued_line(self, para: Paragraph) -> bool:
        """A header or row of a table whose cells were glued into one line."""
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
        if found is None or header is None or not single_value(header):
            return False
        self._start_grid(header, found[0])
        self._glued = True
        assert self.grid is not None and self.project is not None
        for cells in glued_rows(found[1], para.source):  # a table flattened into one paragraph
            indicator = self.grid.read(cells, para.source, packed=True)
            if indicator is not None:
                self.project.indicators.append(indicator)
        return True

    def _row(self, row: Row) -> None:
        if self._grid_from_stream and not self._stream_cells:
            # a grid read from one cell per line ends where the text changes layout
            self.grid, self._grid_from_stream = None, False
        header = parse_header(row)
        if header is not None:
            self._start_grid(header, row)
            return
        if self.grid is not None and self._header_fresh and self.grid.header.split_paired(row):
            return
        self._header_fresh = False
        first = next(c for c in row.cells if c.text)
        label = split_label(first.text) or vocabulary().field_of(first.text)
        if self.grid is not None and not label:
            words = vocabulary()
            filled = row.filled()
            if all(words.role_of(c.text) for c in filled):
                return  # the rest of a header broken over lines
            if words.ends_grid(first.text) or (len(filled) == 1 and _is_title(first.text)):
                self.grid = None  # the grid is over: 审核意见, a note, the next table's title
                self._loose_row(row)
                return
            self._grid_row(row)
            return
        probing = label or self._header_cells(row.cells, row.source, probe=True)
        if probing and self._header_cells(row.cells, row.source):
            return
        self._loose_row(row)

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
        header = parse_header(header_row)
        assert header is not None
        self._start_grid(header, header_row)
        assert self.grid is not None and self.project is not None
        words = vocabulary()
        after = cells[end:]
        # the next project's 项目名称 / 主管部门 ends this grid: the rest is read anew
        stop = next(
            (i for i, c in enumerate(after) if words.field_of(c.text) in ("name", "department")),
            len(after),
        )
        for row_cells in regroup(header, renumbered(after[:stop])):
            indicator = self.grid.read(row_cells, row_cells[0].source, packed=True)
            if indicator is not None:
                self.project.indicators.append(indicator)
        self._grid_from_stream = True
        if stop < len(after):
            self._stream = (None, after[stop:])
            self._flush_stream()

    def _start_grid(self, header: GridHeader, row: Row) -> None:
        self._glued = self._grid_from_stream = False
        self._project()
        self.grid = IndicatorReader(header, self.warn)
        self.headers.append(header)
        self._header_fresh = True
        self.block.see_text(row.cells[0].text)

    def _grid_row(self, row: Row) -> None:
        assert self.grid is not None and self.project is not None
        cells = row.cells
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
                split_label(c.text) or words.field_of(c.text) or words.budget_column(c.text)
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
        ):
            self._close_project()  # a second 项目名称: the next project begins
        self.grid = None
        found = self.block.read(cells, self._project())
        return bool(found)

    def _loose_row(self, row: Row) -> None:
        filled = row.filled()
        if len(filled) == 1 and self._empty_row_of_table(row):
            self.loose[-1].add(row.cells)  # '1.因公出国(境)费 |  |  |': a row with no amounts
            return
        if len(filled) == 1:
            self.block.see_text(filled[0].text)
            if _is_title(filled[0].text):
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
            self.loose[-1].add(row.cells)

    def _empty_row_of_table(self, row: Row) -> bool:
        """A short label alone in the first cell of a row under a table's figures."""
        first = row.cells[0].text
        return (
            len(row.cells) > 1
            and bool(self.loose)
            and any(is_number(c.text) for r in self.loose[-1].rows for c in r[1:])
            and bool(first)
            and len(normalise(first)) <= 30
            and not _is_title(first)
            and money_factor(normalise(first)) is None
            and not _SHEET.match(normalise(first))
            and not normalise(first).startswith(("注", "说明"))
        )

    # -- projects -----------------------------------------------------------------

    def _project(self) -> Project:
        if self.project is None:
            self.project = Project(name="")
            self.block = HeaderBlockReader() if self.projects else self.block
        return self.project

    def _close_project(self) -> None:
        if self.project is not None:
            self.projects.append(self.project)
        self.project, self.grid = None, None

    # -- the result ---------------------------------------------------------------

    def finish(self, blocks: list[Block]) -> DepartmentPlan:
        self._flush_stream()
        self._close_project()
        plan = self.plan
        titles = kinds.titles_of(blocks)
        plan.projects = [p for p in self.projects if p.indicators or p.name]
        if not any(p.indicators for p in plan.projects):
            self._prose_indicators(blocks)
        for project in plan.projects:
            if not project.name:
                project.name = self._subject(titles)
            if not project.goals and project.annual_goal:
                project.goals = goal_items(project.annual_goal)
        self._kind(titles, blocks)
        if plan.kind in ("disclosure", "final_accounts") or not plan.projects:
            tables = [t for t in (to_disclosure(lt) for lt in self.loose) if t is not None]
            if tables:
                plan.disclosure = Disclosure(tables=tables)
        plan.year = stated_year(texts_of(blocks))
        plan.title = next((t for t in titles if any(w in t for w in _TITLE_WORDS)), None)
        departments = [p.department for p in plan.projects if p.department]
        plan.department = departments[0] if departments else None
        if not plan.projects and plan.disclosure is None:
            seen = "、".join(titles[:5]) or "无"
            self.warn("no-structure", f"未识别到绩效指标表或公开表；看到的标题：{seen}", None)
        return plan

    def _prose_indicators(self, blocks: list[Block]) -> None:
        """No indicator table: the targets may be written as sentences."""
        prose = ProseIndicators()
        for block in blocks:
            if isinstance(block, Paragraph):
                # the raw text: cleaning drops the '**' of '(≥**株)' as markup
                simplify = block.text != clean_cell(block.raw)  # a traditional mirror
                prose.read(block.raw, block.source, simplify=simplify)
        if not prose.indicators:
            return
        if not self.plan.projects:
            self.plan.projects = [Project(name="")]
        self.plan.projects[0].indicators = prose.indicators

    def _kind(self, titles: list[str], blocks: list[Block]) -> None:
        decision = kinds.by_titles(titles)
        if decision is None:
            # a table flattened into one long line still names itself in it
            decision = kinds.by_titles([t[:400] for t in texts_of(blocks) if len(t) > 60])
        if decision is None and self.headers:
            header = self.headers[0]
            decision = kinds.by_headers(header.texts, {r for r in header.roles if r})
        if decision is None and self.loose:
            decision = kinds.KindDecision("disclosure", self.loose[0].title or "表格")
        if decision is not None:
            self.plan.kind, self.plan.kind_evidence = decision.kind, decision.evidence

    @staticmethod
    def _subject(titles: list[str]) -> str:
        for title in titles:
            if "目标" in title or "自评" in title or "表" in title:
                return title
        return titles[0] if titles else "未命名项目"


def goal_items(text: str) -> list[str]:
    """The numbered goals of a 年度目标 cell ('1、…2、…'), or the cell as one goal."""
    return [squeeze_spaces(item) for item in split_numbered_items(text) if item.strip()]


def _is_title(text: str) -> bool:
    """A table's title: short, naming a table, and not a 单位：万元 line or sheet tab."""
    bare = normalise(text)
    if len(bare) > 60 or money_factor(bare) is not None or _SHEET.match(bare):
        return False
    return any(w in bare for w in _TITLE_WORDS)


def assemble_generic(blocks: list[Block], file_name: str) -> DepartmentPlan:
    assembler = GenericAssembler(file_name)
    for block in blocks:
        assembler.feed(block)
    return assembler.finish(blocks)
