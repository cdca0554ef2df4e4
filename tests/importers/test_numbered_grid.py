"""A 行次/列次 money grid's budget line: read where its own percentages confirm it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.numbered_grid import grid_figures

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
MINGSHAN = CORPUS / "sichuan_ru13r-mingshan-linyeju-lincao-gaige-fazhan-pingjiabiao-cut_2024.txt"

# 名山's grid as the page lays it out, a cell or a few a line
HEADS = [
    ["行次", "全年预算数"],
    ["(A)"],
    ["统筹整合资金数"],
    ["(B)"],
    ["扣除统筹整合资金后预算金额"],
    ["(C)"],
    ["全年到位资金"],
    ["(D)"],
    ["预算到位"],
    ["(D/C×100%)"],
    ["全年执行资金"],
    ["(E)"],
    ["预算执行"],
    ["(E/C×100%)"],
    ["佐证材料"],
    ["列次", "0", "1", "2", "3", "4", "5", "6", "7", "所需材料", "上传端口"],
]
LINE = [
    ["年度资金总额(万元):", "1", "52.800000"],
    ["52.800000", "52.800000", "100.00%", "30.800000", "58.33%"],
    ["其中:中央财政资金(万元)", "2", "52.800000"],
]


def test_the_page_reads_its_budget_and_rate() -> None:
    project = import_file(MINGSHAN).projects[0]
    assert project.budget_total == Decimal("52.8")
    assert project.execution_rate == Decimal("0.5833")


def test_the_grid_lines_give_budget_and_rate() -> None:
    _, budget, rate = grid_figures(HEADS + LINE)
    assert (budget, rate) == (Decimal("52.800000"), Decimal("0.5833"))


def test_a_percentage_the_row_does_not_bear_out_gives_nothing() -> None:
    wrong = [LINE[0], ["52.800000", "52.800000", "100.00%", "30.800000", "58.00%"], LINE[2]]
    assert grid_figures(HEADS + wrong)[1:] == (None, None)


def test_a_budget_no_percentage_is_taken_over_gives_no_budget() -> None:
    # B written: C = A - B, the percentages are over C and say nothing of A
    parted = [[*LINE[0][:2], "60"], ["7.2", "52.8", "52.8", "100.00%", "30.8", "58.33%"]]
    assert grid_figures(HEADS + parted)[1] is None


def test_the_same_line_without_the_column_numbers_gives_nothing() -> None:
    assert grid_figures(HEADS[:-1] + LINE)[1:] == (None, None)


def test_a_grid_whose_first_head_names_no_budget_gives_nothing() -> None:
    heads = [["行次", "全年到位资金"], *HEADS[1:]]
    assert grid_figures(heads + LINE)[1:] == (None, None)


@given(
    st.decimals(min_value=1, max_value=99999, places=2),
    st.decimals(min_value=0, max_value=1, places=4),
)
def test_a_rate_is_read_only_as_written_by_the_row(budget: Decimal, share: Decimal) -> None:
    spent = (budget * share).quantize(Decimal("0.01"))
    written = (spent / budget * 100).quantize(Decimal("0.01"))
    row = [["年度资金总额(万元):", "1", str(budget)], [str(budget), "100.00%", str(spent)]]
    for percent, kept in ((written, True), (written + Decimal("0.02"), False)):
        _, read_budget, rate = grid_figures(HEADS + row[:1] + [row[1] + [f"{percent}%"]])
        assert (rate == (percent / 100).normalize()) is kept
        assert (read_budget == budget) is kept
