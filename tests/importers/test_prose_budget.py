"""The budget execution a self-evaluation report states in prose, read into the
project's execution_rate, spent and (when the figures confirm it) budget_total."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.blocks import Block, Paragraph
from jixiao.importers.mapping.prose_budget import read_prose_budget
from jixiao.model.plan import Project
from jixiao.model.source import SourceRef

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
SHIDIAN = "yunnan_ru8-shidian-tangliaozhe-liangzhong-prose-baogao-cut_2021"
AMOUNTS = st.decimals(min_value=Decimal("1"), max_value=Decimal("99999"), places=2)
RATES = st.integers(min_value=1, max_value=10000)  # hundredths of a percent
SPENT_WORDS = st.sampled_from(["实际支出", "资金执行数", "全年执行", "已拨付", "支出资金"])
BUDGET_WORDS = st.sampled_from(["项目预算", "年初预算", "下达补助资金", "预算资金"])
RATE_WORDS = st.sampled_from(["执行率", "资金执行率为", "预算执行率达到", "执行率:"])


def _read(*sentences: str) -> Project:
    project = Project(name="某项目")
    blocks: list[Block] = [
        Paragraph(text, SourceRef(file="f.txt", line=n)) for n, text in enumerate(sentences, 1)
    ]
    read_prose_budget([project], blocks)
    return project


@given(AMOUNTS, RATES, BUDGET_WORDS, SPENT_WORDS, RATE_WORDS)
def test_budget_spent_and_rate_in_prose_are_read(
    budget: Decimal, hundredths: int, budget_word: str, spent_word: str, rate_word: str
) -> None:
    rate = Decimal(hundredths) / 10000
    spent = (budget * rate).quantize(Decimal("0.01"))
    percent = (rate * 100).normalize()
    project = _read(
        f"{budget_word}{budget}万元，其中中央资金{budget}万元。",
        f"{spent_word}{spent}万元，{rate_word}{percent:f}%；资金已兑付到户。",
    )
    assert project.execution_rate == rate
    assert project.spent == spent
    assert project.sources["execution_rate"].line == 2
    if spent and abs(spent / budget - rate) <= Decimal("0.01"):
        assert project.budget_total == budget
        assert project.sources["budget_total"].line == 1


@given(AMOUNTS, st.integers(min_value=500, max_value=10000))
def test_a_budget_the_figures_do_not_confirm_is_not_taken(budget: Decimal, hundredths: int) -> None:
    rate = Decimal(hundredths) / 10000
    other = budget * 3 + 1  # spent / other is never the rate
    spent = (budget * rate).quantize(Decimal("0.01"))
    project = _read(f"项目预算{other}万元。", f"实际支出{spent}万元，执行率{rate * 100:f}%。")
    assert project.budget_total is None


@given(st.sampled_from(["≥90%", "≥ 95%", "不低于90%", "90%以上", " 100%", "100%100%"]))
def test_a_target_rate_is_no_stated_rate(target: str) -> None:
    assert _read(f"预算执行率{target}。").execution_rate is None


def test_two_different_rates_without_spending_state_none() -> None:
    assert _read("中央资金执行率为100%。", "省级资金执行率为80%。").execution_rate is None


def test_a_table_rate_is_not_replaced() -> None:
    project = Project(name="某项目", execution_rate=Decimal("0.5"))
    read_prose_budget(
        [project], [Paragraph("实际支出80万元，执行率80%。", SourceRef(file="f.txt", line=1))]
    )
    assert (project.execution_rate, project.spent) == (Decimal("0.5"), None)


def test_shidian_report_reads_its_budget_execution() -> None:
    plan = import_file(CORPUS / "self_evaluation" / f"{SHIDIAN}.txt")
    project = plan.projects[0]
    assert plan.kind == "self_evaluation"
    assert (project.budget_total, project.spent, project.execution_rate) == (
        Decimal("787.45"),
        Decimal("676.804801"),
        Decimal("0.8595"),
    )
    assert "执行率为85.95%" in (project.sources["execution_rate"].raw or "")
    assert "787.45万元" in (project.sources["budget_total"].raw or "")


def test_a_plan_stating_its_goal_in_prose_gets_no_stated_rate(tmp_path: Path) -> None:
    # the counter-example: only a self-evaluation's prose states what was executed
    text = (
        "2024年项目支出绩效目标表\n项目名称 | 某项目 |\n"
        "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "产出指标 | 数量指标 | 培训人数 | 100人 |\n"
        "年度目标：项目预算100万元，计划支出100万元，预算执行率100%。\n"
    )
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    plan = import_file(tmp_path / "plan.txt")
    assert plan.kind == "plan" and plan.projects
    assert all(p.execution_rate is None and p.spent is None for p in plan.projects)
