"""The 监控表 in Excel, Word and PDF: each file reads back to the round it was written from.

The example round (seed 003 at 31 July) is made harder: multi-line text, ticked causes,
empty cells, and a project of 40 indicators whose form runs over a PDF page.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest
from docx import Document

from jixiao.evaluation import load_evaluation_profile
from jixiao.exporters.pdf_writer import html_pdf
from jixiao.forms import FormError, cell
from jixiao.forms.files import FORM_FORMATS, MEDIA_TYPES
from jixiao.forms.html import forms_pdf
from jixiao.model import DepartmentPlan
from jixiao.monitoring import MonitoringResult, MonitoringRound, monitor_round
from jixiao.monitoring.form import (
    FORM_TITLE,
    monitoring_form_bytes,
    project_form,
    read_monitoring_docx,
    read_monitoring_form,
    read_monitoring_pdf,
    write_monitoring_form,
    write_monitoring_pdf,
)
from jixiao.monitoring.model import DeviationCause, IndicatorProgress, Likelihood
from tests.monitoring.conftest import ROUND_FILE
from tests.monitoring.test_forms import _with_budgets

PROFILE = load_evaluation_profile()
LONG = 40  # indicators of the long project: its PDF form takes more than one page


def _harder(round_: MonitoringRound) -> MonitoringRound:
    projects = list(round_.projects)
    first = projects[0]
    indicators = list(first.indicators)
    indicators[1] = indicators[1].model_copy(
        update={
            "expected_value": "9.5万元",
            "likelihood": Likelihood.POSSIBLE,
            "cause": DeviationCause.FUNDING,
            "cause_text": "评估范围扩大。\n追加两处房产。",
            "measures": "申请调剂资金；\n压减其他支出",
        }
    )
    projects[0] = first.model_copy(
        update={
            "department": "张家口市机关事务管理局",
            "unit": "张家口市机关事务保障中心",
            "goal": "完成办公用房评估审计。\n按合同支付评估费用。",
            "goal_progress": "已完成评估。",
            "indicators": indicators,
        }
    )
    long_indicators = [
        IndicatorProgress(
            level1="产出指标" if n < 30 else "效益指标",
            level2="数量指标" if n % 2 else "质量指标",
            level3=f"第{n + 1}项保障任务完成数量及质量",
            target=f"≥{n + 1}项",
            value_to_date=f"{n}项" if n % 3 else "",
            expected_value=f"{n + 1}项",
            likelihood=Likelihood.CERTAIN if n % 5 else None,
            cause=DeviationCause.STAFF if n == 7 else None,
            cause_text="人员调整，\n新人熟悉业务中" if n == 7 else "",
        )
        for n in range(LONG)
    ]
    projects.append(
        projects[-1].model_copy(
            update={
                "code": "13070024P999999999999",
                "name": "长表测试项目",
                "budget_total": Decimal("80"),
                "monthly": {1: Decimal("0.5"), 12: Decimal("1.25")},
                "indicators": long_indicators,
            }
        )
    )
    return round_.model_copy(update={"projects": projects})


@pytest.fixture(scope="module")
def written(
    plan_003: DepartmentPlan, tmp_path_factory: pytest.TempPathFactory
) -> tuple[MonitoringRound, MonitoringResult, dict[str, Path]]:
    round_ = _harder(MonitoringRound.model_validate_json(ROUND_FILE.read_text("utf-8")))
    report = monitor_round(round_, plan_003, PROFILE)
    folder = tmp_path_factory.mktemp("monitoring-forms")
    paths = {}
    for fmt in FORM_FORMATS:
        paths[fmt] = folder / f"监控表.{fmt}"
        write_monitoring_form(round_, paths[fmt], report)
    return round_, report, paths


@pytest.mark.parametrize("fmt", FORM_FORMATS)
def test_every_format_reads_back_to_the_round(
    fmt: str,
    written: tuple[MonitoringRound, MonitoringResult, dict[str, Path]],
    plan_003: DepartmentPlan,
) -> None:
    round_, _, paths = written
    expected = _with_budgets(round_, plan_003)
    back = read_monitoring_form(paths[fmt])
    assert back.model_dump() == expected.model_dump()
    assert back.projects[0].indicators[1].cause_text == "评估范围扩大。\n追加两处房产。"
    assert len(back.projects[-1].indicators) == LONG


def test_the_per_format_readers(
    written: tuple[MonitoringRound, MonitoringResult, dict[str, Path]],
) -> None:
    _, _, paths = written
    assert read_monitoring_docx(paths["docx"]) == read_monitoring_pdf(paths["pdf"])


def test_pdf_has_a_page_per_form_and_the_long_one_runs_over(
    written: tuple[MonitoringRound, MonitoringResult, dict[str, Path]],
) -> None:
    round_, _, paths = written
    with pdfplumber.open(paths["pdf"]) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
        width, height = pdf.pages[1].width, pdf.pages[1].height
    assert width > height  # A4 landscape
    starts = [n for n, text in enumerate(texts) if text.startswith(FORM_TITLE)]
    assert len(starts) == len(round_.projects)  # each form starts a page; the summary too
    assert "绩效运行监控汇总" in texts[0]
    long_start = starts[-1]
    assert "长表测试项目" in texts[long_start] and len(texts) > long_start + 1
    assert f"第{LONG}项保障任务" in texts[-1].replace("\n", "")
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页" in text or f"第{number}页" in text


def test_word_holds_the_summary_and_every_project(
    written: tuple[MonitoringRound, MonitoringResult, dict[str, Path]],
) -> None:
    round_, _, paths = written
    document = Document(str(paths["docx"]))
    assert len(document.tables) == 1 + len(round_.projects)
    summary = "\n".join(c.text for row in document.tables[0].rows for c in row.cells)
    assert "填报部门" in summary and "红灯" in summary


def test_bytes_for_downloads(
    written: tuple[MonitoringRound, MonitoringResult, dict[str, Path]],
) -> None:
    round_, report, _ = written
    small = round_.model_copy(update={"projects": round_.projects[:2]})
    pdf = monitoring_form_bytes(small, report, "pdf")
    assert pdf.startswith(b"%PDF")
    for fmt in ("xlsx", "docx"):
        names = zipfile.ZipFile(BytesIO(monitoring_form_bytes(small, report, fmt))).namelist()
        assert ("xl/workbook.xml" if fmt == "xlsx" else "word/document.xml") in names
    assert MEDIA_TYPES["pdf"] == "application/pdf" and set(MEDIA_TYPES) == set(FORM_FORMATS)
    with pytest.raises(ValueError, match="不支持的表格格式“html”"):
        monitoring_form_bytes(small, report, "html")


def test_a_bad_amount_in_a_pdf_names_page_table_and_cell(
    tmp_path: Path, written: tuple[MonitoringRound, MonitoringResult, dict[str, Path]]
) -> None:
    round_, _, _ = written
    form = project_form(round_.projects[2], None)
    amounts = next(n for n, row in enumerate(form.rows) if row[0].text == "项目资金") + 1
    form.rows[amounts][0] = cell("四万", 2)  # 年度预算数, in grid columns 3–4
    path = tmp_path / "填好的监控表.pdf"
    path.write_bytes(forms_pdf([form], FORM_TITLE))
    with pytest.raises(FormError) as caught:
        read_monitoring_pdf(path)
    assert str(caught.value) == (
        f"填好的监控表.pdf: 第1张表“{FORM_TITLE}”（第1页起） 第1页表1第5行第3列：“四万”不是数字"
    )


def test_a_bad_amount_in_word_names_table_and_cell(
    tmp_path: Path, written: tuple[MonitoringRound, MonitoringResult, dict[str, Path]]
) -> None:
    _, _, paths = written
    document = Document(str(paths["docx"]))
    table = document.tables[3]  # the form of project 3
    for r, row in enumerate(table.rows):
        if row.cells[2].text == "年度预算数":
            table.rows[r + 1].cells[2].text = "很多"
    path = tmp_path / "监控表.docx"
    document.save(str(path))
    with pytest.raises(FormError) as caught:
        read_monitoring_form(path)
    assert str(caught.value) == (
        f"监控表.docx: 第4张表“{FORM_TITLE}” 表4第5行第3列：“很多”不是数字"
    )


def test_files_without_the_form(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("2024年度部门预算")
    path = tmp_path / "预算.docx"
    document.save(str(path))
    with pytest.raises(FormError, match=f"^预算.docx: 找不到“{FORM_TITLE}”"):
        read_monitoring_docx(path)
    plain = tmp_path / "通知.pdf"
    plain.write_bytes(html_pdf("<h1>通知</h1><table><tr><td>项目名称</td></tr></table>"))
    with pytest.raises(FormError, match=f"^通知.pdf: 找不到“{FORM_TITLE}”"):
        read_monitoring_pdf(plain)
    summary_only = tmp_path / "汇总.pdf"
    write_monitoring_pdf(MonitoringRound(monitor_date=dt.date(2024, 7, 31)), summary_only)
    with pytest.raises(FormError, match=f"^汇总.pdf: 没有项目的“{FORM_TITLE}”"):
        read_monitoring_pdf(summary_only)
    with pytest.raises(FormError, match=r"^监控表\.csv: 不支持的文件类型"):
        read_monitoring_form(tmp_path / "监控表.csv")
