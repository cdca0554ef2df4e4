"""Recognise a document's structure in the block stream of any reader.

The document is read as a sequence of regions opened by headings (part 1 and its
three sections, each project's 绩效目标表, each disclosure table and narrative
section); content goes to the builder of the region it falls in.
"""

from __future__ import annotations

from enum import Enum, auto

from jixiao.importers.blocks import Block, Paragraph, Row
from jixiao.importers.cover import CoverReader, department_from_unit, year_from_texts
from jixiao.importers.department_part import MeasureCollector, SubGoalCollector
from jixiao.importers.disclosure_tables import DisclosureTableBuilder, money_unit_in
from jixiao.importers.goal_table import ProjectBuilder
from jixiao.importers.goal_values import parse_unit_line
from jixiao.importers.headings import (
    NARRATIVE_SECTIONS,
    Heading,
    HeadingKind,
    classify,
    is_toc_entry,
)
from jixiao.importers.prose import ProseCollector
from jixiao.model.disclosure import Disclosure, NarrativeSection
from jixiao.model.plan import DepartmentPlan, ImportIssue, Unit
from jixiao.model.source import SourceRef


class Region(Enum):
    COVER = auto()
    TOC = auto()
    PART1 = auto()
    OVERALL = auto()
    SUB_GOALS = auto()
    MEASURES = auto()
    PART2 = auto()
    DISCLOSURE = auto()
    PROJECT = auto()
    TABLE = auto()
    NARRATIVE = auto()


