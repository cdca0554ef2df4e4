"""财政厅样式的 Excel 工作簿：导出部门预算绩效文本（空白模板见 :mod:`plan_xlsx_template`）。

Both read back with :func:`jixiao.importers.api.import_file` (the xlsx reader and
the shared assembler), so exporting a plan and importing the file gives the plan back.

Layout:

* sheet "部门整体绩效目标": the department/year title, 第一部分, 一、总体绩效目标
  (its paragraphs in one cell, a line each), 二、分项绩效目标 as a table
  序号|标题|绩效目标|绩效指标, 三、工作保障措施 one measure per cell ("（一）标题" and
  its paragraphs, a line each);
* one sheet per project on a 7-column grid — the 预算规模 row needs seven cells
  (label, 预算数, value, 其中：财政资金, value, 其他资金, value); in the indicator grid
  绩效指标描述 spans two columns, as in the published tables: title row
  "N.项目名称绩效目标表", unit row ("单位：430001 XX本级" … "单位：万元"),
  项目编码/项目名称, 预算数 and 资金用途 under a label merged down two rows,
  资金支出计划（%） as numbers in percent format (25% is the number 0.25), 绩效目标
  "1.…\\n2.…", and the indicator grid under a two-row header with 一级指标 merged
  down its rows.

* the 部门预算公开, when the plan has it: a sheet per disclosure table (title,
  单位：万元, header rows, 栏次 when needed, data rows, 注：…) and a 情况说明 sheet
  with the narrative sections.

Only what the plan knows is written: an unknown department, year, unit or amount
is left empty, never invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.exporters.layout import chinese_number, goals_text
from jixiao.exporters.project_form import form_rows, is_monitored, needs_form
from jixiao.exporters.publication import (
    DISCLOSURE_PART,
    DataTable,
    data_table,
    document_title,
    form_title,
    is_amount,
    is_self_evaluation,
    table_heading,
)
from jixiao.exporters.xlsx_sheet import (
    CENTER,
    HEADING,
    LABEL,
    NUMBER,
    PLAIN,
    PLAIN_RIGHT,
    PROSE,
    SHEET_TITLE_FORBIDDEN,
    TEXT,
    TITLE,
    Sheet,
    amount_format,
    percent_format,
    sheet_title,
)
from jixiao.model.disclosure import DisclosureTable
from jixiao.model.plan import SPEND_CHECKPOINTS, DepartmentPlan, Indicator, Project, SubGoal
from jixiao.textnorm.enumeration import strip_enumeration

DEPARTMENT_SHEET = "部门整体绩效目标"
COVER_SHEET = "封面"
NARRATIVE_SHEET = "情况说明"
PROJECT_WIDTHS = (14.0, 13.0, 22.0, 17.0, 15.0, 16.0, 20.0)
DEPARTMENT_WIDTHS = (7.0, 26.0, 52.0, 52.0)
GRID_HEADER = ("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")
SUB_GOAL_HEADER = ("序号", "标题", "绩效目标", "绩效指标")


def measure_text(index: int, measure: str) -> str:
    """A measure as "（一）标题\\n正文…": its heading and its paragraphs, a line each."""
    return f"（{chinese_number(index)}）{measure}"


def plan_title(plan: DepartmentPlan) -> str:
    return document_title(plan)


# -- 部门整体绩效目标 ------------------------------------------------------------------------


def write_department_sheet(
    worksheet: Worksheet, plan: DepartmentPlan, *, title: str, blank_rows: int = 0
) -> None:
    worksheet.title = DEPARTMENT_SHEET
    sheet = Sheet(worksheet, DEPARTMENT_WIDTHS)
    sheet.paragraph(title, TITLE, height=32)
    if plan.department and blank_rows == 0:
        sheet.paragraph(f"{plan.department}编制", PLAIN)  # the cover's "XX局编制" line
    sheet.set_up_page(landscape=True, header_rows=sheet.row)
    if not (blank_rows or plan.overall_goal or plan.sub_goals or plan.measures):
        worksheet.title = COVER_SHEET  # no department goals: a cover, not empty headings
        return
    sheet.paragraph("第一部分 部门整体绩效目标", HEADING, height=24)
    sheet.paragraph("一、总体绩效目标", HEADING)
    sheet.paragraph(plan.overall_goal or "", PROSE, height=60 if blank_rows else None)
    sheet.paragraph("二、分项绩效目标", HEADING)
    header_row(sheet, SUB_GOAL_HEADER)
    for index, item in enumerate(plan.sub_goals, start=1):
        _sub_goal_row(sheet, index, item)
    for _ in range(blank_rows):
        _sub_goal_row(sheet, None, SubGoal())
    sheet.paragraph("三、工作保障措施", HEADING)
    for index, measure in enumerate(plan.measures, start=1):
        sheet.paragraph(measure_text(index, measure), PROSE)
    for _ in range(blank_rows):
        sheet.paragraph("", PROSE, height=45)


def header_row(sheet: Sheet, names: Sequence[str]) -> None:
    row = sheet.next_row()
    for col, name in enumerate(names, start=1):
        sheet.put(row, col, name, LABEL)
    sheet.fit(row, [])


def _sub_goal_row(sheet: Sheet, index: int | None, item: SubGoal) -> None:
    row = sheet.next_row()
    texts = (item.title or "", item.goal or "", item.indicator or "")
    sheet.put(row, 1, index, CENTER)
    for col, text in enumerate(texts, start=2):
        sheet.put(row, col, text, TEXT)
    sheet.fit(row, [(text, sheet.width_of(col)) for col, text in enumerate(texts, start=2)])


# -- one project's 绩效目标表 ------------------------------------------------------------------

_TITLE_ROW, _UNIT_ROW, _NAME_ROW, _BUDGET_ROW, _PURPOSE_ROW = 1, 2, 3, 4, 5
_SPEND_ROW, _SPEND_VALUES_ROW, _GOALS_ROW, _GRID_HEADER_ROW = 6, 7, 8, 9
FIRST_INDICATOR_ROW = 11  # the grid header takes rows 9 and 10
_SPEND_COLUMNS = ((2, 2), (3, 3), (4, 4), (5, 7))  # 3月底, 6月底, 10月底, 12月底 (merged E:G)
GRID_COLUMNS = ((1, 1), (2, 2), (3, 3), (4, 5), (6, 6), (7, 7))


def write_project_sheet(sheet: Sheet, project: Project, title: str) -> None:
    """A 绩效目标表; ``title`` is text, or a formula ("=…") in the template."""
    if title.startswith("="):
        sheet.ws.cell(row=_TITLE_ROW, column=1).value = title  # a live formula
        sheet.put(_TITLE_ROW, 1, None, TITLE, to_col=sheet.last_col)
    else:
        sheet.put(_TITLE_ROW, 1, title, TITLE, to_col=sheet.last_col)
    sheet.fit(_TITLE_ROW, [(title, sheet.width_of(1, 7))], minimum=32)
    _unit_row(sheet, project)
    sheet.set_up_page(landscape=True, header_rows=_UNIT_ROW)
    _name_row(sheet, project)
    _budget_rows(sheet, project)
    _spend_rows(sheet, project)
    _goals_row(sheet, project)
    _grid(sheet, project.indicators)


def _unit_row(sheet: Sheet, project: Project) -> None:
    unit = " ".join(part for part in (project.unit_code, project.unit_name) if part)
    sheet.put(_UNIT_ROW, 1, f"单位：{unit}", PLAIN, to_col=5)
    sheet.put(_UNIT_ROW, 6, "单位：万元", PLAIN_RIGHT, to_col=7)


def _name_row(sheet: Sheet, project: Project) -> None:
    row = _NAME_ROW
    sheet.put(row, 1, "项目编码", LABEL)
    sheet.put(row, 2, project.code, TEXT, to_col=3)
    sheet.put(row, 4, "项目名称", LABEL)
    sheet.put(row, 5, project.name, TEXT, to_col=7)
    sheet.fit(
        row, [(project.code or "", sheet.width_of(2, 3)), (project.name, sheet.width_of(5, 7))]
    )


def _amount(sheet: Sheet, row: int, col: int, value: Decimal | None) -> None:
    look = NUMBER.with_format(amount_format(value)) if value is not None else NUMBER
    sheet.put(row, col, value, look)


def _budget_rows(sheet: Sheet, project: Project) -> None:
    row = _BUDGET_ROW
    sheet.put(row, 1, "预算规模及资金用途", LABEL, to_row=_PURPOSE_ROW)
    sheet.put(row, 2, "预算数", LABEL)
    _amount(sheet, row, 3, project.budget_total)
    sheet.put(row, 4, "其中：财政资金", LABEL)
    _amount(sheet, row, 5, project.budget_fiscal)
    sheet.put(row, 6, "其他资金", LABEL)
    _amount(sheet, row, 7, project.budget_other)
    sheet.fit(row, [("预算规模及资金用途", sheet.width_of(1))])
    sheet.put(_PURPOSE_ROW, 2, "资金用途", LABEL)
    sheet.put(_PURPOSE_ROW, 3, project.purpose, TEXT, to_col=7)
    sheet.fit(_PURPOSE_ROW, [(project.purpose or "", sheet.width_of(3, 7))], minimum=30)


def _spend_rows(sheet: Sheet, project: Project) -> None:
    sheet.put(_SPEND_ROW, 1, "资金支出计划（%）", LABEL, to_row=_SPEND_VALUES_ROW)
    for key, (col, to_col) in zip(SPEND_CHECKPOINTS, _SPEND_COLUMNS, strict=True):
        sheet.put(_SPEND_ROW, col, key, LABEL, to_col=to_col)
        percent = project.spend_plan.get(key)
        # Empty cells get the percent format too: typing 25 then shows (and is) 25%.
        look = NUMBER.with_format(percent_format(percent or Decimal(0)))
        value = percent / 100 if percent is not None else None
        sheet.put(_SPEND_VALUES_ROW, col, value, look, to_col=to_col)
    sheet.fit(_SPEND_ROW, [("资金支出计划（%）", sheet.width_of(1))])


def _goals_row(sheet: Sheet, project: Project) -> None:
    text = goals_text(project.goals)
    sheet.put(_GOALS_ROW, 1, "绩效目标", LABEL)
    sheet.put(_GOALS_ROW, 2, text, TEXT, to_col=7)
    sheet.fit(_GOALS_ROW, [(text, sheet.width_of(2, 7))], minimum=45)


def level1_runs(indicators: Sequence[Indicator]) -> list[tuple[int, int]]:
    """(first index, length) of the rows whose 一级指标 cell is merged into one.

    A row joins the run above when it has the same 一级指标 and a 二级指标 of its own
    (a merged 一级 cell makes the importer carry the 二级指标 of the row above down
    into an empty one).
    """
    runs: list[list[int]] = []
    for index, indicator in enumerate(indicators):
        previous = indicators[index - 1] if index else None
        joins = (
            previous is not None
            and indicator.level1
            and indicator.level2
            and indicator.level1 == previous.level1
        )
        if joins:
            runs[-1][1] += 1
        else:
            runs.append([index, 1])
    return [(start, length) for start, length in runs]


def _grid(sheet: Sheet, indicators: Sequence[Indicator]) -> None:
    header_last = FIRST_INDICATOR_ROW - 1
    for name, (col, to_col) in zip(GRID_HEADER, GRID_COLUMNS, strict=True):
        sheet.put(_GRID_HEADER_ROW, col, name, LABEL, to_row=header_last, to_col=to_col)
    sheet.ws.print_title_rows = f"{_GRID_HEADER_ROW}:{header_last}"
    for start, length in level1_runs(indicators):
        first = FIRST_INDICATOR_ROW + start
        sheet.put(first, 1, indicators[start].level1, CENTER, to_row=first + length - 1)
    for index, indicator in enumerate(indicators):
        _indicator_row(sheet, FIRST_INDICATOR_ROW + index, indicator)
    sheet.row = FIRST_INDICATOR_ROW + len(indicators) - 1


def _indicator_row(sheet: Sheet, row: int, indicator: Indicator) -> None:
    texts = (
        indicator.level2,
        indicator.level3,
        indicator.description,
        indicator.value,
        indicator.basis,
    )
    for text, (col, to_col) in zip(texts, GRID_COLUMNS[1:], strict=True):
        look = CENTER if col in (2, 6) else TEXT
        sheet.put(row, col, text, look, to_col=to_col)
    sheet.fit(
        row,
        [
            (text, sheet.width_of(col, to_col))
            for text, (col, to_col) in zip(texts, GRID_COLUMNS[1:], strict=True)
        ],
    )


# -- the workbooks -------------------------------------------------------------------------


def write_plan_xlsx(plan: DepartmentPlan, path: Path) -> None:
    """Write ``plan`` as a workbook: 部门整体绩效目标 and one sheet per project."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    write_department_sheet(first, plan, title=plan_title(plan))
    scored = is_self_evaluation(plan)
    for index, project in enumerate(plan.projects, start=1):
        worksheet = workbook.create_sheet(sheet_title(index, project.name))
        if scored or needs_form(project):  # a goal table would drop fields: the form
            rows = form_rows(project, scored=scored)
            layout = DataTable(rows[:1], None, rows[1:], span_last=True)
            kind = {"scored": scored, "monitored": is_monitored(project)}
            title = f"{index}.{form_title(project.name, **kind)}"
            write_data_sheet(worksheet, layout, title, unit="万元", note=None)
            continue
        title = f"{index}.{project.name}绩效目标表"
        write_project_sheet(Sheet(worksheet, PROJECT_WIDTHS), project, title)
    _write_disclosure_sheets(workbook, plan)
    workbook.save(path)


