"""Render checks of the forms: the PDF as poppler draws it, and the Word forms printed to
PDF by LibreOffice reading back like our own PDF (another layout, other fonts).

Needs pdftoppm/pdftotext (poppler-utils) and LibreOffice: skipped locally without them,
failing when JIXIAO_REQUIRE_RENDER=1 (see tests/exporters/test_render.py).
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from jixiao.evaluation import load_evaluation_profile
from jixiao.evaluation.form import read_evaluation_docx, read_evaluation_pdf, write_evaluation_docx
from jixiao.monitoring import MonitoringRound
from jixiao.monitoring.form import (
    WIDTHS,
    read_monitoring_docx,
    read_monitoring_pdf,
    write_monitoring_docx,
    write_monitoring_pdf,
)
from tests.evaluation.conftest import example_evaluations
from tests.exporters.test_render import ink, office_pdf, page_texts, rasterise, require
from tests.monitoring.conftest import ROUND_FILE

PROFILE = load_evaluation_profile()


def _round() -> MonitoringRound:
    return MonitoringRound.model_validate_json(ROUND_FILE.read_text(encoding="utf-8"))


def test_monitoring_pdf_pages_as_drawn(tmp_path: Path) -> None:
    round_ = _round()
    path = tmp_path / "监控表.pdf"
    write_monitoring_pdf(round_, path)
    texts = page_texts(path)
    assert len(texts) == 1 + len(round_.projects)  # the summary, then a page per project
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页" in text.replace(" ", "")
    with pdfplumber.open(path) as pdf:
        assert any("Noto-Serif-SC" in char["fontname"] for char in pdf.pages[1].chars)
        for page in pdf.pages[1:]:
            (table,) = page.find_tables()
            columns = {round(x0) for x0, _, _, _ in table.cells}
            assert len(columns) == len(WIDTHS)  # the form's grid, every column drawn
    pngs = rasterise(path, tmp_path / "png", (1, 3))
    assert len(pngs) == 3 and all(ink(png) > 0.01 for png in pngs)


def test_word_forms_printed_by_libreoffice_read_back(tmp_path: Path) -> None:
    office = require("libreoffice")
    round_ = _round()
    evaluations = example_evaluations()
    monitoring, evaluation = tmp_path / "监控表.docx", tmp_path / "自评表.docx"
    write_monitoring_docx(round_, monitoring)
    write_evaluation_docx(evaluations, evaluation, PROFILE)
    office_pdf(office, [monitoring, evaluation], tmp_path / "pdf")
    printed = read_monitoring_pdf(tmp_path / "pdf" / "监控表.pdf")
    assert printed == read_monitoring_docx(monitoring)
    assert printed.department == round_.department and len(printed.projects) == 14
    back = read_evaluation_pdf(tmp_path / "pdf" / "自评表.pdf", PROFILE)
    assert back == read_evaluation_docx(evaluation, PROFILE) == evaluations
