"""Write a :class:`DepartmentPlan` as a Word document in the official layout.

The layout follows the published 部门预算绩效文本 (see the seeds): a cover, 第一部分
部门整体绩效目标 (总体绩效目标, 分项绩效目标, 工作保障措施) and 第二部分 预算项目绩效目标
with one 绩效目标表 per project. Only what the plan knows is written — an unknown
department, year, unit or amount is left out, never invented — so importing the
written file gives the same plan back.

Each 绩效目标表 is ONE table on a 7-column grid: the 预算规模 row needs seven cells
(label, 预算数, value, 其中：财政资金, value, 其他资金, value), the indicator grid's
six columns fit by letting 绩效指标描述 span two grid columns, as in the seeds.
The 部门预算公开 disclosure tables are not written.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tc
from docx.oxml.text.font import CT_RPr
from docx.shared import Cm, Length, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from jixiao.importers.headings import HeadingKind, classify
from jixiao.model.plan import SPEND_CHECKPOINTS, DepartmentPlan, Indicator, Project, SubGoal

BODY_FONT = "宋体"  # SimSun: Word, WPS and LibreOffice all show Chinese with it
LATIN_FONT = "Times New Roman"
GRID_COLUMNS = 7
COLUMN_WIDTHS_CM = (2.4, 2.3, 2.6, 2.4, 1.9, 2.0, 2.4)
TABLE_FONT_SIZE = Pt(10.5)  # 五号
BODY_FONT_SIZE = Pt(12)  # 小四
_HEADING_SIZES = {"Heading 1": Pt(16), "Heading 2": Pt(14), "Heading 3": Pt(12)}

_CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (the numbers of （一） items)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    text = ("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else ""
    return text + (_CN_DIGITS[ones] if ones else "")


def plain_number(value: Decimal) -> str:
    """A Decimal as written in the tables: "5.91", "0", "12.94", never "1E+2"."""
    return format(value, "f")


# -- the document ---------------------------------------------------------------------


def write_plan_docx(plan: DepartmentPlan, path: Path) -> None:
    """Write ``plan`` to ``path`` as a .docx in the layout of the published documents."""
    document = Document()
    _set_up(document)
    started = _write_cover(document, plan)
    started = _write_part1(document, plan, page_break=started) or started
    _write_part2(document, plan, page_break=started)
    document.save(str(path))


def _set_up(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)
    normal = document.styles["Normal"]
    normal.font.size = BODY_FONT_SIZE
    _set_fonts(normal.element.get_or_add_rPr())
    for name, size in _HEADING_SIZES.items():
        style = document.styles[name]
        style.font.size = size
        style.font.bold = True
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(style.element.get_or_add_rPr())


def _set_fonts(rpr: CT_RPr) -> None:
    """rPr rFonts with an East Asian font, replacing theme fonts that would override it."""
    fonts = rpr.get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), BODY_FONT)
    fonts.set(qn("w:hint"), "eastAsia")


def _add_run(paragraph: DocxParagraph, text: str, *, bold: bool = False,
             size: Length | None = None) -> None:
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size is not None:
        run.font.size = size
    _set_fonts(run._r.get_or_add_rPr())


def _paragraph(document: DocxDocument, text: str, *, style: str | None = None,
               center: bool = False, bold: bool = False, size: Length | None = None,
               page_break: bool = False) -> DocxParagraph:
    paragraph = document.add_paragraph(style=style)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_break:
        paragraph.paragraph_format.page_break_before = True
    _add_run(paragraph, text, bold=bold, size=size)
    return paragraph


def _body(document: DocxDocument, text: str) -> None:
    paragraph = _paragraph(document, text)
    paragraph.paragraph_format.first_line_indent = Pt(24)  # 首行缩进两字


# -- cover --------------------------------------------------------------------------


def _write_cover(document: DocxDocument, plan: DepartmentPlan) -> bool:
    """封面: department, 'YYYY年部门预算绩效文本', 'XX编制' — whatever is known."""
    lines: list[tuple[str, Length]] = []
    if plan.department:
        lines.append((plan.department, Pt(26)))
    if plan.year is not None:
        lines.append((f"{plan.year}年部门预算绩效文本", Pt(22)))
    if plan.department:
        lines.append((f"{plan.department}编制", Pt(16)))
    for index, (text, size) in enumerate(lines):
        paragraph = _paragraph(document, text, center=True, bold=index < 2, size=size)
        paragraph.paragraph_format.space_before = Pt(120 if index == 0 else 24)
    return bool(lines)


# -- 第一部分 部门整体绩效目标 ------------------------------------------------------------------


def _write_part1(document: DocxDocument, plan: DepartmentPlan, *, page_break: bool) -> bool:
    if not (plan.overall_goal or plan.sub_goals or plan.measures):
        return False
    _paragraph(document, "第一部分 部门整体绩效目标", style="Heading 1", center=True,
               page_break=page_break)
    _paragraph(document, "一、总体绩效目标", style="Heading 2")
    for line in _lines(plan.overall_goal):
        _body(document, line)
    _paragraph(document, "二、分项绩效目标", style="Heading 2")
    _write_sub_goals(document, plan.sub_goals)
    _paragraph(document, "三、工作保障措施", style="Heading 2")
    for number, measure in enumerate(plan.measures, start=1):
        first, *rest = _lines(measure) or [""]
        _body(document, f"（{chinese_number(number)}）{first}")
        for line in rest:
            _body(document, line)
    return True


def _lines(text: str | None) -> list[str]:
    return [line for line in (text or "").split("\n") if line.strip()]


def _write_sub_goals(document: DocxDocument, sub_goals: list[SubGoal]) -> None:
    """分项绩效目标: a title line, then each item's 绩效目标： and 绩效指标： sentences.

    Consecutive items sharing a title are written under that one title (seed 004).
    """
    number = 0
    previous: SubGoal | None = None
    for item in sub_goals:
        if item.title and not _continues_group(previous, item):
            number += 1
            _body(document, f"（{chinese_number(number)}）{item.title}")
        if item.goal:
            _body(document, f"绩效目标：{item.goal}")
        if item.indicator:
            _body(document, f"绩效指标：{item.indicator}")
        previous = item


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


def _write_part2(document: DocxDocument, plan: DepartmentPlan, *, page_break: bool) -> None:
    if not plan.projects:
        return
    _paragraph(document, "第二部分 预算项目绩效目标", style="Heading 1", center=True,
               page_break=page_break)
    for number, project in enumerate(plan.projects, start=1):
        _write_project(document, project, number, page_break=number > 1)


def _write_project(document: DocxDocument, project: Project, number: int, *,
                   page_break: bool) -> None:
    title = f"{number}.{project.name}绩效目标表"
    _paragraph(document, title, style="Heading 2", center=True, page_break=page_break)
    if project.unit_code and project.unit_name:
        _paragraph(document, f"{project.unit_code} {project.unit_name}")
    if _has_money(project) or (project.unit_code and project.unit_name):
        unit = _paragraph(document, "单位：万元")
        unit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows = project_rows(project, name_in_title=_title_gives_name(title, project.name))
    if rows:
        _render_table(document, rows)


def _has_money(project: Project) -> bool:
    return any(
        value is not None
        for value in (project.budget_total, project.budget_fiscal, project.budget_other)
    )


def _title_gives_name(title: str, name: str) -> bool:
    """Whether reading the heading alone gives back the project's name."""
    heading = classify(title, disclosure=False)
    return heading is not None and heading.kind is HeadingKind.PROJECT and heading.name == name


