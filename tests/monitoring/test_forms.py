"""The 监控表 (Excel and Word) and the actuals upload, as real files."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from jixiao.evaluation import load_evaluation_profile
from jixiao.forms import FormError
from jixiao.model import DepartmentPlan, Project
from jixiao.monitoring import MonitoringRound, monitor_round
from jixiao.monitoring.actuals import read_actuals_xlsx, write_actuals_template
from jixiao.monitoring.form import (
    read_monitoring_xlsx,
    write_monitoring_docx,
    write_monitoring_xlsx,
)
from tests.cli.test_import_command import run_jixiao
from tests.conftest import seed_path
from tests.monitoring.conftest import ROUND_FILE, SEED

PROFILE = load_evaluation_profile()


def _with_budgets(round_: MonitoringRound, plan: DepartmentPlan) -> MonitoringRound:
    """The round as the form shows it: budgets taken from the plan where not reported."""
    budgets = {p.code: p.budget_total for p in plan.projects}
    projects = [
        p.model_copy(update={"budget_total": p.budget_total or budgets[p.code]})
        for p in round_.projects
    ]
    return round_.model_copy(update={"projects": projects})


def test_monitoring_xlsx_round_trip(
    tmp_path: Path, plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    report = monitor_round(example_round, plan_003, PROFILE)
    path = tmp_path / "监控表.xlsx"
    write_monitoring_xlsx(example_round, path, report)
    back = read_monitoring_xlsx(path)
    assert back.model_dump() == _with_budgets(example_round, plan_003).model_dump()
    # What the reader sees in Excel: the lights on the summary sheet.
    summary = load_workbook(path)["监控汇总"]
    lights = {row[1].value: row[7].value for row in summary.iter_rows(min_row=5)}
    assert lights["2024年公务用车管理专项经费"] == "红灯"
    assert lights["保障中心运行费2024"] == "黄灯"
    assert lights["2024年水电费"] == "绿灯"


def test_monitoring_xlsx_reports_a_bad_cell(
    tmp_path: Path, plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    path = tmp_path / "监控表.xlsx"
    write_monitoring_xlsx(example_round, path)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[3]  # project 3
    for row in sheet.iter_rows():
        for c in row:
            if c.value == "1-7月执行数":
                sheet.cell(row=c.row + 1, column=c.column, value="四万")
    workbook.save(path)
    with pytest.raises(FormError) as caught:
        read_monitoring_xlsx(path)
    message = str(caught.value)
    assert "监控表.xlsx" in message and sheet.title in message and "“四万”不是数字" in message
    assert "单元格" in message


def test_monitoring_docx_holds_every_project(
    tmp_path: Path, plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    report = monitor_round(example_round, plan_003, PROFILE)
    path = tmp_path / "监控表.docx"
    write_monitoring_docx(example_round, path, report)
    document = Document(str(path))
    assert len(document.tables) == 1 + len(example_round.projects)  # the 监控汇总 first
    texts = ["".join(c.text for c in row.cells) for row in document.tables[14].rows]
    joined = "\n".join(texts)
    assert "公车中心运行费2024" in joined and "红灯" in joined and "完全不可能" in joined
    assert "车辆编制核减" in joined


def test_actuals_template_round_trip(tmp_path: Path, plan_003: DepartmentPlan) -> None:
    path = tmp_path / "实际支出.xlsx"
    write_actuals_template(plan_003, path, dt.date(2024, 6, 30))
    workbook = load_workbook(path)
    sheet = workbook["实际支出"]
    header = [c.value for c in sheet[3]]
    assert header[:5] == ["项目编码", "项目名称", "监控日期", "累计支出", "预计全年支出"]
    assert header[5:] == [f"{m}月" for m in range(1, 13)]
    for offset, project in enumerate(plan_003.projects):
        row = 4 + offset
        assert sheet.cell(row, 1).value == project.code
        sheet.cell(row, 4, value=float(offset + 1))
    sheet.cell(4, 6, value=0.25)
    workbook.save(path)
    round_ = read_actuals_xlsx(path)
    assert round_.monitor_date == dt.date(2024, 6, 30)
    assert [p.name for p in round_.projects] == [p.name for p in plan_003.projects]
    assert [p.spent_to_date for p in round_.projects][:3] == [Decimal(1), Decimal(2), Decimal(3)]
    assert round_.projects[0].monthly == {1: Decimal("0.25")}


@pytest.mark.parametrize(
    ("cell", "value", "expected"),
    [
        ("D5", "很多", "D5单元格：“很多”不是数字"),
        # a decimal comma: never read as 15
        (
            "D5",
            "1,5",
            "D5单元格：“1,5”的逗号不是千分位（应每三位一组），可能是小数点误写为逗号，未读为数字",
        ),
        ("C6", "2024-13-01", "C6单元格：监控日期“2024-13-01”不是有效日期（应如 2026-06-30）"),
        ("B7", None, "B7单元格：项目名称为空"),
        ("D8", None, "D8单元格：“管理局运行费”未填写累计支出"),
    ],
)
def test_actuals_errors_name_sheet_and_cell(
    tmp_path: Path, plan_003: DepartmentPlan, cell: str, value: str | None, expected: str
) -> None:
    path = tmp_path / "实际支出.xlsx"
    write_actuals_template(plan_003, path, dt.date(2024, 6, 30))
    workbook = load_workbook(path)
    sheet = workbook["实际支出"]
    for row in range(4, 4 + len(plan_003.projects)):
        sheet.cell(row, 4, value=1)
    sheet[cell] = value
    workbook.save(path)
    with pytest.raises(FormError) as caught:
        read_actuals_xlsx(path)
    assert str(caught.value) == f"实际支出.xlsx: 工作表“实际支出” {expected}"


def test_monitor_command_end_to_end(tmp_path: Path) -> None:
    seed = seed_path(SEED)
    template = tmp_path / "模板.xlsx"
    made = run_jixiao("monitor", str(seed), "--template", str(template), "--date", "2024-07-31")
    assert made.returncode == 0, made.stderr
    form = tmp_path / "监控表.xlsx"
    round_ = MonitoringRound.model_validate_json(ROUND_FILE.read_text(encoding="utf-8"))
    write_monitoring_xlsx(round_, form)
    result = run_jixiao(
        "monitor", str(seed), str(form), "--format", "json", "-o", str(tmp_path / "out.docx")
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.docx").exists()
    lights = {p["name"]: p["light"] for p in json.loads(result.stdout)["projects"]}
    assert lights["后勤中心运行费2024"] == "red" and lights["2024年水电费"] == "green"
    empty = run_jixiao("monitor", str(seed), str(template))
    assert empty.returncode == 1 and "未填写累计支出" in empty.stderr


def test_monitor_command_reads_and_writes_pdf_and_word(tmp_path: Path) -> None:
    seed = seed_path(SEED)
    round_ = MonitoringRound.model_validate_json(ROUND_FILE.read_text(encoding="utf-8"))
    form = tmp_path / "监控表.xlsx"
    write_monitoring_xlsx(round_, form)
    out = tmp_path / "监控表.pdf"
    first = run_jixiao("monitor", str(seed), str(form), "--format", "json", "-o", str(out))
    assert first.returncode == 0, first.stderr
    for filled in (out, tmp_path / "监控表.docx"):
        if filled.suffix == ".docx":
            write_monitoring_docx(round_, filled)
        again = run_jixiao("monitor", str(seed), str(filled), "--format", "json")
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout) == json.loads(first.stdout)
    wrong = run_jixiao("monitor", str(seed), str(form), "-o", str(tmp_path / "监控表.csv"))
    assert wrong.returncode == 2 and ".pdf" in wrong.stderr


amounts = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False)


@settings(max_examples=15, deadline=None)
@given(
    spent=st.lists(amounts, min_size=1, max_size=5),
    monthly=st.dictionaries(st.integers(1, 12), amounts, max_size=12),
)
def test_actuals_numbers_read_back_exactly(
    spent: list[Decimal], monthly: dict[int, Decimal]
) -> None:
    plan = DepartmentPlan(
        source_file="x",
        projects=[Project(code=f"P{i}", name=f"项目{i}") for i in range(len(spent))],
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.xlsx"
        write_actuals_template(plan, path, dt.date(2026, 6, 30))
        workbook = load_workbook(path)
        sheet = workbook["实际支出"]
        for offset, value in enumerate(spent):
            sheet.cell(4 + offset, 4, value=float(value))
        for month, value in monthly.items():
            sheet.cell(4, 5 + month, value=float(value))
        workbook.save(path)
        round_ = read_actuals_xlsx(path)
    assert [p.spent_to_date for p in round_.projects] == spent
    assert round_.projects[0].monthly == monthly
