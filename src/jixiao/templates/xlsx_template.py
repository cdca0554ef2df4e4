"""财政厅样式的 Excel 工作簿：导出部门预算绩效文本，或生成空白模板供填写。

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

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.exporters.layout import chinese_number, goals_text
from jixiao.exporters.publication import (
    DISCLOSURE_PART,
    data_table,
    document_title,
    is_amount,
)
from jixiao.model.disclosure import DisclosureTable
from jixiao.model.plan import SPEND_CHECKPOINTS, DepartmentPlan, Indicator, Project, SubGoal
from jixiao.textnorm.enumeration import strip_enumeration

DEPARTMENT_SHEET = "部门整体绩效目标"
INSTRUCTIONS_SHEET = "填表说明"
TEMPLATE_PROJECT_SHEET = "项目1"
NARRATIVE_SHEET = "情况说明"
FONT_NAME = "宋体"
PROJECT_WIDTHS = (14.0, 13.0, 22.0, 17.0, 15.0, 16.0, 20.0)
DEPARTMENT_WIDTHS = (7.0, 26.0, 52.0, 52.0)
INSTRUCTION_WIDTHS = (22.0, 96.0)
GRID_HEADER = ("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")
SUB_GOAL_HEADER = ("序号", "标题", "绩效目标", "绩效指标")
FRAMEWORK: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("产出指标", ("数量指标", "质量指标", "时效指标", "成本指标")),
    ("效益指标", ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")),
    ("满意度指标", ("服务对象满意度指标",)),
)
"""The indicator framework pre-filled in the template (88号 era, used by all seeds)."""

_SHEET_TITLE_FORBIDDEN = str.maketrans({c: "" for c in "[]:*?/\\：＊？／＼"})
_MAX_ROW_HEIGHT = 409.0  # Excel's limit, in points
_LINE_HEIGHT = 15.0

# -- looks ------------------------------------------------------------------------------

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="F2F2F2")


@dataclass(frozen=True, slots=True)
class Look:
    """How a cell looks: font, alignment, border, fill and number format."""

    font: Font
    alignment: Alignment
    bordered: bool = True
    fill: PatternFill | None = None
    number_format: str | None = None

    def with_format(self, number_format: str) -> Look:
        return Look(self.font, self.alignment, self.bordered, self.fill, number_format)


def _font(size: float = 11, *, bold: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold)


def _align(horizontal: str, vertical: str = "center", *, wrap: bool = True) -> Alignment:
    return Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)


TITLE = Look(_font(16, bold=True), _align("center"), bordered=False)
HEADING = Look(_font(12, bold=True), _align("left"), bordered=False)
PLAIN = Look(_font(), _align("left"), bordered=False)
PLAIN_RIGHT = Look(_font(), _align("right"), bordered=False)
LABEL = Look(_font(bold=True), _align("center"), fill=_HEADER_FILL)
TEXT = Look(_font(), _align("left"))
PROSE = Look(_font(), _align("left", "top"))
CENTER = Look(_font(), _align("center"))
NUMBER = Look(_font(), _align("right", wrap=False))


# -- values ------------------------------------------------------------------------------


Value = str | int | float | Decimal | None
"""What the writer puts in a cell."""


def _set_value(cell: Cell, value: Value) -> None:
    """Write a value; text is always text, even when it starts with "=" (e.g. "=100%")."""
    if value is None or value == "":
        return
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def amount_format(value: Decimal) -> str:
    """The number format of an amount in 万元: two decimals, more when the value has them."""
    return "0." + "0" * max(2, _decimals(value))


def percent_format(percent: Decimal) -> str:
    """The percent format that shows ``percent`` (e.g. 33.33) without rounding it."""
    places = _decimals(percent)
    return "0%" if places == 0 else "0." + "0" * places + "%"


def measure_text(index: int, measure: str) -> str:
    """A measure as "（一）标题\\n正文…": its heading and its paragraphs, a line each."""
    return f"（{chinese_number(index)}）{measure}"


def plan_title(plan: DepartmentPlan) -> str:
    return document_title(plan)


def sheet_title(index: int, name: str) -> str:
    """A valid, unique (numbered) sheet name of at most 31 characters: "3.办公设备购置"."""
    short = name.translate(_SHEET_TITLE_FORBIDDEN).strip().strip("'")
    return (f"{index}.{short}" if short else f"项目{index}")[:31]


def _display_width(text: str) -> int:
    """Width in Excel column units: a Chinese character takes about two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _lines_needed(text: str, width: float) -> int:
    per_line = max(1.0, width - 1)
    return sum(max(1, math.ceil(_display_width(line) / per_line)) for line in text.split("\n"))


