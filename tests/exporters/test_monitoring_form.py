"""A 监控表 is published as a 项目支出绩效目标执行监控表, the form finance bureaus use: the
budget line as 年初预算数 / 1-N月执行数 / 执行率 / 全年预计执行数 (the columns the project
holds), and per indicator 年度指标值 / 1-N月实际完成值 / 全年预计完成值 / 完成目标可能性 /
偏差原因分析及纠偏措施 — in Word, Excel, HTML and PDF, and it reads back whole."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jixiao.exporters.formats import export_plan
from jixiao.exporters.publication import Heading, build_publication
from jixiao.importers.api import import_file
from tests.exporters.corpus_round_trips import Trip, round_trip
from tests.importers.corpus_metrics import CORPUS
from tests.monitoring.test_monitoring_layouts import as_docx

FORMATS = ("docx", "xlsx", "html", "pdf")
HUANGSHI = CORPUS / "monitoring" / "hubei_huangshi-wenwuju-shenyi-jiankong_2019.txt"


def _trip(document: Path, fmt: str) -> Trip:
    trip = Trip(document.name, "", fmt)
    with tempfile.TemporaryDirectory() as folder:
        round_trip(import_file(document), fmt, Path(folder), trip)
    return trip


def test_monitoring_document_is_titled_as_a_monitoring_form() -> None:
    """黄石 文物局's 1-6月 监控表 was published under a 自评表's title."""
    plan = import_file(HUANGSHI)
    headings = [b.text for b in build_publication(plan).blocks if isinstance(b, Heading)]
    projects = [h for h in headings if h[:1].isdigit()]
    assert projects and all(h.endswith("项目支出绩效目标执行监控表") for h in projects)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.xlsx"
        export_plan(plan, "xlsx", path)
        sheets = openpyxl.load_workbook(path).worksheets[1:]
        cells = {str(c.value) for sheet in sheets for row in sheet.iter_rows() for c in row}
    assert any(text.endswith("执行监控表") for text in cells)
    assert "1-6月执行数" in cells


@pytest.mark.parametrize("fmt", FORMATS)
def test_monitoring_document_reads_back_whole(fmt: str) -> None:
    trip = _trip(HUANGSHI, fmt)
    assert trip.fields > 10
    assert (trip.lost, trip.changed, trip.failed) == ([], [], None)


@pytest.mark.parametrize("fmt", FORMATS)
def test_forecasts_and_likelihood_come_back(fmt: str) -> None:
    """The common 运行监控表 shape (tests/monitoring): 全年预计执行数, and each indicator's
    全年预计完成值 and 完成目标可能性, had no place in the 自评表 form and were lost."""
    with tempfile.TemporaryDirectory() as folder:
        document = as_docx(Path(folder))
        trip = _trip(document, fmt)
        project = import_file(document).projects[0]
    assert project.spend_forecast == Decimal("110")
    assert [i.likelihood for i in project.indicators] == ["确定能", "有可能", "确定能", "不可能"]
    assert (trip.lost, trip.changed, trip.failed) == ([], [], None)
