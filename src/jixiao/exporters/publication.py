"""The published document (公开文本) as an ordered list of blocks, for every writer.

A plan becomes, once and for all formats: a cover (封面), a table of contents (目录),
第一部分 部门整体绩效目标, 第二部分 预算项目绩效目标 (one 绩效目标表 per project) and,
when the plan has them, 第三部分 部门预算公开 (the disclosure tables and the 情况说明).
The Word, HTML and PDF writers only draw these blocks, so the three look alike and
read back alike.

Only what the plan knows is written — an unknown department, year, unit or amount
is left out, never invented — so importing a written file gives the same plan back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.exporters.layout import (
    chinese_number,
    has_money,
    project_rows,
    project_title,
    title_gives_name,
)
from jixiao.exporters.project_form import form_rows, is_monitored, is_scored, needs_form
from jixiao.exporters.publication_blocks import WIDE_TABLE_COLUMNS as WIDE_TABLE_COLUMNS
from jixiao.exporters.publication_blocks import (  # re-exported: the writers import them here
    Block as Block,
)
from jixiao.exporters.publication_blocks import DataTable as DataTable
from jixiao.exporters.publication_blocks import GoalTable as GoalTable
from jixiao.exporters.publication_blocks import Heading as Heading
from jixiao.exporters.publication_blocks import Text as Text
from jixiao.exporters.publication_blocks import TextKind as TextKind
from jixiao.exporters.publication_blocks import display_width as display_width
from jixiao.exporters.publication_blocks import is_amount as is_amount
from jixiao.model.disclosure import DisclosureRow, DisclosureTable, parse_amount
from jixiao.model.plan import DepartmentPlan, Project, SubGoal

DISCLOSURE_PART = "第三部分 部门预算公开"
COLUMN_NUMBERS_LABEL = "栏次"


@dataclass(frozen=True, slots=True)
class CoverLine:
    text: str
    role: str  # "department", "title" or "field" (a 编制/审核 line)


@dataclass(slots=True)
class Publication:
    """What a writer draws: the cover lines, then the blocks in order."""

    title: str
    cover: list[CoverLine] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    @property
    def toc(self) -> list[Heading]:
        """The entries of the 目录: the parts, each project and each disclosure table."""
        return [b for b in self.blocks if isinstance(b, Heading) and b.in_toc]

    def landscape_runs(self) -> list[tuple[int, int]]:
        """(first, last) block indexes printed on landscape pages: each wide table with
        its heading, 单位 line and note; neighbouring runs share their pages."""
        runs: list[tuple[int, int]] = []
        blocks = self.blocks
        for index, block in enumerate(blocks):
            if not (isinstance(block, DataTable) and block.wide):
                continue
            first = index
            while first > 0 and not isinstance(blocks[first], Heading):
                first -= 1
            last = index
            if last + 1 < len(blocks) and isinstance(blocks[last + 1], Text):
                following = blocks[last + 1]
                assert isinstance(following, Text)
                if following.kind is TextKind.NOTE:
                    last += 1
            if runs and runs[-1][1] + 1 >= first:
                runs[-1] = (runs[-1][0], last)
            else:
                runs.append((first, last))
        return runs


SCORED_TITLE = "项目支出绩效自评表"
MONITOR_TITLE = "项目支出绩效目标执行监控表"
PLAN_TITLE = "部门预算绩效文本"


def form_title(name: str, *, scored: bool, monitored: bool = False) -> str:
    """ "市级文物保护专项经费项目支出绩效自评表" (or …执行监控表); a name ending in 项目 is
    not followed by a second 项目 ("…作业项目项目支出…")."""
    kind = MONITOR_TITLE if monitored else SCORED_TITLE if scored else "项目支出绩效目标申报表"
    return name + (kind.removeprefix("项目") if name.endswith("项目") else kind)


def is_self_evaluation(plan: DepartmentPlan) -> bool:
    """Whether the plan is published as 自评表 (some project holds results)."""
    return any(is_scored(project) for project in plan.projects)


def document_title(plan: DepartmentPlan) -> str:
    year = f"{plan.year}年" if plan.year is not None else ""
    return f"{plan.department or ''}{year}{_kind_title(plan)}"


def _kind_title(plan: DepartmentPlan) -> str:
    """What the document is: a plan of tables only is a 公开 or 决算 document, not a
    部门预算绩效文本 (a Hebei title on another province's 三公 table)."""
    if is_self_evaluation(plan):
        return SCORED_TITLE
    if not plan.projects and plan.disclosure is not None:
        return "部门决算公开表" if plan.kind == "final_accounts" else "部门预算公开表"
    return PLAN_TITLE


def build_publication(plan: DepartmentPlan) -> Publication:
    """Lay out ``plan`` as the blocks of the published document."""
    publication = Publication(title=document_title(plan), cover=cover_lines(plan))
    blocks = publication.blocks
    _part1(blocks, plan)
    _part2(blocks, plan)
    _disclosure(blocks, plan)
    return publication


def cover_lines(plan: DepartmentPlan) -> list[CoverLine]:
    """封面: department, 'YYYY年部门预算绩效文本', 编制单位 and 审核单位 (blank to fill in
    until the plan is approved)."""
    lines: list[CoverLine] = []
    if plan.department:
        lines.append(CoverLine(plan.department, "department"))
    if plan.year is not None:
        lines.append(CoverLine(f"{plan.year}年{_kind_title(plan)}", "title"))
    if lines:
        lines.append(CoverLine(f"编制单位：{plan.department or ''}", "field"))
        # The blank 审核单位 line is the 财政 approval of a 绩效文本, not of a 自评表 or 决算
        if plan.review_unit or _kind_title(plan) == PLAN_TITLE:
            lines.append(CoverLine(f"审核单位：{plan.review_unit or ''}", "field"))
    return lines


# -- 第一部分 部门整体绩效目标 ------------------------------------------------------------------


def _lines(text: str | None) -> list[str]:
    return [line for line in (text or "").split("\n") if line.strip()]


def _part1(blocks: list[Block], plan: DepartmentPlan) -> None:
    if not (plan.overall_goal or plan.sub_goals or plan.measures):
        return
    blocks.append(Heading(1, "第一部分 部门整体绩效目标", "part1", center=True, in_toc=True))
    blocks.append(Heading(2, "一、总体绩效目标", "overall"))
    blocks.extend(Text(line) for line in _lines(plan.overall_goal))
    blocks.append(Heading(2, "二、分项绩效目标", "sub-goals"))
    blocks.extend(Text(line) for line in sub_goal_lines(plan.sub_goals))
    blocks.append(Heading(2, "三、工作保障措施", "measures"))
    for number, measure in enumerate(plan.measures, start=1):
        first, *rest = _lines(measure) or [""]
        blocks.append(Text(f"（{chinese_number(number)}）{first}"))
        blocks.extend(Text(line) for line in rest)


def sub_goal_lines(sub_goals: list[SubGoal]) -> list[str]:
    """分项绩效目标: a title line, then each item's 绩效目标： and 绩效指标： sentences.

    Consecutive items sharing a title are written under that one title (seed 004).
    """
    lines: list[str] = []
    number = 0
    previous: SubGoal | None = None
    for item in sub_goals:
        if item.title and not _continues_group(previous, item):
            number += 1
            lines.append(f"（{chinese_number(number)}）{item.title}")
        if item.goal:
            lines.append(f"绩效目标：{item.goal}")
        if item.indicator:
            lines.append(f"绩效指标：{item.indicator}")
        previous = item
    return lines


def _continues_group(previous: SubGoal | None, item: SubGoal) -> bool:
    """Whether ``item`` can go under ``previous``'s title line without a new one.

    Only an item opening with a 绩效目标 sentence can: on reading, that sentence starts
    a new item; a lone 绩效指标 or a bare title would merge with the item before.
    """
    return (
        previous is not None
        and previous.title == item.title
        and (previous.goal is not None or previous.indicator is not None)
        and item.goal is not None
    )


# -- 第二部分 预算项目绩效目标 --------------------------------------------------------------------


def _part2(blocks: list[Block], plan: DepartmentPlan) -> None:
    if not plan.projects:
        return
    scored = is_self_evaluation(plan)
    part = "项目支出绩效自评" if scored else "预算项目绩效目标"
    blocks.append(Heading(1, f"第二部分 {part}", "part2", center=True, in_toc=True))
    for number, project in enumerate(plan.projects, start=1):
        blocks.extend(project_blocks(project, number, scored=scored))


def project_blocks(project: Project, number: int, *, scored: bool = False) -> list[Block]:
    """One project: its title, unit line, 单位：万元 and its 绩效目标表."""
    anchor = f"project-{number}"
    if needs_form(project) or scored:
        return _form_blocks(project, number, anchor, scored=scored)
    title = project_title(number, project)
    blocks: list[Block] = [Heading(2, title, anchor, center=True, new_page=number > 1, in_toc=True)]
    if project.unit_code and project.unit_name:
        blocks.append(Text(f"{project.unit_code} {project.unit_name}", TextKind.LINE))
    if has_money(project) or (project.unit_code and project.unit_name):
        blocks.append(Text("单位：万元", TextKind.UNIT))
    rows = project_rows(project, name_in_title=title_gives_name(title, project.name))
    if rows:
        blocks.append(GoalTable(f"{anchor}-table", tuple(rows)))
    return blocks


def _form_blocks(project: Project, number: int, anchor: str, *, scored: bool) -> list[Block]:
    """A project of a self-evaluation, or holding what a goal table has no place for: its
    自评表 or 申报表 (see :mod:`jixiao.exporters.project_form`)."""
    title = f"{number}.{form_title(project.name, scored=scored, monitored=is_monitored(project))}"
    rows = form_rows(project, scored=scored)
    return [
        Heading(2, title, anchor, center=True, new_page=number > 1, in_toc=True),
        Text("单位：万元", TextKind.UNIT),
        DataTable(header=rows[:1], column_numbers=None, rows=rows[1:], span_last=True),
    ]


# -- 第三部分 部门预算公开 ----------------------------------------------------------------------


def _disclosure(blocks: list[Block], plan: DepartmentPlan) -> None:
    disclosure = plan.disclosure
    if disclosure is None or not (disclosure.tables or disclosure.sections):
        return
    # "第三部分" only after a first or second part: a document of tables alone has none.
    part = DISCLOSURE_PART if blocks else _kind_title(plan).removesuffix("表")
    blocks.append(Heading(1, part, "disclosure", center=True, in_toc=True))
    for number, table in enumerate(disclosure.tables, start=1):
        title = table_heading(number, table)
        blocks.append(Heading(2, title, f"table-{number}", center=True, in_toc=True))
        if table.money_unit:
            blocks.append(Text(f"单位：{table.money_unit}", TextKind.UNIT))
        blocks.append(data_table(table))
        if table.note:
            blocks.append(Text(table.note, TextKind.NOTE))
    for number, section in enumerate(disclosure.sections, start=1):
        blocks.append(Heading(2, section.title, f"section-{number}", in_toc=True))
        blocks.extend(Text(line) for line in _lines(section.text))


def table_heading(number: int, table: DisclosureTable) -> str:
    """The table's title; "表N" for a table read without one (an empty heading is lost)."""
    return table.title or f"表{number}"


def header_rows(columns: list[str]) -> list[list[str]]:
    """Multi-row header cells from flattened column names ("收入/预算数").

    A parent heading is written once, over the first of its columns; the importer
    carries it over the empty cells to its right, as in the published tables.
    """
    parts = [column.split("/") for column in columns]
    depth = max((len(p) for p in parts), default=0)
    rows: list[list[str]] = []
    for level in range(depth):
        row: list[str] = []
        for index, names in enumerate(parts):
            if level >= len(names):
                row.append("")
            elif level == 0 and index > 0 and len(names) > 1 and parts[index - 1][0] == names[0]:
                row.append("")  # the parent heading of the column on the left continues
            else:
                row.append(names[level])
        rows.append(row)
    return rows


def _closes_header(cells: list[str]) -> bool:
    """Whether the importer sees this row as the first data row (a number or 合计)."""
    return bool(cells) and (cells[0] == "合计" or any(parse_amount(c) for c in cells[1:]))


def labelled_cells(row: DisclosureRow, width: int) -> list[str]:
    """The row's cells under the table's columns, its code and name written first when
    the reading kept them apart from the cells (a generic table's 项目 column): written
    without them, a row's label would be lost."""
    cells = list(row.cells)
    gap = width - len(cells)
    labels = _labels(row)
    if labels and gap > 0:
        labels = labels[-gap:]
        cells = [*[""] * (gap - len(labels)), *labels, *cells]
    return cells + [""] * (width - len(cells))


def _labels(row: DisclosureRow) -> list[str]:
    """The row's 科目编码 and name, when the reading kept them apart from its cells; a
    name read as '201 一般公共服务支出' is written after its code without it."""
    name = row.name
    if row.code and name and name.startswith(row.code + " "):
        name = name[len(row.code) + 1 :]
    return [label for label in (row.code, name) if label and label not in row.cells]


def data_table(table: DisclosureTable) -> DataTable:
    # A row may hold more cells than the table names columns (a header cut off in the
    # source): the extra columns get an empty heading rather than the cells being lost.
    # Its name needs a column too ('合计 | 18.15 | 22.15 | 4 | 22%' under a header read
    # as '增、减金额 | 增、减幅度'): the header's missing columns are the first ones.
    width = max([len(table.columns), *(len(row.cells) for row in table.rows)])
    named = max((len(row.cells) + len(_labels(row)) for row in table.rows), default=0)
    missing = max(named - width, 0)
    width += missing
    columns = [*[""] * missing, *table.columns]
    columns += [""] * (width - len(columns))
    header = header_rows(columns)
    rows = [labelled_cells(row, width) for row in table.rows]
    # The 栏次 row ends the header for the importer; a one-row header whose first data
    # row has numbers, or a table of words, reads back without it.
    words_only = not any(_closes_header(r) for r in rows)
    needs_numbers = len(header) > 1 or not rows or not (_closes_header(rows[0]) or words_only)
    numbers = None
    if needs_numbers and columns:
        numbers = (COLUMN_NUMBERS_LABEL, *(str(i) for i in range(1, width)))
    return DataTable(
        header=tuple(tuple(r) for r in header),
        column_numbers=numbers,
        rows=tuple(tuple(r) for r in rows),
    )