# -- a sheet being written ----------------------------------------------------------------


class Sheet:
    """Writes rows top to bottom on a sheet with fixed column widths."""

    def __init__(self, worksheet: Worksheet, widths: Sequence[float]) -> None:
        self.ws = worksheet
        self.widths = tuple(widths)
        self.row = 0
        for index, width in enumerate(self.widths, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = width
        worksheet.sheet_view.zoomScale = 100

    @property
    def last_col(self) -> int:
        return len(self.widths)

    def next_row(self) -> int:
        self.row += 1
        return self.row

    def put(
        self,
        row: int,
        col: int,
        value: Value,
        look: Look,
        *,
        to_row: int | None = None,
        to_col: int | None = None,
    ) -> None:
        """Write ``value`` at (row, col), merged down to (to_row, to_col) when given."""
        to_row, to_col = to_row or row, to_col or col
        if (to_row, to_col) != (row, col):
            self.ws.merge_cells(start_row=row, start_column=col, end_row=to_row, end_column=to_col)
        anchor = self.ws.cell(row=row, column=col)
        assert isinstance(anchor, Cell)
        _set_value(anchor, value)
        if look.number_format:
            anchor.number_format = look.number_format
        for r in range(row, to_row + 1):
            for c in range(col, to_col + 1):
                self._style(self.ws.cell(row=r, column=c), look)

    @staticmethod
    def _style(cell: Cell | MergedCell, look: Look) -> None:
        cell.font = look.font
        cell.alignment = look.alignment
        if look.bordered:
            cell.border = _BORDER
        if look.fill is not None:
            cell.fill = look.fill

    def paragraph(self, text: str, look: Look, height: float | None = None) -> int:
        """A full-width merged row: a title, a heading or prose."""
        row = self.next_row()
        self.put(row, 1, text, look, to_col=self.last_col)
        self.fit(row, [(text, sum(self.widths))], minimum=height)
        return row

    def fit(
        self, row: int, texts: Sequence[tuple[str, float]], minimum: float | None = None
    ) -> None:
        """Make ``row`` tall enough for its wrapped texts (Excel does not for merged cells)."""
        lines = max((_lines_needed(text, width) for text, width in texts if text), default=1)
        height = max(minimum or _LINE_HEIGHT + 5, lines * _LINE_HEIGHT + 5)
        self.ws.row_dimensions[row].height = min(_MAX_ROW_HEIGHT, height)

    def width_of(self, col: int, to_col: int | None = None) -> float:
        return sum(self.widths[col - 1 : (to_col or col)])

    def set_up_page(self, *, landscape: bool, header_rows: int) -> None:
        self.ws.page_setup.orientation = "landscape" if landscape else "portrait"
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        self.ws.freeze_panes = f"A{header_rows + 1}"


# -- 部门整体绩效目标 ------------------------------------------------------------------------


def _write_department_sheet(
    worksheet: Worksheet, plan: DepartmentPlan, *, title: str, blank_rows: int = 0
) -> None:
    worksheet.title = DEPARTMENT_SHEET
    sheet = Sheet(worksheet, DEPARTMENT_WIDTHS)
    sheet.paragraph(title, TITLE, height=32)
    if plan.department and blank_rows == 0:
        sheet.paragraph(f"{plan.department}编制", PLAIN)  # the cover's "XX局编制" line
    sheet.set_up_page(landscape=True, header_rows=sheet.row)
    sheet.paragraph("第一部分 部门整体绩效目标", HEADING, height=24)
    sheet.paragraph("一、总体绩效目标", HEADING)
    sheet.paragraph(plan.overall_goal or "", PROSE, height=60 if blank_rows else None)
    sheet.paragraph("二、分项绩效目标", HEADING)
    _header_row(sheet, SUB_GOAL_HEADER)
    for index, item in enumerate(plan.sub_goals, start=1):
        _sub_goal_row(sheet, index, item)
    for _ in range(blank_rows):
        _sub_goal_row(sheet, None, SubGoal())
    sheet.paragraph("三、工作保障措施", HEADING)
    for index, measure in enumerate(plan.measures, start=1):
        sheet.paragraph(measure_text(index, measure), PROSE)
    for _ in range(blank_rows):
        sheet.paragraph("", PROSE, height=45)


def _header_row(sheet: Sheet, names: Sequence[str]) -> None:
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
_FIRST_INDICATOR_ROW = 11  # the grid header takes rows 9 and 10
_SPEND_COLUMNS = ((2, 2), (3, 3), (4, 4), (5, 7))  # 3月底, 6月底, 10月底, 12月底 (merged E:G)
_GRID_COLUMNS = ((1, 1), (2, 2), (3, 3), (4, 5), (6, 6), (7, 7))


def _write_project_sheet(sheet: Sheet, project: Project, title: str) -> None:
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
    header_last = _FIRST_INDICATOR_ROW - 1
    for name, (col, to_col) in zip(GRID_HEADER, _GRID_COLUMNS, strict=True):
        sheet.put(_GRID_HEADER_ROW, col, name, LABEL, to_row=header_last, to_col=to_col)
    sheet.ws.print_title_rows = f"{_GRID_HEADER_ROW}:{header_last}"
    for start, length in level1_runs(indicators):
        first = _FIRST_INDICATOR_ROW + start
        sheet.put(first, 1, indicators[start].level1, CENTER, to_row=first + length - 1)
    for index, indicator in enumerate(indicators):
        _indicator_row(sheet, _FIRST_INDICATOR_ROW + index, indicator)
    sheet.row = _FIRST_INDICATOR_ROW + len(indicators) - 1


def _indicator_row(sheet: Sheet, row: int, indicator: Indicator) -> None:
    texts = (
        indicator.level2,
        indicator.level3,
        indicator.description,
        indicator.value,
        indicator.basis,
    )
    for text, (col, to_col) in zip(texts, _GRID_COLUMNS[1:], strict=True):
        look = CENTER if col in (2, 6) else TEXT
        sheet.put(row, col, text, look, to_col=to_col)
    sheet.fit(
        row,
        [
            (text, sheet.width_of(col, to_col))
            for text, (col, to_col) in zip(texts, _GRID_COLUMNS[1:], strict=True)
        ],
    )


# -- 填表说明 ----------------------------------------------------------------------------------

INSTRUCTIONS: tuple[tuple[str, str], ...] = (
    (
        "本工作簿",
        "按财政厅绩效目标表样式编制，填好后可用 jixiao import 直接导入。"
        "“部门整体绩效目标”表填写部门整体目标；每个预算项目一张工作表：复制“项目1”工作表，"
        "改名（不超过31个字）后填写。本“填表说明”表导入时不读取。",
    ),
    (
        "部门与年度",
        "“部门整体绩效目标”表第一行写成“XX局2025年部门预算绩效文本”，"
        "导入时据此识别部门名称和预算年度。",
    ),
    ("总体绩效目标", "填在“一、总体绩效目标”下方的单元格内；分段时按 Alt+Enter 换行。"),
    (
        "分项绩效目标",
        "每项一行：标题、绩效目标（一句话）、绩效指标（写明可衡量的目标，"
        "如“满意率90%以上”）。序号可不填，行数不够时插入行。",
    ),
    (
        "工作保障措施",
        "每条措施一个单元格：首行写“（一）措施标题”，具体内容按 Alt+Enter 换行后接着写。",
    ),
    (
        "项目标题",
        "项目表第一行为“项目名称绩效目标表”，模板中由公式按项目名称自动生成。"
        "缺少该标题的项目表导入时以工作表名称为项目名称，直到读到“项目名称”一栏。",
    ),
    (
        "单位",
        "第二行左侧写“单位：单位编码 单位名称”，如“单位：430001 某某局本级”；"
        "右侧“单位：万元”是金额单位，不要改动。",
    ),
    ("项目编码", "预算管理系统中的项目编码，照原样填写（如 13070024P000006100012M）。"),
    ("项目名称", "与预算批复一致的项目名称。"),
    (
        "预算数、财政资金、其他资金",
        "以万元为单位的数字，如 248.96；"
        "财政资金与其他资金之和应等于预算数，没有其他资金时填 0 或留空。",
    ),
    ("资金用途", "简要说明资金的具体用途。"),
    (
        "资金支出计划（%）",
        "截至3月底、6月底、10月底、12月底累计支出占预算数的百分比，"
        "逐期不减，12月底一般为100%。单元格已设为百分比格式，填 25 即显示 25%；"
        "未安排支出的时点留空。",
    ),
    ("绩效目标", "项目的年度绩效目标；多条时编号并换行：“1.……”Alt+Enter“2.……”。"),
    (
        "一级指标、二级指标",
        "已按常用框架预填：产出指标—数量指标、质量指标、时效指标、成本指标；"
        "效益指标—经济效益指标、社会效益指标、生态效益指标、可持续影响指标；"
        "满意度指标—服务对象满意度指标。一个二级指标下有多个三级指标时插入行，"
        "并在新行写上二级指标；不适用的二级指标行可以删除。",
    ),
    ("三级指标", "指标名称，如“购置数量”“使用人员满意度”。"),
    ("绩效指标描述", "指标的含义和计算口径，如“满意人数/调查总人数”。"),
    (
        "指标值",
        "写明方向、数值和单位，如 ≥90%、≤248.96万元、＝100%（或“等于100%”）、≤7个工作日、"
        "15元/人。本列已设为文本格式；不要以半角等号开头，否则 Excel 会把它当作公式。"
        "成本指标写上限（≤）并带金额单位，不超过预算数；满意度、合格率不超过100%。"
        "确实无法量化的写分级标准（好/较好/一般/差）；不要写“是/否”“进一步提高”"
        "“有效利用”等无法衡量的表述。",
    ),
    (
        "指标值确定依据",
        "计划标准、历史标准（往年数值或近三年平均）、行业标准、"
        "预算支出标准或其他标准，可写明依据，如“年度工作计划”“合同约定”。",
    ),
)
"""The fields of the template and how to fill them (shown on the 填表说明 sheet)."""


def _write_instructions(worksheet: Worksheet) -> None:
    worksheet.title = INSTRUCTIONS_SHEET
    sheet = Sheet(worksheet, INSTRUCTION_WIDTHS)
    sheet.paragraph("填表说明", TITLE, height=32)
    _header_row(sheet, ("栏目", "填写说明"))
    for field, text in INSTRUCTIONS:
        row = sheet.next_row()
        sheet.put(row, 1, field, LABEL)
        sheet.put(row, 2, text, TEXT)
        sheet.fit(row, [(field, sheet.width_of(1)), (text, sheet.width_of(2))])
    sheet.set_up_page(landscape=False, header_rows=2)


# -- the workbooks -------------------------------------------------------------------------


def write_plan_xlsx(plan: DepartmentPlan, path: Path) -> None:
    """Write ``plan`` as a workbook: 部门整体绩效目标 and one sheet per project."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    _write_department_sheet(first, plan, title=plan_title(plan))
    for index, project in enumerate(plan.projects, start=1):
        worksheet = workbook.create_sheet(sheet_title(index, project.name))
        title = f"{index}.{project.name}绩效目标表"
        _write_project_sheet(Sheet(worksheet, PROJECT_WIDTHS), project, title)
    _write_disclosure_sheets(workbook, plan)
    workbook.save(path)


# -- 部门预算公开 ---------------------------------------------------------------------------


def disclosure_sheet_title(index: int, title: str) -> str:
    """ "公开表1 部门预算收支总表": apart from the project sheets ("1.项目名称")."""
    short = strip_enumeration(title).translate(_SHEET_TITLE_FORBIDDEN).strip().strip("'")
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
        worksheet = workbook.create_sheet(disclosure_sheet_title(index, table.title))
        _write_disclosure_table(worksheet, table, part_heading=index == 1)
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
    worksheet: Worksheet, table: DisclosureTable, *, part_heading: bool
) -> None:
    layout = data_table(table)
    widths = [min(max(w, 6.0), 40.0) for w in layout.weights()]
    sheet = Sheet(worksheet, widths or [20.0])
    if part_heading:
        sheet.paragraph(DISCLOSURE_PART, HEADING, height=24)
    sheet.paragraph(table.title, TITLE, height=32)
    if table.money_unit:
        sheet.paragraph(f"单位：{table.money_unit}", PLAIN_RIGHT)
    heads = [*layout.header, *([layout.column_numbers] if layout.column_numbers else [])]
    for texts in heads:
        row = sheet.next_row()
        for col, text in enumerate(texts, start=1):
            sheet.put(row, col, text, LABEL)
        sheet.fit(row, [(t, sheet.width_of(c)) for c, t in enumerate(texts, start=1)])
    header_rows = sheet.row
    for texts in layout.rows:
        row = sheet.next_row()
        for col, text in enumerate(texts, start=1):
            sheet.put(row, col, text, NUMBER if is_amount(text) else TEXT)
        sheet.fit(row, [(t, sheet.width_of(c)) for c, t in enumerate(texts, start=1)])
    if table.note:
        sheet.paragraph(table.note, PLAIN)
    sheet.set_up_page(landscape=layout.wide, header_rows=header_rows)
    sheet.ws.print_title_rows = f"{header_rows - len(heads) + 1}:{header_rows}"


def template_project() -> Project:
    """The example project of the template: the framework's 一级/二级 rows, nothing else."""
    indicators = [
        Indicator(level1=level1, level2=level2, level3="")
        for level1, level2s in FRAMEWORK
        for level2 in level2s
    ]
    return Project(name="", indicators=indicators)


def write_template_xlsx(path: Path) -> None:
    """Write the empty workbook for users to fill: 填表说明, 部门整体绩效目标, 项目1."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    _write_instructions(first)
    blank = DepartmentPlan(source_file=path.name)
    department = workbook.create_sheet(DEPARTMENT_SHEET)
    _write_department_sheet(
        department, blank, title="（部门名称）20XX年部门预算绩效文本", blank_rows=3
    )
    worksheet = workbook.create_sheet(TEMPLATE_PROJECT_SHEET)
    # The title follows the 项目名称 cell (E3); Excel shows "绩效目标表" until it is filled.
    project = template_project()
    _write_project_sheet(Sheet(worksheet, PROJECT_WIDTHS), project, '=E3&"绩效目标表"')
    _grid_as_text(worksheet, len(project.indicators))
    workbook.active = 0
    workbook.save(path)


def _grid_as_text(worksheet: Worksheet, rows: int) -> None:
    """The grid's text columns (三级指标 to 指标值确定依据) as text cells, so what a user
    types there stays as typed — Excel would turn "=100%" into a formula."""
    first_text_col = _GRID_COLUMNS[2][0]
    for row in range(_FIRST_INDICATOR_ROW, _FIRST_INDICATOR_ROW + rows):
        for col in range(first_text_col, _GRID_COLUMNS[-1][1] + 1):
            worksheet.cell(row=row, column=col).number_format = "@"