# -- 部门预算公开 ---------------------------------------------------------------------------


def disclosure_sheet_title(index: int, title: str) -> str:
    """ "公开表1 部门预算收支总表": apart from the project sheets ("1.项目名称")."""
    short = strip_enumeration(title).translate(SHEET_TITLE_FORBIDDEN).strip().strip("'")
    return f"公开表{index} {short}"[:31]


def _write_disclosure_sheets(workbook: Workbook, plan: DepartmentPlan) -> None:
    """One sheet per disclosure table, then one for the 情况说明 sections.

    The header is written without merged cells — a parent heading over the first of
    its columns — and every cell as text, so the flattened column names and the
    cells' exact text ("308.00", "---") come back on reading.
    """
    disclosure = plan.disclosure
    if disclosure is None or not (disclosure.tables or disclosure.sections):
        return
    for index, table in enumerate(disclosure.tables, start=1):
        title = table_heading(index, table)
        worksheet = workbook.create_sheet(disclosure_sheet_title(index, title))
        _write_disclosure_table(worksheet, table, title, part_heading=index == 1)
    if disclosure.sections:
        sheet = Sheet(workbook.create_sheet(NARRATIVE_SHEET), (100.0,))
        if not disclosure.tables:
            sheet.paragraph(DISCLOSURE_PART, HEADING, height=24)
        for section in disclosure.sections:
            sheet.paragraph(section.title, HEADING)
            for line in section.text.split("\n"):
                if line.strip():
                    sheet.paragraph(line, PROSE)
        sheet.set_up_page(landscape=False, header_rows=0)