class Assembler:
    """Walks the blocks once, keeping the current region and its builder."""

    def __init__(self, file_name: str) -> None:
        self.plan = DepartmentPlan(source_file=file_name)
        self.file_name = file_name
        self.region = Region.COVER
        self.cover = CoverReader()
        self.disclosure_mode = False
        self._last_heading: str | None = None
        self._overall = ProseCollector()
        self._overall_source: SourceRef | None = None
        self._sub_goals = SubGoalCollector()
        self._measures = MeasureCollector()
        self._project: ProjectBuilder | None = None
        self._table: DisclosureTableBuilder | None = None
        self._narrative: tuple[str, ProseCollector, SourceRef] | None = None
        self._disclosure = Disclosure()

    def warn(self, code: str, message: str, source: SourceRef | None) -> None:
        self.plan.warnings.append(ImportIssue(code=code, message=message, source=source))

    # -- dispatch -------------------------------------------------------------------

    def feed(self, block: Block) -> None:
        if isinstance(block, Row):
            self._row(block)
        else:
            self._paragraph(block)

    def _paragraph(self, para: Paragraph) -> None:
        text = para.text
        if not text:
            return
        # (both words hold 公开: most paragraphs are searched once, for it alone)
        if "公开" in text and ("部门预算公开" in text or "部门预算信息公开" in text):
            self.disclosure_mode = True
        heading = classify(text, disclosure=self.disclosure_mode)
        if heading is not None:
            compact = heading.text.replace(" ", "")
            if compact == self._last_heading:
                return  # the same heading written twice
            self._last_heading = compact
            self._open(heading, para.source)
            return
        self._last_heading = None
        self._content(text, para.source)

    def _content(self, text: str, source: SourceRef) -> None:
        region = self.region
        if region in (Region.COVER, Region.TOC, Region.PART1, Region.PART2, Region.DISCLOSURE):
            self.cover.see(text)
        elif region is Region.OVERALL:
            if self._overall_source is None:
                self._overall_source = source
            self._overall.add(text)
        elif region is Region.SUB_GOALS:
            self._sub_goals.add(text, source)
        elif region is Region.MEASURES:
            self._measures.add(text)
        elif region is Region.PROJECT and self._project is not None:
            self._project_paragraph(text, source)
        elif region is Region.TABLE and self._table is not None:
            self.cover.see(text)
            self._table.add_paragraph(text)
        elif region is Region.NARRATIVE and self._narrative is not None:
            self.cover.see(text)
            self._narrative[1].add(text)

    def _project_paragraph(self, text: str, source: SourceRef) -> None:
        assert self._project is not None
        if self._project.unit_line(text, source):
            return
        if "单位" in text and (money_unit_in(text) or text.startswith("单位：")):
            return  # (both need the word: most paragraphs are searched for it alone)
        if self._project.continue_last_cell(text, source):
            return
        self.warn("text-not-understood", f"绩效目标表中无法归属的文字：{text[:40]}", source)

    def _row(self, row: Row) -> None:
        # (texts, not cells: most rows of a 文本 never make their cells; a lazy row's own
        # list read without the property's call, one per row of a document)
        texts = row._texts or row.texts
        filled = len(texts) - texts.count("")  # counted once: emptiness, unit rows, TOC
        if not filled:
            return
        self._last_heading = None
        region = self.region
        if region is Region.PROJECT:
            project = self._project
            if project is not None:
                # the unit line and 单位：万元 written as a row of one-cell lines
                if filled <= 2 and self._unit_row(texts, row, project):
                    return
                project.add_row(row, texts)
                return
        elif filled == 2 and is_toc_entry(texts):
            return  # (in a 绩效目标表, "三级指标 | 100" is an indicator, not a TOC entry)
        if region is Region.TABLE and self._table is not None:
            self._table.add_row(row)
        elif region is Region.SUB_GOALS and self._sub_goals.add_row(row):
            return  # the row belonged to a 分项绩效目标 table (Excel, Word)
        elif region is Region.NARRATIVE and self._narrative is not None:
            self._narrative[1].add("\t".join(t for t in texts if t))
        else:
            self.warn(
                "row-outside-table",
                "表格行不属于任何可识别的表：" + "｜".join(t for t in texts if t)[:60],
                row.source,
            )

    @staticmethod
    def _unit_row(texts: list[str], row: Row, project: ProjectBuilder) -> bool:
        """The unit line and 单位：万元 written as a row of one or two filled cells."""
        if "单位" not in "\t".join(texts):
            return False  # (what both tests below need: one search, not two per cell)
        filled = [text for text in texts if text]
        if not any(money_unit_in(text) or text.startswith("单位：") for text in filled):
            return False
        for index, text in enumerate(texts):
            if text and parse_unit_line(text):
                project.unit_line(text, row.located(index))
        return True

    # -- regions ----------------------------------------------------------------------

    def _open(self, heading: Heading, source: SourceRef) -> None:
        self._close_builders()
        kind = heading.kind
        if kind is HeadingKind.TOC:
            self.region = Region.TOC
        elif kind is HeadingKind.PART1:
            self.region = Region.PART1
        elif kind is HeadingKind.PART2:
            self.region = Region.PART2
        elif kind is HeadingKind.DISCLOSURE_PART:
            self.disclosure_mode = True
            self.region = Region.DISCLOSURE
        elif kind is HeadingKind.OVERALL:
            self.region = Region.OVERALL
        elif kind is HeadingKind.SUB_GOALS:
            self.region = Region.SUB_GOALS
        elif kind is HeadingKind.MEASURES:
            self.region = Region.MEASURES
        elif kind is HeadingKind.PROJECT:
            self.region = Region.PROJECT
            self._project = ProjectBuilder(heading.name, source, self.warn)
        elif kind is HeadingKind.DISCLOSURE_TABLE:
            self.disclosure_mode = True
            self.region = Region.TABLE
            self._table = DisclosureTableBuilder(heading.name, heading.text, source)
        elif kind is HeadingKind.NARRATIVE:
            self.disclosure_mode = True
            self.region = Region.NARRATIVE
            self._narrative = (heading.name, ProseCollector(), source)

    def _close_builders(self) -> None:
        if self._project is not None:
            project = self._project.finish()
            self.plan.projects.append(project)
            self._project = None
        if self._table is not None:
            self._disclosure.tables.append(self._table.finish())
            self._table = None
        if self._narrative is not None:
            title, prose, source = self._narrative
            text = prose.text() or ""
            # A table-of-contents line opens an empty section: it holds nothing to keep.
            if text or title in NARRATIVE_SECTIONS:
                self._disclosure.sections.append(
                    NarrativeSection(title=title, text=text, source=source)
                )
            self._narrative = None

    def finish(self) -> DepartmentPlan:
        self._close_builders()
        plan = self.plan
        plan.overall_goal = self._overall.text()
        if self._overall_source is not None:
            plan.sources["overall_goal"] = self._overall_source
        plan.sub_goals = self._sub_goals.finish()
        plan.measures = self._measures.finish()
        if self._disclosure.tables or self._disclosure.sections:
            plan.disclosure = self._disclosure
        self._identity()
        return plan

    def _identity(self) -> None:
        plan = self.plan
        plan.title = self.cover.title
        plan.department = self.cover.department
        plan.year = self.cover.year
        seen: dict[str, Unit] = {}
        for project in plan.projects:
            if project.unit_code and project.unit_name and project.unit_code not in seen:
                seen[project.unit_code] = Unit(code=project.unit_code, name=project.unit_name)
        plan.units = list(seen.values())
        if plan.department is None and plan.units:
            plan.department = department_from_unit(plan.units[0].name)
            self.warn(
                "department-from-unit",
                f"文档未写明部门名称，按首个预算单位推定为“{plan.department}”",
                None,
            )
        if plan.year is None:
            texts = [t for p in plan.projects for t in [p.purpose or "", *p.goals]]
            plan.year = year_from_texts(texts)
            if plan.year is not None:
                self.warn(
                    "year-inferred",
                    f"文档未写明预算年度，依据项目文字推定为{plan.year}年",
                    None,
                )
            else:
                self.warn("year-missing", "文档未写明预算年度", None)
        if not plan.projects and plan.overall_goal is None and plan.disclosure is None:
            self.warn("no-structure", "未识别到部门整体绩效目标、项目绩效目标表或公开表", None)


def assemble(blocks: list[Block], file_name: str) -> DepartmentPlan:
    """Build the department plan from a reader's blocks."""
    assembler = Assembler(file_name)
    row, paragraph = assembler._row, assembler._paragraph  # (feed, without a call per block)
    for block in blocks:
        if isinstance(block, Row):
            row(block)
        else:
            paragraph(block)
    return assembler.finish()
