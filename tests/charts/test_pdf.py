"""The charts print: WeasyPrint (the PDF exporter's engine) draws their text into a PDF."""

from __future__ import annotations

import io
from decimal import Decimal

import pdfplumber
import weasyprint

from jixiao.charts import Bar, Reference, SpendingSeries, bar_chart, spending_chart

D = Decimal


def test_charts_inline_in_html_render_in_a_pdf() -> None:
    spending = spending_chart(
        SpendingSeries(
            plan=[(0, 0), (6, D("0.5")), (12, 1)],
            actual=[(3, D("0.2")), (6, D("0.45"))],
            forecast=D("0.93"),
            today=D("6.5"),
        )
    )
    scores = bar_chart(
        [Bar("2024年水电费", D("95.5"), "good"), Bar("后勤中心运行费2024", 58, "bad")],
        maximum=100,
        unit="分",
        title="项目自评得分",
        references=[Reference(90, "优")],
    )
    pdf = weasyprint.HTML(string=f"<html><body>{spending}{scores}</body></html>").write_pdf()
    assert pdf is not None
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_text()
    for expected in (
        "12月",
        "100%",
        "支出计划",
        "序时进度",
        "预计93%",
        "95.5分",
        "后勤中心运行费2024",
    ):
        assert expected in words