# -- the 绩效目标表 as rows of grid segments ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """One cell of a written row: its first grid column, width and text."""

    start: int
    span: int
    text: str
    label: bool = False


@dataclass(frozen=True, slots=True)
class TableRow:
    """A written row; ``joins_above`` merges its first cell with the one above (vMerge)."""

    segments: tuple[Segment, ...]
    joins_above: bool = False


def _label(start: int, text: str, span: int = 1) -> Segment:
    return Segment(start, span, text, label=True)


_SPEND_SPANS = ((1, 2), (3, 2), (5, 1), (6, 1))  # 3月底 6月底 10月底 12月底
_GRID_SPANS = ((0, 1), (1, 1), (2, 1), (3, 2), (5, 1), (6, 1))
_GRID_HEADER = ("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")


def project_rows(project: Project, *, name_in_title: bool = False) -> list[TableRow]:
    """The rows of a project's table; rows whose data is entirely absent are left out."""
    rows: list[TableRow] = []
    if project.code is not None or not name_in_title:
        rows.append(_code_row(project))
    rows.extend(_budget_rows(project))
    rows.extend(_spend_rows(project))
    if project.goals:
        goals = "\n".join(f"{n}.{goal}" for n, goal in enumerate(project.goals, start=1))
        rows.append(TableRow((_label(0, "绩效目标"), Segment(1, 6, goals))))
    if project.indicators:
        rows.append(
            TableRow(tuple(_label(s, t, w) for (s, w), t in zip(_GRID_SPANS, _GRID_HEADER,
                                                                   strict=True)))
        )
        rows.extend(_indicator_rows(project.indicators))
    return rows


