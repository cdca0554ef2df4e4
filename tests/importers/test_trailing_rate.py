"""The 执行率 a budget line closes with as a bare figure under a head naming the rate in
percent (:mod:`jixiao.importers.mapping.trailing_rate`)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.trailing_rate import trailing_rate

SELF = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
CHENGAN = "hebei_chengan-minzhengju-bainian-gaoling-jintie_2020"
# the 成安县民政局 自评表's own lines
HEAD = "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)"
LINE = "预算数 6.84 到位数 6.84 执行数 6.84 100.00"
AMOUNTS = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99999"), places=2)


def test_chengan_rate_closing_its_budget_line_is_read() -> None:
    assert trailing_rate(LINE, HEAD, Decimal("6.84"), Decimal("6.84")) == Decimal(1)
    (project,) = import_file(SELF / f"{CHENGAN}.txt").projects
    assert project.execution_rate == Decimal(1)
    assert project.sources["execution_rate"].raw == LINE


def test_counter_example_a_bare_figure_not_named_or_not_the_rate_is_none() -> None:
    # no head naming the rate in percent: a bare 100.00 might be anything
    assert trailing_rate(LINE, "二、预算执行情况", Decimal("6.84"), Decimal("6.84")) is None
    # the figure before it is not the 执行数 read, or is no 执行数 ('到位数 6.84 100.00')
    assert trailing_rate(LINE, HEAD, Decimal("6.84"), Decimal("6.5")) is None
    assert (
        trailing_rate("预算数 6.84 到位数 6.84 100.00", HEAD, Decimal("6.84"), Decimal("6.84"))
        is None
    )
    # not 执行数 / 预算数 to its rounding: 6.84 of 8 is 85.5 %
    assert trailing_rate(LINE, HEAD, Decimal(8), Decimal("6.84")) is None


@given(AMOUNTS, AMOUNTS)
def test_a_rate_written_to_its_places_is_read_and_one_off_is_not(
    first: Decimal, second: Decimal
) -> None:
    budget, spent = max(first, second), min(first, second)
    percent = (spent / budget * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    line = f"预算数 {budget} 执行数 {spent} {percent}"
    assert trailing_rate(line, HEAD, budget, spent) == (percent / 100).normalize()
    assert (
        trailing_rate(f"预算数 {budget} 执行数 {spent} {percent + 1}", HEAD, budget, spent) is None
    )
    assert trailing_rate(f"{line}%", "", budget, spent) == (percent / 100).normalize()
