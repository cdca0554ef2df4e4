"""A 自评表 or 目标表 cut before its grid still states its unit and budget line: the
header block is a project with no indicators (衡山 贯塘乡's 部门整体支出绩效自评表, its page
ending in the 年度总体目标 cell, and 绥阳 太白镇's, cut at the 绩效指标 header, were read as
no project at all)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "self_evaluation"
UNITS = st.sampled_from(["绥阳县太白镇人民政府", "衡山县贯塘乡人民政府", "某某市档案局"])
AMOUNTS = st.decimals(1, 99999, places=2)
TITLES = st.sampled_from(["部门整体支出绩效自评表", "项目支出绩效自评表", "部门整体支出绩效目标表"])


def _imported(text: str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cut.txt"
        path.write_text(text, encoding="utf-8")
        return import_file(path)


def _document(title: str, unit: str, budget: Decimal, spent: Decimal, goal: str) -> str:
    return "\n".join(
        [
            f"{title} | |||",
            f"部门(单位)名称 | {unit} | |||",
            "部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B)"
            " | 分值(10分) | 得分",
            f"年度资金总额: | {budget} | {spent} | 10 | 10 |",
            "年度总体目标 | 年初设定目标 | 年度总体目标完成情况 |",
            goal,
        ]
    )


@settings(max_examples=40, deadline=None)
@given(TITLES, UNITS, AMOUNTS, AMOUNTS, st.sampled_from(["(1)制定和组织实施经济发展计划", ""]))
def test_a_table_cut_before_its_grid_is_its_header(
    title: str, unit: str, budget: Decimal, spent: Decimal, goal: str
) -> None:
    plan = _imported(_document(title, unit, budget, spent, goal))
    assert len(plan.projects) == 1
    project = plan.projects[0]
    assert (project.department, project.budget_total, project.spent) == (unit, budget, spent)
    assert project.indicators == []


@settings(max_examples=20, deadline=None)
@given(UNITS, AMOUNTS)
def test_a_lone_figure_names_no_project(unit: str, budget: Decimal) -> None:
    """Counter-example: a budget label's figure alone, no unit and no rate beside it, and
    a 公开 table's lines, are no project."""
    plan = _imported(f"部门整体支出绩效自评表\n年度资金总额: | {budget} |\n")
    assert plan.projects == []
    disclosure = _imported(
        f"{unit}2021年部门预算公开表\n项目 | 金额\n一般公共预算拨款收入 | {budget}\n"
        f"部门名称 | {unit}\n年度资金总额 | {budget}\n"
    )
    assert disclosure.projects == []


def test_the_real_cut_tables() -> None:
    guantang = import_file(
        CORPUS / "hunan_ru8-hengshan-guantangxiang-bumenzhengti-cellperline-cut_2023.txt"
    )
    project = guantang.projects[0]
    assert (project.department, project.budget_total, project.execution_rate) == (
        "衡山县贯塘乡人民政府",
        Decimal("2030.12"),
        1,
    )
    taibai = import_file(CORPUS / "guizhou_ru7-suiyang-taibaizhen-bumenzhengti-cut_nd.txt")
    project = taibai.projects[0]
    assert (project.department, project.budget_total, project.spent) == (
        "绥阳县太白镇人民政府",
        Decimal("1172.55"),
        Decimal("1268.72"),
    )
