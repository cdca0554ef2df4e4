"""A rate is rounded once and compared as shown.

服务保障运行经费 (seed 003's example 自评) spent 93.31 of 116.64 万元: 79.998%. The 自评 page
showed "80%" in its row and, in 结果应用, listed it 调整 for a 预算执行率偏低 (below 80%).
"""

from __future__ import annotations

import io
import re

import openpyxl
import pytest

from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from tests.web.conftest import World
from tests.web.test_evaluation_pages import evaluate_example, evaluation  # noqa: F401
from tests.web.test_monitoring_pages import report_example, round_  # noqa: F401

SERVICE = "2024年服务保障运行经费"


@pytest.mark.django_db
def test_a_rate_shown_80_percent_is_not_called_low(
    world: World,
    evaluation: SelfEvaluationRecord,  # noqa: F811
) -> None:
    evaluate_example(world, evaluation)
    page = world.client("bureau").get(f"/plans/{world.other_plan.pk}/evaluation/").content.decode()
    row = re.search(rf"<tr[^>]*>\s*<td><a [^>]*>{SERVICE}</a>.*?</tr>", page, re.DOTALL)
    assert row is not None, "the project's row is not on the page"
    assert ">80%<" in row.group(0), row.group(0)
    advice = page[page.index('id="budget-advice"') :]
    assert SERVICE not in advice, "shown as 80%, yet listed for a 预算执行率 below 80%"
    assert "2024年公务用车管理专项经费" in advice  # the list itself is there (中, 49.22%)


def _round_page(world: World, round_: MonitoringRoundRecord) -> str:  # noqa: F811
    report_example(world, round_)
    page = world.client("bureau").get(f"/monitoring/{round_.pk}/").content.decode()
    assert ">39.49%<" in page and ">58.33%<" in page  # the table's 执行率, 序时进度
    return page


@pytest.mark.django_db
def test_a_rounds_rate_chart_prints_the_tables_rate(
    world: World,
    round_: MonitoringRoundRecord,  # noqa: F811
) -> None:
    """公物仓建设 spent 4 of 10.13 万元 by 31 July: 39.49% in the round's table, but "39.5%"
    by its bar in 各项目预算执行率 (the chart rounded to one decimal of its own)."""
    page = _round_page(world, round_)
    chart = page[page.index("各项目预算执行率") :]
    bar = re.search(
        r'<text[^>]*class="chart-value"[^>]*>([^<]*)</text>',
        chart[chart.index('data-label="2024年市级政府公物仓建设') :],  # the bar, not the <desc>
    )
    assert bar is not None and bar.group(1) == "39.49%", bar
    # and the chart's description, read by a screen reader, says the same
    desc = re.search(r"<desc>([^<]*)</desc>", chart)
    assert desc is not None and "2024年市级政府公物仓建设" in desc.group(1)
    assert "39.49%" in desc.group(1).split("2024年市级政府公物仓建设", 1)[1].split("；")[0]


@pytest.mark.django_db
def test_the_department_line_prints_the_tables_rates(
    world: World,
    round_: MonitoringRoundRecord,  # noqa: F811
) -> None:
    """The round's 部门整体 line said 序时进度58% (whole percents) above a table of 58.33%."""
    page = _round_page(world, round_)
    line = re.search(r"部门整体.*?<small>(.*?)</small>", page, re.DOTALL)
    assert line is not None and "序时进度58.33%" in line.group(1), line


@pytest.mark.django_db
def test_the_exported_list_holds_the_rates_the_list_shows(
    world: World,
    round_: MonitoringRoundRecord,  # noqa: F811
) -> None:
    """偏离目标的项目 lists 公物仓建设 at 39.49%; its 导出Excel said 39.5."""
    report_example(world, round_)
    client = world.client("bureau")
    shown = client.get("/lists/off-track/").content.decode()
    assert ">39.49%<" in shown
    book = openpyxl.load_workbook(io.BytesIO(client.get("/lists/off-track/?export=xlsx").content))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    column = rows[0].index("预算执行率（%）")
    (row,) = [r for r in rows if "2024年市级政府公物仓建设" in r]
    assert row[column] == 39.49, row


@pytest.mark.django_db
def test_the_exported_list_names_the_light_in_chinese(
    world: World,
    round_: MonitoringRoundRecord,  # noqa: F811
) -> None:
    """The page shows 黄灯; the export's 监控结果 column said "yellow"."""
    report_example(world, round_)
    export = world.client("bureau").get("/lists/off-track/?export=xlsx").content
    rows = list(
        openpyxl.load_workbook(io.BytesIO(export)).worksheets[0].iter_rows(values_only=True)
    )
    (row,) = [r for r in rows if "2024年市级政府公物仓建设" in r]
    assert row[rows[0].index("监控结果")] == "黄灯", row
    assert {r[rows[0].index("监控结果")] for r in rows[1:] if r[1]} <= {"红灯", "黄灯"}
