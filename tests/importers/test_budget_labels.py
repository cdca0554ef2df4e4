"""预算数 labels of a header block that name their unit or the year beside the whole term.

import-fields-measured found 预算数 read on 72 of 191 transcribed projects: goal tables
label it '项目预算金额(万元)' (天津 宁河, a 城市管理委 table), '项目金额' (黄石 党校),
'预算金额' (荆门 文物), '年度预算资金总额' after '中期预算资金总额' (阳泉), and a 申报表
states '项目总预算(万元) | 75.00 | 项目当年预算(万元) | 25.00' (芜湖: the year's is the
table's). tests/importers/corpus_fields.py measures them; these fail on cand.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan

PLANS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "plan"
AMOUNTS = st.decimals(1, 99999, places=2)
LABELS = st.sampled_from(
    ["项目预算金额(万元)", "项目预算金额（万元）", "项目金额", "预算金额", "年度预算资金总额"]
)


@pytest.mark.parametrize(
    ("stem", "budget"),
    [
        ("tianjin_ru5-ninghe-minbanyuan-fangzu-kangyi-guozhai_2020", "193.8"),
        ("unknown_chengshiguanli-bingmei-baojie-kangyiguozhai_2020", "5652"),
        ("hubei_huangshi-dangxiao-zhutiban-pifubiao_2022", "164"),
        ("hubei_ru10-jingmen-wenwu-baohu-niandu-zongmubiao-prose-pipe_2022", "36"),
        ("shanxi_yangquan-sihao-nongcunlu-shenbaobiao-pipe-cut_2021", "25"),
    ],
)
def test_real_tables(stem: str, budget: str) -> None:
    (project,) = import_file(PLANS / f"{stem}.txt").projects
    assert project.budget_total == Decimal(budget)


def _imported(header: str) -> DepartmentPlan:
    text = "\n".join(
        [
            "项目绩效目标表 | ||||",
            "(2020年度) | ||||",
            "项目名称 | 民办园房租补贴 | |||",
            header,
            "绩效目标 | 给予非营利性民办幼儿园房租补贴。 | |||",
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
            "产出指标 | 数量指标 | 补贴幼儿园数量 | 20个 | |",
            "质量指标 | 补贴发放合规率 | ≥95% | ||",
            "满意度指标 | 服务对象满意度指标 | 受益租户满意度 | ≥95% |",
        ]
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.txt"
        path.write_text(text, encoding="utf-8")
        return import_file(path)


@settings(max_examples=30, deadline=None)
@given(LABELS, AMOUNTS)
def test_a_budget_label_reads_its_figure(label: str, budget: Decimal) -> None:
    (project,) = _imported(f"主管预算部门 | 某区教育局 | {label} | {budget} | |").projects
    assert project.budget_total == budget
    assert len(project.indicators) == 3


@settings(max_examples=30, deadline=None)
@given(AMOUNTS, AMOUNTS, st.booleans())
def test_the_years_budget_beside_the_whole_terms(
    term: Decimal, year: Decimal, year_first: bool
) -> None:
    pairs = [f"项目总预算(万元) | {term}", f"项目当年预算(万元) | {year}"]
    header = " | ".join(["主管部门 | 某区教育局", *(pairs[::-1] if year_first else pairs)])
    (project,) = _imported(header + " |").projects
    assert project.budget_total == year


def test_counter_examples() -> None:
    """A label in 元 is no 万元 figure; the whole term alone is the budget the table has."""
    (project,) = _imported("主管预算部门 | 某区教育局 | 项目预算金额(元) | 1938000 | |").projects
    assert project.budget_total != Decimal(1938000)
    (project,) = _imported("项目总预算(万元) | 75 | 主管部门 | 某区教育局 |").projects
    assert project.budget_total == Decimal(75)
