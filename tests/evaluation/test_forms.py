"""The 项目支出绩效自评表 as real Excel and Word files, its HTML fragment, the draft report."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from jixiao.evaluation import (
    ProjectEvaluation,
    draft_report,
    load_evaluation_profile,
    read_evaluation_xlsx,
    render_evaluation_html,
    score_project,
    write_evaluation_docx,
    write_evaluation_xlsx,
)
from jixiao.forms import FormError

PROFILE = load_evaluation_profile()


def test_xlsx_round_trip(tmp_path: Path, evaluations: list[ProjectEvaluation]) -> None:
    path = tmp_path / "自评表.xlsx"
    scores = write_evaluation_xlsx(evaluations, path, PROFILE)
    back = read_evaluation_xlsx(path, PROFILE)
    assert [b.model_dump() for b in back] == [e.model_dump() for e in evaluations]
    assert [score_project(b, PROFILE) for b in back] == scores
    sheet = load_workbook(path).worksheets[1]
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "项目支出绩效自评表" in values and "偏差原因分析及改进措施" in values
    assert "良" in values and 88.03 in values


def test_xlsx_reader_names_the_cell(tmp_path: Path, evaluations: list[ProjectEvaluation]) -> None:
    path = tmp_path / "自评表.xlsx"
    write_evaluation_xlsx(evaluations, path, PROFILE)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    for row in sheet.iter_rows():
        for c in row:
            if c.value == "年度资金总额":
                sheet.cell(c.row, c.column + 3, value="九万")
    workbook.save(path)
    with pytest.raises(FormError) as caught:
        read_evaluation_xlsx(path, PROFILE)
    assert str(caught.value).startswith(f"自评表.xlsx: 工作表“{sheet.title}” E")
    assert "“九万”不是数字" in str(caught.value)


def test_docx_and_html(tmp_path: Path, evaluations: list[ProjectEvaluation]) -> None:
    path = tmp_path / "自评表.docx"
    write_evaluation_docx(evaluations, path, PROFILE)
    document = Document(str(path))
    assert len(document.tables) == 3
    text = "\n".join(c.text for row in document.tables[2].rows for c in row.cells)
    assert "2024年公务用车管理专项经费" in text and "78.63" in text and "中" in text
    fragment = render_evaluation_html(evaluations[1], score_project(evaluations[1], PROFILE))
    assert fragment.startswith('<table class="jixiao-form">')
    assert '<th rowspan="5">项目资金</th>' in fragment
    assert '<td class="num">88.03</td>' in fragment
    # 3 heading rows, 5 money rows, 2 goal rows, the grid header; the grid; 总分 and 等级.
    assert fragment.count("<tr>") == 11 + len(evaluations[1].indicators) + 2


def test_draft_report(evaluations: list[ProjectEvaluation]) -> None:
    scores = [score_project(e, PROFILE) for e in evaluations]
    text = draft_report(evaluations, scores, department="张家口市机关事务管理局", year=2024)
    assert text.startswith("# 张家口市机关事务管理局2024年度项目支出绩效自评报告（草稿）")
    assert "自评等级：优1个，良1个，中1个，差0个。" in text
    assert "预算执行率76.60%" in text  # 113.51 / 148.19
    assert "“驻楼各单位职工满意度”年度指标值≥90%，实际完成85%。（未说明原因，请补充）" in text
    assert "2024年公务用车管理专项经费（中）" in text
