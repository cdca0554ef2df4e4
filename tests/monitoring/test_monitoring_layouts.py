"""A 监控表 of the common 项目支出绩效运行监控表 shape, written as a page's pipe rows, an HTML
page, a Word table and an Excel sheet, imports the same way whatever the format: its
1–6月执行数 and 全年预计执行数, and per indicator the 年度指标值, the 1–6月 value, the
全年预计完成值, the 完成目标可能性 and the 偏差原因 — and becomes a monitoring round whose
outlook reads them (an indicator expected to fall short of its target is flagged).

The columns are recognised by their header text (profiles/import-headers.json), never by
their position or by this document."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from bench.grid_layouts import MONITORING_HEADER
from click.testing import CliRunner

from jixiao.cli.main import cli as main
from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from jixiao.monitoring import monitor_round
from jixiao.monitoring.imported import likelihood, round_date, round_from_plan
from jixiao.monitoring.model import Likelihood
from jixiao.scoring.profile import load_evaluation_profile
from tests.monitoring.word_tables import write_docx

TITLE = ["项目支出绩效运行监控表", "(2023年度)", "单位:万元"]
HEADER_BLOCK = [
    ["项目名称", "农村公路养护", "主管部门", "某县交通运输局"],
    ["实施单位", "某县公路事务中心", "项目负责人", "张三"],
    ["项目资金", "年初预算数", "1-6月执行数", "全年预计执行数", "执行率"],
    ["年度资金总额", "120", "48.6", "110", "40.5%"],
]
GRID = [
    list(MONITORING_HEADER),
    ["产出指标", "数量指标", "养护里程", "≥150公里", "70公里", "150公里", "确定能", ""],
    ["", "质量指标", "路况优良率", "≥85%", "80%", "86%", "有可能", "雨季影响，下半年集中整治"],
    ["效益指标", "社会效益指标", "群众出行便利度", "提升", "有所提升", "提升", "确定能", ""],
    [
        "满意度指标",
        "服务对象满意度指标",
        "群众满意度",
        "≥90%",
        "82%",
        "85%",
        "不可能",
        "半年调查样本较少",
    ],
]
ROWS = HEADER_BLOCK + GRID
# what a reader reads in each indicator row: name, target, 1-6月, 全年预计, 可能性, 偏差
EXPECTED = [(r[2], r[3], r[4], r[5], r[6], r[7] or None) for r in GRID[1:]]


def as_text(folder: Path) -> Path:
    lines = [*TITLE, *("| " + " | ".join(row) + " |" for row in ROWS)]
    path = folder / "监控表.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _html_table(rows: list[list[str]]) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table border=1>{body}</table>"


def as_html(folder: Path) -> Path:
    title = "".join(f"<p>{html.escape(line)}</p>" for line in TITLE)
    page = (
        '<html><head><meta charset="utf-8"><title>绩效运行监控</title></head><body>'
        f"{title}{_html_table(HEADER_BLOCK)}{_html_table(GRID)}</body></html>"
    )
    path = folder / "监控表.html"
    path.write_text(page, encoding="utf-8")
    return path


def as_docx(folder: Path) -> Path:
    return write_docx(folder / "监控表.docx", TITLE, [HEADER_BLOCK, GRID])


def as_xlsx(folder: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for line in TITLE:
        sheet.append([line])
    for row in ROWS:
        sheet.append(row)
    path = folder / "监控表.xlsx"
    book.save(path)
    return path


WRITERS: dict[str, Callable[[Path], Path]] = {
    "pipe rows": as_text,
    "HTML": as_html,
    "Word": as_docx,
    "Excel": as_xlsx,
}


def imported(write: Callable[[Path], Path], folder: Path) -> DepartmentPlan:
    return import_file(write(folder))


@pytest.mark.parametrize("layout", WRITERS)
def test_the_monitoring_columns_are_read_in_every_format(layout: str, tmp_path: Path) -> None:
    plan = imported(WRITERS[layout], tmp_path)
    assert (plan.kind, plan.year, plan.department) == ("monitoring", 2023, "某县交通运输局")
    (project,) = plan.projects
    assert project.name == "农村公路养护"
    assert (project.budget_initial, project.spent, project.spend_forecast) == (
        Decimal(120),
        Decimal("48.6"),
        Decimal(110),
    )
    assert (project.through_month, project.execution_rate) == (6, Decimal("0.405"))
    got = [
        (i.level3, i.value, i.actual, i.expected, i.likelihood, i.deviation)
        for i in project.indicators
    ]
    assert got == EXPECTED
    assert [i.level1 for i in project.indicators] == [
        "产出指标",
        "产出指标",
        "效益指标",
        "满意度指标",
    ]


@pytest.mark.parametrize("layout", ["pipe rows", "Excel"])
def test_the_import_is_a_round_whose_outlook_reads_the_forecasts(
    layout: str, tmp_path: Path
) -> None:
    plan = imported(WRITERS[layout], tmp_path)
    date = round_date(plan)
    assert date == dt.date(2023, 6, 30)
    round_ = round_from_plan(plan, date)
    (progress,) = round_.projects
    assert (progress.spent_to_date, progress.expected_full_year) == (Decimal("48.6"), Decimal(110))
    by_name = {i.level3: i for i in progress.indicators}
    assert by_name["路况优良率"].expected_value == "86%"
    assert by_name["路况优良率"].likelihood is Likelihood.POSSIBLE
    assert by_name["路况优良率"].cause_text == "雨季影响，下半年集中整治"
    assert by_name["群众满意度"].likelihood is Likelihood.IMPOSSIBLE

    report = monitor_round(round_, plan, load_evaluation_profile())
    (result,) = report.projects
    outlook = {i.level3: i for i in result.indicators}
    assert outlook["养护里程"].forecast_miss is False  # 150公里 expected of ≥150公里
    assert outlook["群众满意度"].forecast_miss is True  # 85% expected of ≥90%, 不可能
    assert result.declared_rate == Decimal(110) / Decimal(120)
    assert any("群众满意度" in reason for reason in result.reasons)


@pytest.mark.parametrize(
    ("written", "choice"),
    [
        ("确定能", Likelihood.CERTAIN),
        ("√确定能", Likelihood.CERTAIN),
        ("有可能", Likelihood.POSSIBLE),
        ("不可能", Likelihood.IMPOSSIBLE),
        ("完全不可能", Likelihood.IMPOSSIBLE),
        ("", None),
        ("待定", None),
    ],
)
def test_likelihood_words_of_the_templates(written: str, choice: Likelihood | None) -> None:
    assert likelihood(written) is choice


def test_jixiao_monitor_reads_the_document_alone(tmp_path: Path) -> None:
    """``jixiao monitor 监控表.docx``: the document is both the targets and the progress."""
    result = CliRunner().invoke(main, ["monitor", str(as_docx(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["monitor_date"] == "2023-06-30"
    (project,) = report["projects"]
    assert Decimal(str(project["spent_to_date"])) == Decimal("48.6")
    misses = {i["level3"]: i["forecast_miss"] for i in project["indicators"]}
    assert misses == {
        "养护里程": False,
        "路况优良率": False,
        "群众出行便利度": False,  # “提升” expected for “提升”: met as stated
        "群众满意度": True,
    }