def _write_disclosure_table(
    worksheet: Worksheet, table: DisclosureTable, title: str, *, part_heading: bool
) -> None:
    write_data_sheet(
        worksheet,
        data_table(table),
        title,
        unit=table.money_unit,
        note=table.note,
        part_heading=DISCLOSURE_PART if part_heading else None,
    )


def _data_row(sheet: Sheet, layout: DataTable, texts: tuple[str, ...], *, header: bool) -> None:
    row = sheet.next_row()
    col = 1
    fits: list[tuple[str, float]] = []
    for text, span in layout.spans(texts):
        style = LABEL if header else NUMBER if is_amount(text) else TEXT
        sheet.put(row, col, text, style, to_col=col + span - 1)
        fits.append((text, sheet.width_of(col, col + span - 1)))
        col += span
    sheet.fit(row, fits)


def write_data_sheet(
    worksheet: Worksheet,
    layout: DataTable,
    title: str,
    *,
    unit: str | None,
    note: str | None,
    part_heading: str | None = None,
) -> None:
    """A plain grid under its title: header rows (printed on every page), then the rows."""
    widths = [min(max(w, 6.0), 40.0) for w in layout.weights()]
    sheet = Sheet(worksheet, widths or [20.0])
    if part_heading:
        sheet.paragraph(part_heading, HEADING, height=24)
    sheet.paragraph(title, TITLE, height=32)
    if unit:
        sheet.paragraph(f"单位：{unit}", PLAIN_RIGHT)
    heads = [*layout.header, *([layout.column_numbers] if layout.column_numbers else [])]
    for texts in heads:
        _data_row(sheet, layout, texts, header=True)
    header_rows = sheet.row
    for texts in layout.rows:
        _data_row(sheet, layout, texts, header=False)
    if note:
        sheet.paragraph(note, PLAIN)
    sheet.set_up_page(landscape=layout.wide, header_rows=header_rows)
    sheet.ws.print_title_rows = f"{header_rows - len(heads) + 1}:{header_rows}"
