"""A 总投资 read as the 预算数 only where the words right after it say it is wholly a fund
of the document's year (:mod:`jixiao.importers.mapping.year_investment`)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao import packs
from jixiao.importers.api import import_file
from jixiao.importers.mapping.year_investment import whole_year_investments

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
DATA = packs.merged_data("import-prose-figures.json")
AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2)
YEARS = st.integers(min_value=2015, max_value=2030)
CHANGNING = "yunnan_ru8-changning-zhujie-kaoyan-zhongzhi-prose-baogao-cut_2021"
LINE = "项目建设总投资136万元。全部为昌宁县2021年统筹整合财政涉农资金。"


@given(
    st.sampled_from(DATA["investment_labels"]),
    AMOUNTS,
    st.sampled_from(DATA["whole_words"]),
    YEARS,
    st.sampled_from(["。", ",", "，", ""]),
)
def test_an_investment_wholly_of_the_year_is_read(
    label: str, amount: Decimal, whole: str, year: int, stop: str
) -> None:
    text = f"项目{label}{amount}万元{stop}{whole}{year}年中央财政衔接资金。"
    assert whole_year_investments(text, year) == [amount]
    assert whole_year_investments(text, year + 1) == []  # another year's fund: none


def test_changning_investment_wholly_of_2021_is_its_budget() -> None:
    assert whole_year_investments(LINE, 2021) == [Decimal(136)]
    (project,) = import_file(CORPUS / "self_evaluation" / f"{CHANGNING}.txt").projects
    assert project.budget_total == Decimal(136)
    assert project.sources["budget_total"].raw == LINE


def test_counter_example_an_investment_not_said_to_be_the_years_is_none() -> None:
    """新田镇's '项目总投资157万元,其中:县级财政衔接资金39.3万元,其他资金117.7万元': parts,
    not this year's; a part of it for the year; a loan with no year."""
    xintian = "项目名称吴冲路项目和新田镇枫树路项目,项目总投资157万元,其中:县级财政衔接资金39.3万元"
    assert whole_year_investments(xintian, 2022) == []
    assert whole_year_investments("项目总投资500万元,其中2021年安排资金136万元", 2021) == []
    assert whole_year_investments("项目建设总投资136万元。全部为银行贷款。", 2021) == []
