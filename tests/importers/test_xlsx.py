"""Excel (.xlsx): the reader, the 财政厅-style writer and template, and the round trip
text -> model -> .xlsx -> model for every seed."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.exporters.layout import goals_text
from jixiao.exporters.plan_xlsx import DEPARTMENT_SHEET, GRID_HEADER, level1_runs, write_plan_xlsx
from jixiao.exporters.plan_xlsx_template import (
    FRAMEWORK,
    INSTRUCTIONS_SHEET,
    TEMPLATE_PROJECT_SHEET,
    write_template_xlsx,
)
from jixiao.exporters.xlsx_sheet import sheet_title
from jixiao.importers.api import import_file
from jixiao.importers.blocks import Paragraph, Row
from jixiao.importers.errors import ImportFailed
from jixiao.importers.xlsx_reader import cell_text, read_xlsx_blocks
from jixiao.model.plan import DepartmentPlan, Indicator, Project, SubGoal, Unit
from tests.conftest import assert_same_fields, model_fields, seed_path

# -- helpers ------------------------------------------------------------------------


def round_trip(plan: DepartmentPlan, tmp_path: Path, name: str = "plan.xlsx") -> DepartmentPlan:
    path = tmp_path / name
    write_plan_xlsx(plan, path)
    return import_file(path)


def indicator_rows(project: Project) -> list[tuple[str, ...]]:
    return [
        (i.level1, i.level2, i.level3, i.description, i.value, i.basis) for i in project.indicators
    ]


def merge(ws: Worksheet, cells: str, value: object = None) -> None:
    ws.merge_cells(cells)
    if value is not None:
        ws[cells.split(":")[0]] = value


def put_row(ws: Worksheet, row: int, values: list[object], first_col: int = 1) -> None:
    for offset, value in enumerate(values):
        if value is not None:
            ws.cell(row=row, column=first_col + offset, value=value)


def percent(ws: Worksheet, ref: str, value: float, number_format: str = "0%") -> None:
    ws[ref] = value
    ws[ref].number_format = number_format


# -- the round trip of the five seeds --------------------------------------------------


def test_seed_round_trip(seed_stem: str, tmp_path: Path) -> None:
    """Text import -> write_plan_xlsx -> import: the same plan, field for field."""
    text_plan = import_file(seed_path(seed_stem))
    xlsx_plan = round_trip(text_plan, tmp_path, f"{seed_stem}.xlsx")
    assert_same_fields(model_fields(xlsx_plan), model_fields(text_plan))


def test_seed_workbook_has_a_sheet_per_project(tmp_path: Path) -> None:
    plan = import_file(seed_path("003_8840c27e1ab8127d"))
    path = tmp_path / "plan.xlsx"
    write_plan_xlsx(plan, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == DEPARTMENT_SHEET
    assert len(workbook.sheetnames) == 1 + len(plan.projects)
    assert len(set(workbook.sheetnames)) == len(workbook.sheetnames)
    assert all(len(name) <= 31 for name in workbook.sheetnames)
    sheet = workbook.worksheets[1]
    assert sheet["A1"].value == f"1.{plan.projects[0].name}绩效目标表"
    assert "A1:G1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.freeze_panes == "A3"
    assert sheet["A9"].value == "一级指标" and sheet["A9"].font.b
    assert sheet["C11"].border.left.style == "thin"


def test_round_trip_sources_name_sheet_and_cell(tmp_path: Path) -> None:
    plan = import_file(seed_path("001_a168ace21779f849"))
    back = round_trip(plan, tmp_path)
    project = back.projects[0]
    assert project.sources["budget_total"].sheet == "1.办公设备购置"
    assert project.sources["budget_total"].cell == "C4"
    assert project.indicators[0].sources["value"].cell == "F11"
    assert project.sources["budget_total"].describe() == "plan.xlsx!1.办公设备购置!C4"
    assert back.sources["overall_goal"].sheet == DEPARTMENT_SHEET


# -- a plan the seeds do not show ---------------------------------------------------------


def edge_case_plan() -> DepartmentPlan:
    project = Project(
        unit_code="430009",
        unit_name="某县会计核算中心",
        code="1301",  # digits only: must stay text
        name="会计档案整理/数字化[二期]",
        budget_total=Decimal("248.965"),
        budget_fiscal=Decimal("200"),
        budget_other=Decimal("48.965"),
        purpose="用于会计档案整理",
        spend_plan={
            "3月底": None,
            "6月底": Decimal("33.33"),
            "10月底": None,
            "12月底": Decimal("100"),
        },
        goals=["3个科室完成整理", "2024年底前完成数字化", "建立检索系统"],
        indicators=[
            Indicator(level1="产出指标", level2="数量指标", level3="整理卷数", value="=100%"),
            Indicator(level1="产出指标", level2="", level3="无二级指标", value="100"),
            Indicator(level1="产出指标", level2="质量指标", level3="合格率", value="≥95%"),
            Indicator(level1="效益指标", level2="社会效益指标", level3="利用率", basis="计划标准"),
        ],
    )
    return DepartmentPlan(
        source_file="edge.txt",
        department="某县财政局",
        year=2025,
        units=[Unit(code="430009", name="某县会计核算中心")],
        overall_goal="做好会计档案整理工作。\n建立检索系统，方便查阅",
        sub_goals=[
            SubGoal(title="档案整理", goal="完成整理。", indicator="合格率95%以上。"),
            SubGoal(title="仅有标题"),
            SubGoal(title="档案整理", goal="建立系统。"),
        ],
        measures=["加强组织领导\n成立工作专班。\n定期调度。", "强化资金保障。"],
        projects=[project],
    )


def test_round_trip_edge_cases(tmp_path: Path) -> None:
    plan = edge_case_plan()
    back = round_trip(plan, tmp_path)
    assert model_fields(back) == model_fields(plan)
    assert back.units[0].code == "430009"
    assert back.sub_goals[0].targets  # recomputed from the indicator sentence


def test_round_trip_plan_without_year_or_department(tmp_path: Path) -> None:
    plan = DepartmentPlan(source_file="x.txt", projects=[Project(name="物业费")])
    back = round_trip(plan, tmp_path)
    assert (back.department, back.year) == (None, None)
    assert [p.name for p in back.projects] == ["物业费"]


def test_goals_text_numbers_every_goal() -> None:
    assert goals_text(["满足办公需求", "3个科室"]) == "1.满足办公需求\n2. 3个科室"
    assert goals_text([]) == ""


def test_sheet_titles_are_valid() -> None:
    assert sheet_title(3, "办公设备购置") == "3.办公设备购置"
    assert sheet_title(1, "a/b[c]:d*e?f\\g") == "1.abcdefg"
    assert sheet_title(2, "") == "项目2"
    assert len(sheet_title(12, "很" * 40)) == 31


def test_level1_runs_break_where_level2_is_empty() -> None:
    rows = [
        Indicator(level1="产出指标", level2="数量指标", level3="a"),
        Indicator(level1="产出指标", level2="质量指标", level3="b"),
        Indicator(level1="产出指标", level2="", level3="c"),
        Indicator(level1="效益指标", level2="社会效益指标", level3="d"),
    ]
    assert level1_runs(rows) == [(0, 2), (2, 1), (3, 1)]


# -- one long hand-made sheet ---------------------------------------------------------------


def long_sheet_workbook(path: Path) -> None:
    """Three projects one after another on one sheet, laid out the way people do."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标表"
    merge(ws, "A1:F1", "某县档案局2025年部门预算绩效文本")
    # Project 1: merged title, 预算数 row without a 预算规模 label, a two-row header.
    merge(ws, "A3:F3", "1.档案数字化经费绩效目标表")
    ws["A4"], ws["F4"] = "430002 某县档案馆", "单位：万元"
    put_row(ws, 5, ["项目名称", "档案数字化经费", None, "项目编码"])
    merge(ws, "B5:C5")
    merge(ws, "E5:F5", "13108225P000001")
    put_row(ws, 6, ["预算数", 12.5, "其中：财政资金", 10, "其他资金", 2.5])
    ws["A7"] = "资金用途"
    merge(ws, "B7:F7", "用于馆藏档案扫描和著录")
    merge(ws, "A8:A9", "资金支出计划（%）")
    put_row(ws, 8, ["3月底", "6月底", "10月底"], first_col=2)
    merge(ws, "E8:F8", "12月底")
    for ref, value in (("B9", 0.25), ("C9", 0.5), ("D9", 0.75)):
        percent(ws, ref, value)
    merge(ws, "E9:F9")
    percent(ws, "E9", 1)
    ws["A10"] = "绩效目标"
    merge(ws, "B10:F10", "1.完成馆藏档案数字化\n2.建立检索系统")
    for col, name in zip("ABCDEF", GRID_HEADER, strict=True):
        merge(ws, f"{col}11:{col}12", name)
    merge(ws, "A13:A15", "产出指标")
    put_row(ws, 13, ["数量指标", "数字化档案卷数", "全年完成的卷数", 5000, "年度工作计划"], 2)
    put_row(ws, 14, ["质量指标", "数字化合格率", "合格卷数/总卷数", None, "行业标准"], 2)
    percent(ws, "E14", 0.98)
    put_row(ws, 15, ["时效指标", "完成时间", "年底前完成", "≤12个月", "合同约定"], 2)
    put_row(
        ws,
        16,
        ["满意度指标", "服务对象满意度指标", "查档群众满意度", "调查满意率", "≥90%", "历史标准"],
    )
    # Project 2, right below: the title typed in a middle cell, "单位：" unit line,
    # a one-row header, 二级指标 merged too, numbers as 指标值.
    ws["C17"] = "2.查档服务经费绩效目标表"
    ws["A18"], ws["F18"] = "单位：430003 某县档案服务中心", "单位：万元"
    put_row(ws, 19, ["项目编码", "13108225P000002", "项目名称", "查档服务经费"])
    put_row(ws, 20, ["预算数", 30, "其中：财政资金", 30, "其他资金", 0])
    put_row(ws, 21, ["资金用途", "用于查档大厅运行"])
    put_row(ws, 22, ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"])
    percent(ws, "C23", 0.5)
    percent(ws, "E23", 1, "0.0%")
    put_row(ws, 24, ["绩效目标", "保障查档服务正常运行"])
    put_row(ws, 25, list(GRID_HEADER))
    merge(ws, "A26:A27", "产出指标")
    merge(ws, "B26:B27", "数量指标")
    put_row(ws, 26, ["接待查档人次", "全年接待人次", 1200, "历史标准"], 3)
    put_row(ws, 27, ["接待批次", None, 100], 3)
    put_row(ws, 28, ["效益指标", "社会效益指标", "档案利用率", None, "≥80%", "计划标准"])
    put_row(ws, 29, ["满意度指标", "服务对象满意度指标", "满意度"])
    percent(ws, "E29", 0.955, "0.0%")
    # Project 3: no unit, no budget, a single indicator.
    merge(ws, "A31:F31", "3.档案安全检查绩效目标表")
    put_row(ws, 32, ["项目名称", "档案安全检查"])
    put_row(ws, 33, ["绩效目标", "1.全年无安全事故"])
    put_row(ws, 34, list(GRID_HEADER))
    put_row(ws, 35, ["产出指标", "数量指标", "检查次数", "全年检查次数", "≥4次", "计划标准"])
    wb.save(path)


@pytest.fixture
def long_sheet(tmp_path: Path) -> DepartmentPlan:
    path = tmp_path / "long.xlsx"
    long_sheet_workbook(path)
    return import_file(path)


def test_long_sheet_identity_and_projects(long_sheet: DepartmentPlan) -> None:
    plan = long_sheet
    assert (plan.department, plan.year) == ("某县档案局", 2025)
    assert [(u.code, u.name) for u in plan.units] == [
        ("430002", "某县档案馆"),
        ("430003", "某县档案服务中心"),
    ]
    assert [p.name for p in plan.projects] == ["档案数字化经费", "查档服务经费", "档案安全检查"]
    assert [w.code for w in plan.warnings] == []


def test_long_sheet_first_project(long_sheet: DepartmentPlan) -> None:
    p = long_sheet.projects[0]
    assert (p.unit_code, p.unit_name, p.code) == ("430002", "某县档案馆", "13108225P000001")
    assert (p.budget_total, p.budget_fiscal, p.budget_other) == (
        Decimal("12.5"),
        Decimal("10"),
        Decimal("2.5"),
    )
    assert str(p.budget_total) == "12.5"
    assert p.purpose == "用于馆藏档案扫描和著录"
    assert p.spend_plan == {
        "3月底": Decimal(25),
        "6月底": Decimal(50),
        "10月底": Decimal(75),
        "12月底": Decimal(100),
    }
    assert p.goals == ["完成馆藏档案数字化", "建立检索系统"]
    assert indicator_rows(p) == [
        ("产出指标", "数量指标", "数字化档案卷数", "全年完成的卷数", "5000", "年度工作计划"),
        ("产出指标", "质量指标", "数字化合格率", "合格卷数/总卷数", "98%", "行业标准"),
        ("产出指标", "时效指标", "完成时间", "年底前完成", "≤12个月", "合同约定"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "调查满意率", "≥90%", "历史标准"),
    ]


def test_long_sheet_second_and_third_project(long_sheet: DepartmentPlan) -> None:
    second, third = long_sheet.projects[1:]
    assert (second.unit_code, second.unit_name) == ("430003", "某县档案服务中心")
    assert (second.budget_total, second.budget_fiscal, second.budget_other) == (
        Decimal(30),
        Decimal(30),
        Decimal(0),
    )
    assert second.spend_plan == {
        "3月底": None,
        "6月底": Decimal(50),
        "10月底": None,
        "12月底": Decimal(100),
    }
    assert second.goals == ["保障查档服务正常运行"]
    assert indicator_rows(second) == [
        ("产出指标", "数量指标", "接待查档人次", "全年接待人次", "1200", "历史标准"),
        ("产出指标", "数量指标", "接待批次", "", "100", ""),
        ("效益指标", "社会效益指标", "档案利用率", "", "≥80%", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "满意度", "", "95.5%", ""),
    ]
    assert third.unit_code is None and third.budget_total is None
    assert third.goals == ["全年无安全事故"]
    assert indicator_rows(third) == [
        ("产出指标", "数量指标", "检查次数", "全年检查次数", "≥4次", "计划标准"),
    ]


def test_long_sheet_sources_give_sheet_and_cell(long_sheet: DepartmentPlan) -> None:
    first, second, _ = long_sheet.projects
    budget = first.sources["budget_total"]
    assert (budget.file, budget.sheet, budget.cell, budget.row, budget.col) == (
        "long.xlsx",
        "绩效目标表",
        "B6",
        6,
        2,
    )
    assert first.sources["name"].cell == "B5"
    assert first.sources["unit_code"].cell == "A4"
    assert first.indicators[1].sources["value"].cell == "E14"
    assert first.indicators[1].sources["level1"].cell == "A13"  # the merged 一级指标 cell
    assert second.indicators[1].sources["value"].describe() == "long.xlsx!绩效目标表!E27"


# -- the reader's blocks --------------------------------------------------------------------


def test_merged_cells_give_one_cell_and_empty_cells_below(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    long_sheet_workbook(path)
    blocks = read_xlsx_blocks(path)
    by_row = {b.source.row: b for b in blocks}
    title = by_row[3]
    assert isinstance(title, Paragraph) and title.text == "1.档案数字化经费绩效目标表"
    assert isinstance(by_row[17], Paragraph)  # a title typed in column C is still a title
    spend_values = by_row[9]
    assert isinstance(spend_values, Row)
    assert [(c.col, c.span, c.text) for c in spend_values.cells] == [
        (0, 1, ""),  # below the merged 资金支出计划（%）label
        (1, 1, "25%"),
        (2, 1, "50%"),
        (3, 1, "75%"),
        (4, 2, "100%"),
    ]
    header = by_row[11]
    assert isinstance(header, Row) and header.texts[0] == "一级指标"
    assert 12 not in by_row  # the second header row is only merged cells: nothing to read
    assert by_row[14].source.cell == "A14"


def test_paragraph_rules(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    merge(ws, "A1:D1", "1.办公设备购置\n绩效目标表")  # one heading, broken over two lines
    merge(ws, "A2:D2", "第一段。\n第二段。")  # prose: a line is a paragraph
    ws["A3"] = "绩效目标"
    merge(ws, "B3:D3")  # a label beside an empty box: a blank form field, not prose
    put_row(ws, 4, ["a", "b", "c", "d"])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    blocks = read_xlsx_blocks(path)
    assert [(type(b).__name__, b.source.cell) for b in blocks] == [
        ("Paragraph", "A1"),
        ("Paragraph", "A2"),
        ("Paragraph", "A2"),
        ("Row", "A3"),
        ("Row", "A4"),
    ]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "1.办公设备购置绩效目标表",
        "第一段。",
        "第二段。",
    ]
    row = blocks[3]
    assert isinstance(row, Row) and [(c.col, c.span) for c in row.cells] == [(0, 1), (1, 3)]


def test_cell_text_reads_numbers_exactly() -> None:
    assert cell_text(5.91) == "5.91"
    assert cell_text(100.0) == "100"
    assert cell_text(0.75, "0%") == "75%"
    assert cell_text(0.3333, "0.00%") == "33.33%"
    assert cell_text(0.1 + 0.2) == "0.3"  # Excel keeps 15 significant digits
    assert cell_text(1357) == "1357"
    assert cell_text(Decimal("100.80")) == "100.8"
    assert cell_text(0.5, '0.0"%"') == "0.5"  # a quoted % is a literal, not a percent
    assert cell_text(None) == ""
    assert cell_text("a\r\nb") == "a\nb"


def test_text_starting_with_equals_is_text(tmp_path: Path) -> None:
    plan = edge_case_plan()
    path = tmp_path / "eq.xlsx"
    write_plan_xlsx(plan, path)
    sheet = load_workbook(path).worksheets[1]
    assert sheet["F11"].value == "=100%" and sheet["F11"].data_type == "s"


def test_a_sheet_per_project_without_titles(tmp_path: Path) -> None:
    """Each sheet holding a 项目名称 starts a project even without a "…绩效目标表" title."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = "物业费"
    for name, ws in (("物业管理费", first), (None, wb.create_sheet("水电费"))):
        put_row(ws, 1, ["单位：430001 某局本级", None, None, None, None, "单位：万元"])
        put_row(ws, 2, ["项目名称", name, "预算数", 10])
        put_row(ws, 3, list(GRID_HEADER))
        put_row(ws, 4, ["产出指标", "数量指标", "保洁面积", "", "≥5000平方米", "合同约定"])
    hidden = wb.create_sheet("选项")
    hidden["A1"] = "项目名称"
    hidden.sheet_state = "hidden"
    wb.create_sheet("填表说明")["A1"] = "项目名称：填写项目的名称"
    path = tmp_path / "sheets.xlsx"
    wb.save(path)
    plan = import_file(path)
    assert [p.name for p in plan.projects] == ["物业管理费", "水电费"]
    assert [p.budget_total for p in plan.projects] == [Decimal(10), Decimal(10)]
    assert all(len(p.indicators) == 1 for p in plan.projects)
    assert plan.projects[1].sources["name"].sheet == "水电费"


def test_sub_goal_table(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "二、分项绩效目标"
    put_row(ws, 2, ["标题", "绩效目标", "绩效指标"])
    put_row(ws, 3, ["（一）公务接待", "完成接待。", "满意率90%以上。"])
    put_row(ws, 4, [None, "只有目标。"])
    path = tmp_path / "goals.xlsx"
    wb.save(path)
    plan = import_file(path)
    assert [(s.title, s.goal, s.indicator) for s in plan.sub_goals] == [
        ("公务接待", "完成接待。", "满意率90%以上。"),
        (None, "只有目标。", None),
    ]
    assert plan.sub_goals[0].targets[0].value == "90%以上"
    assert plan.sub_goals[0].sources["goal"].cell == "B3"


# -- damaged files ----------------------------------------------------------------------------


def test_not_a_zip_fails_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "坏文件.xlsx"
    path.write_bytes("这不是 Excel 文件".encode())
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    assert caught.value.file == "坏文件.xlsx"
    assert str(caught.value).startswith("坏文件.xlsx: ")


def test_truncated_workbook_fails_naming_the_file(tmp_path: Path) -> None:
    whole = tmp_path / "whole.xlsx"
    write_plan_xlsx(edge_case_plan(), whole)
    data = whole.read_bytes()
    for size in (len(data) // 2, len(data) - 30):
        cut = tmp_path / "截断.xlsx"
        cut.write_bytes(data[:size])
        with pytest.raises(ImportFailed) as caught:
            import_file(cut)
        assert caught.value.file == "截断.xlsx"


def test_zip_without_a_workbook_fails_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "空.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportFailed) as caught:
        read_xlsx_blocks(path)
    assert caught.value.file == "空.xlsx"
    assert "Excel" in caught.value.message


# -- the template ------------------------------------------------------------------------------


def test_template_imports_to_one_project(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template_xlsx(path)
    plan = import_file(path)
    assert len(plan.projects) == 1
    assert plan.projects[0].name == TEMPLATE_PROJECT_SHEET  # named after its sheet
    assert plan.warnings
    assert plan.sub_goals == [] and plan.measures == [] and plan.overall_goal is None
    # the framework's prefilled 一级/二级 rows, left unused, are no indicators
    assert plan.projects[0].indicators == []


def test_template_layout(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template_xlsx(path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == [INSTRUCTIONS_SHEET, DEPARTMENT_SHEET, TEMPLATE_PROJECT_SHEET]
    project = workbook[TEMPLATE_PROJECT_SHEET]
    assert project["A1"].value == '=E3&"绩效目标表"'  # the title follows the 项目名称 cell
    column_a = [project.cell(row=r, column=1).value for r in range(11, 20)]
    column_b = [project.cell(row=r, column=2).value for r in range(11, 20)]
    assert [v for v in column_a if v] == ["产出指标", "效益指标", "满意度指标"]
    assert column_b == [level2 for _, level2s in FRAMEWORK for level2 in level2s]
    assert {"A11:A14", "A15:A18"} <= {str(r) for r in project.merged_cells.ranges}
    assert project["B7"].number_format == "0%"
    assert project.column_dimensions["C"].width > 10
    notes = " ".join(str(c.value) for row in workbook[INSTRUCTIONS_SHEET].iter_rows() for c in row)
    for expected in ("≥90%", "≤248.96万元", "指标值确定依据", "资金支出计划", "单位：430001"):
        assert expected in notes


def test_filled_template_reads_back(tmp_path: Path) -> None:
    """A user fills the template's example project (Excel caches the title formula)."""
    path = tmp_path / "模板.xlsx"
    write_template_xlsx(path)
    workbook = load_workbook(path)
    sheet = workbook[TEMPLATE_PROJECT_SHEET]
    sheet["A1"] = "办公设备购置绩效目标表"  # what Excel shows once E3 is filled
    sheet["A2"] = "单位：442001 曹妃甸区政务接待中心本级"
    sheet["B3"], sheet["E3"] = "13020924P00056410001N", "办公设备购置"
    sheet["C4"], sheet["E4"] = 0.81, 0.81
    sheet["B7"], sheet["E7"] = 0.25, 1
    sheet["B8"] = "1.满足办公需求"
    sheet["C11"], sheet["F11"] = "购置数量", "≥2台"
    department = workbook[DEPARTMENT_SHEET]
    department["A1"] = "曹妃甸区政务接待中心2024年部门预算绩效文本"
    department["A4"] = "保障接待工作。"
    department["B7"], department["C7"] = "公务接待", "完成接待。"
    department["A12"] = "（一）完善制度建设\n制定管理办法。"
    workbook.save(path)
    plan = import_file(path)
    assert (plan.department, plan.year) == ("曹妃甸区政务接待中心", 2024)
    assert plan.overall_goal == "保障接待工作。"
    assert [(s.title, s.goal) for s in plan.sub_goals] == [("公务接待", "完成接待。")]
    assert plan.measures == ["完善制度建设\n制定管理办法。"]
    project = plan.projects[0]
    assert (project.name, project.code, project.unit_code) == (
        "办公设备购置",
        "13020924P00056410001N",
        "442001",
    )
    assert (project.budget_total, project.budget_fiscal) == (Decimal("0.81"), Decimal("0.81"))
    assert project.spend_plan["3月底"] == Decimal(25)
    assert project.spend_plan["12月底"] == Decimal(100)
    assert project.goals == ["满足办公需求"]
    assert indicator_rows(project)[0] == ("产出指标", "数量指标", "购置数量", "", "≥2台", "")
