"""The 自评表 in Excel, Word and PDF: each file reads back to the evaluations written.

The example evaluations are made harder: multi-line explanations and goals, empty
cells, explicit weights, and a project of 45 indicators whose form runs over a PDF page.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest
from docx import Document

from jixiao.evaluation import ProjectEvaluation, load_evaluation_profile, score_project
from jixiao.evaluation.form import (
    FORM_TITLE,
    evaluation_form_bytes,
    read_evaluation_docx,
    read_evaluation_form,
    read_evaluation_pdf,
    write_evaluation_form,
)
from jixiao.evaluation.model import IndicatorResult
from jixiao.exporters.pdf_writer import html_pdf
from jixiao.forms import FormError
from jixiao.forms.files import FORM_FORMATS
from tests.evaluation.conftest import example_evaluations

PROFILE = load_evaluation_profile()
LONG = 45


def _harder(evaluations: list[ProjectEvaluation]) -> list[ProjectEvaluation]:
    projects = list(evaluations)
    second = projects[1]
    indicators = list(second.indicators)
    indicators[1] = indicators[1].model_copy(
        update={"explanation": "部分维修项目延至次年。\n已督促供应商加快进度；\n次年一季度完成。"}
    )
    projects[1] = second.model_copy(
        update={
            "goal_expected": "保障机关正常运转：\n1.后勤服务；\n2.设备维修。",
            "goal_achieved": "",
            "unit": None,
            "indicators": indicators,
        }
    )
    long = [
        IndicatorResult(
            level1="产出指标" if n < 40 else "满意度指标",
            level2="数量指标",
            level3=f"第{n + 1}项服务保障任务",
            target=f"≥{n + 1}次",
            actual=f"{n + 1}次" if n % 4 else f"{n}次",
            explanation="" if n % 4 else f"第{n + 1}项未完成：\n天气原因延期。",
        )
        for n in range(LONG)
    ]
    projects.append(
        projects[0].model_copy(update={"name": "长表测试项目", "code": None, "indicators": long})
    )
    return projects


@pytest.fixture(scope="module")
def written(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[list[ProjectEvaluation], dict[str, Path]]:
    projects = _harder(example_evaluations())
    folder = tmp_path_factory.mktemp("evaluation-forms")
    paths = {fmt: folder / f"自评表.{fmt}" for fmt in FORM_FORMATS}
    for path in paths.values():
        scores = write_evaluation_form(projects, path, PROFILE)
        assert scores == [score_project(p, PROFILE) for p in projects]
    return projects, paths


@pytest.mark.parametrize("fmt", FORM_FORMATS)
def test_every_format_reads_back_to_the_evaluations(
    fmt: str, written: tuple[list[ProjectEvaluation], dict[str, Path]]
) -> None:
    projects, paths = written
    back = read_evaluation_form(paths[fmt], PROFILE)
    assert [b.model_dump() for b in back] == [p.model_dump() for p in projects]
    assert [score_project(b, PROFILE) for b in back] == [
        score_project(p, PROFILE) for p in projects
    ]


def test_the_per_format_readers(written: tuple[list[ProjectEvaluation], dict[str, Path]]) -> None:
    _, paths = written
    assert read_evaluation_docx(paths["docx"], PROFILE) == read_evaluation_pdf(
        paths["pdf"], PROFILE
    )


def test_pdf_pages(written: tuple[list[ProjectEvaluation], dict[str, Path]]) -> None:
    projects, paths = written
    with pdfplumber.open(paths["pdf"]) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
        assert pdf.pages[0].width < pdf.pages[0].height  # A4 portrait, as in Word
    starts = [n for n, text in enumerate(texts) if text.startswith(FORM_TITLE)]
    assert len(starts) == len(projects)
    assert len(texts) > len(projects)  # the long form runs onto a second page
    assert "总分" in texts[-1] and "自评等级" in texts[-1] and "总分" not in texts[starts[-1]]


def test_bytes_for_downloads(evaluations: list[ProjectEvaluation]) -> None:
    pdf = evaluation_form_bytes(evaluations, PROFILE, "pdf")
    assert pdf.startswith(b"%PDF")
    docx = evaluation_form_bytes(evaluations, PROFILE, "docx")
    assert "word/document.xml" in zipfile.ZipFile(BytesIO(docx)).namelist()


def test_a_bad_weight_in_word_names_the_cell(
    tmp_path: Path, written: tuple[list[ProjectEvaluation], dict[str, Path]]
) -> None:
    _, paths = written
    document = Document(str(paths["docx"]))
    table = document.tables[1]
    table.rows[12].cells[5].text = "十分"  # the second indicator's 分值
    path = tmp_path / "自评表.docx"
    document.save(str(path))
    with pytest.raises(FormError) as caught:
        read_evaluation_docx(path, PROFILE)
    assert str(caught.value) == (
        f"自评表.docx: 第2张表“{FORM_TITLE}” 表2第13行第6列：“十分”不是数字"
    )


def test_files_without_the_form(tmp_path: Path) -> None:
    plain = tmp_path / "报告.pdf"
    plain.write_bytes(html_pdf("<h1>自评报告</h1><p>本年度绩效自评情况如下。</p>"))
    with pytest.raises(FormError, match=f"^报告.pdf: 找不到“{FORM_TITLE}”"):
        read_evaluation_pdf(plain, PROFILE)
    empty = tmp_path / "空.docx"
    Document().save(str(empty))
    with pytest.raises(FormError, match=f"^空.docx: 找不到“{FORM_TITLE}”"):
        read_evaluation_form(empty, PROFILE)
