"""The blank 财政厅-style workbook users fill (``jixiao template xlsx``): 填表说明,
部门整体绩效目标 and 项目1 with the indicator framework's rows; it reads back like an export.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.exporters.plan_xlsx import (
    DEPARTMENT_SHEET,
    FIRST_INDICATOR_ROW,
    GRID_COLUMNS,
    PROJECT_WIDTHS,
    header_row,
    write_department_sheet,
    write_project_sheet,
)
from jixiao.exporters.xlsx_sheet import LABEL, TEXT, TITLE, Sheet
from jixiao.model.plan import DepartmentPlan, Indicator, Project

INSTRUCTIONS_SHEET = "填表说明"
TEMPLATE_PROJECT_SHEET = "项目1"
INSTRUCTION_WIDTHS = (22.0, 96.0)
FRAMEWORK: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("产出指标", ("数量指标", "质量指标", "时效指标", "成本指标")),
    ("效益指标", ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")),
    ("满意度指标", ("服务对象满意度指标",)),
)
"""The indicator framework pre-filled in the template (88号 era, used by all seeds)."""

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
    header_row(sheet, ("栏目", "填写说明"))
    for field, text in INSTRUCTIONS:
        row = sheet.next_row()
        sheet.put(row, 1, field, LABEL)
        sheet.put(row, 2, text, TEXT)
        sheet.fit(row, [(field, sheet.width_of(1)), (text, sheet.width_of(2))])
    sheet.set_up_page(landscape=False, header_rows=2)


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
    write_department_sheet(
        department, blank, title="（部门名称）20XX年部门预算绩效文本", blank_rows=3
    )
    worksheet = workbook.create_sheet(TEMPLATE_PROJECT_SHEET)
    # The title follows the 项目名称 cell (E3); Excel shows "绩效目标表" until it is filled.
    project = template_project()
    write_project_sheet(Sheet(worksheet, PROJECT_WIDTHS), project, '=E3&"绩效目标表"')
    _grid_as_text(worksheet, len(project.indicators))
    workbook.active = 0
    workbook.save(path)


def _grid_as_text(worksheet: Worksheet, rows: int) -> None:
    """The grid's text columns (三级指标 to 指标值确定依据) as text cells, so what a user
    types there stays as typed — Excel would turn "=100%" into a formula."""
    first_text_col = GRID_COLUMNS[2][0]
    for row in range(FIRST_INDICATOR_ROW, FIRST_INDICATOR_ROW + rows):
        for col in range(first_text_col, GRID_COLUMNS[-1][1] + 1):
            worksheet.cell(row=row, column=col).number_format = "@"