def _code_row(project: Project) -> TableRow:
    return TableRow(
        (
            _label(0, "项目编码"),
            Segment(1, 2, project.code or ""),
            _label(3, "项目名称"),
            Segment(4, 3, project.name),
        )
    )


def _amount(value: Decimal | None) -> str:
    return "" if value is None else plain_number(value)


def _budget_rows(project: Project) -> list[TableRow]:
    """预算规模及资金用途: amounts, then the purpose under the same (merged) label."""
    rows: list[TableRow] = []
    if _has_money(project):
        rows.append(
            TableRow(
                (
                    _label(0, "预算规模及资金用途"),
                    _label(1, "预算数"),
                    Segment(2, 1, _amount(project.budget_total)),
                    _label(3, "其中：财政资金"),
                    Segment(4, 1, _amount(project.budget_fiscal)),
                    _label(5, "其他资金"),
                    Segment(6, 1, _amount(project.budget_other)),
                )
            )
        )
    if project.purpose:
        if rows:
            rows.append(TableRow((Segment(0, 1, ""), Segment(1, 6, project.purpose)), True))
        else:
            rows.append(TableRow((_label(0, "资金用途"), Segment(1, 6, project.purpose))))
    return rows


def _spend_rows(project: Project) -> list[TableRow]:
    """资金支出计划（%）: the checkpoints row and the cumulative percentages under it."""
    values = [project.spend_plan.get(key) for key in SPEND_CHECKPOINTS]
    if all(value is None for value in values):
        return []
    header = [_label(0, "资金支出计划（%）")]
    header += [_label(s, key, w) for (s, w), key in zip(_SPEND_SPANS, SPEND_CHECKPOINTS,
                                                        strict=True)]
    cells = [Segment(0, 1, "")]
    cells += [
        Segment(s, w, "" if value is None else f"{plain_number(value)}%")
        for (s, w), value in zip(_SPEND_SPANS, values, strict=True)
    ]
    return [TableRow(tuple(header)), TableRow(tuple(cells), joins_above=True)]


def _indicator_rows(indicators: list[Indicator]) -> list[TableRow]:
    """The grid; 一级指标 is one cell merged down over the rows that share it."""
    rows: list[TableRow] = []
    previous: str | None = None
    for indicator in indicators:
        joins = bool(indicator.level1) and indicator.level1 == previous
        texts = (
            "" if joins else indicator.level1,
            indicator.level2,
            indicator.level3,
            indicator.description,
            indicator.value,
            indicator.basis,
        )
        segments = tuple(Segment(s, w, t) for (s, w), t in zip(_GRID_SPANS, texts, strict=True))
        rows.append(TableRow(segments, joins_above=joins))
        previous = indicator.level1
    return rows


# -- rendering the rows into one Word table ----------------------------------------


def _render_table(document: DocxDocument, rows: list[TableRow]) -> None:
    table = document.add_table(rows=len(rows), cols=GRID_COLUMNS)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for index, width in enumerate(COLUMN_WIDTHS_CM):
        table.columns[index].width = Cm(width)
    # Cells are addressed through their w:tc elements: table.cell() rebuilds the whole
    # cell grid on every call, which makes large tables quadratic.
    grid = [list(tr.tc_lst) for tr in table._tbl.tr_lst]
    for tcs in grid:
        for tc, width in zip(tcs, COLUMN_WIDTHS_CM, strict=True):
            tc.width = Cm(width)
    for tcs, row in zip(grid, rows, strict=True):
        for segment in row.segments:
            cell = _Cell(tcs[segment.start], table)
            if segment.span > 1:
                cell = cell.merge(_Cell(tcs[segment.start + segment.span - 1], table))
            _fill_cell(cell, segment)
    _merge_first_column(table, [tcs[0] for tcs in grid], rows)


def _fill_cell(cell: _Cell, segment: Segment) -> None:
    """The cell's text, one Word paragraph per line (a 绩效目标 cell holds several)."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    lines = segment.text.split("\n") if segment.text else []
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        if segment.label:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_run(paragraph, line, bold=segment.label, size=TABLE_FONT_SIZE)


def _merge_first_column(table: Table, first_tcs: list[CT_Tc], rows: list[TableRow]) -> None:
    """Merge column 0 vertically over each run of rows that join the row above."""
    top = 0
    for index in range(1, len(rows) + 1):
        if index < len(rows) and rows[index].joins_above:
            continue
        if index - 1 > top:
            _Cell(first_tcs[top], table).merge(_Cell(first_tcs[index - 1], table))
        top = index
