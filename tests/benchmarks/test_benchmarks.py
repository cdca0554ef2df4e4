"""Unit-cost benchmarks: extraction from real plans, distributions, and the outlier tests."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from jixiao.benchmarks import (
    Distribution,
    MemoryStore,
    UnitCost,
    load_benchmarks,
    peer_outlier,
    table_outlier,
    unit_costs,
)
from jixiao.model import DepartmentPlan, Indicator, Project
from jixiao.review import review_plan
from jixiao.review_report.review_benchmarks import unit_cost_section
from tests.review.conftest import seed_plan


def _cost(value: Decimal, category: str = "property") -> UnitCost:
    return UnitCost(category, 1, "物业费", value, "元/平方米·年", Decimal(1000), "平方米", 1,
                    Decimal(1))  # fmt: skip


def _dongguan() -> DepartmentPlan:
    """东莞展览馆2022年物业管理费支出: 282.92万元, 物管服务面积 2.6万平方米 (dgec.org.cn)."""
    project = Project(
        name="物业管理费支出",
        budget_total=Decimal("282.92"),
        indicators=[
            Indicator(level1="产出指标", level2="数量指标", level3="物管服务面积",
                      value="建筑面积2.6万平方米"),
            Indicator(level1="产出指标", level2="质量指标", level3="物业管理保障工作合格率",
                      value="100%"),
        ],
    )  # fmt: skip
    return DepartmentPlan(source_file="东莞展览馆.txt", year=2022, projects=[project])


def test_unit_cost_of_a_real_property_fee() -> None:
    (cost,) = unit_costs(_dongguan())
    assert (cost.category, cost.quantity, cost.quantity_unit) == ("property", 26000, "平方米")
    assert cost.value == Decimal("108.82") and cost.indicator_index == 1


def test_seed_property_fee_is_read_and_compared_with_the_table() -> None:
    costs = {c.project: c for c in unit_costs(seed_plan("000"))}
    fee = costs["物业管理费"]
    assert fee.quantity == 22800 and fee.value == Decimal("109.19")
    category = load_benchmarks().by_id("property")
    outlier = table_outlier(fee, category)
    assert outlier is not None and outlier.high and "川机管发" in outlier.reference


def test_every_table_row_cites_a_source() -> None:
    for category in load_benchmarks().categories:
        assert category.source and category.low < category.high, category.id


def test_peer_finding_cites_the_distribution() -> None:
    store = MemoryStore(_cost(Decimal(v)) for v in range(20, 56))
    report = review_plan(_dongguan(), peers=store)
    (finding,) = [f for f in report.findings if f.rule == "C107"]
    assert "中位数37.5元/平方米·年" in finding.message and "P90" in finding.message
    assert finding.indicator == "物管服务面积"
    assert not [f for f in review_plan(_dongguan()).findings if f.rule == "C107"]


def test_too_few_peers_make_no_distribution() -> None:
    store = MemoryStore(_cost(Decimal(v)) for v in range(20, 29))
    assert store.distribution("property") is None
    assert peer_outlier(_cost(Decimal(500)), store) is None


@given(st.lists(st.decimals(min_value=1, max_value=10000, places=2), min_size=10, max_size=200))
def test_distribution_is_ordered_and_inliers_pass(values: list[Decimal]) -> None:
    distribution = Distribution.of("property", values)
    assert distribution is not None and distribution.count == len(values)
    assert distribution.p10 <= distribution.p25 <= distribution.median
    assert distribution.median <= distribution.p75 <= distribution.p90
    store = MemoryStore(_cost(v) for v in values)
    assert peer_outlier(_cost(distribution.median), store) is None
    assert peer_outlier(_cost(max(values) * 2 + 1), store) is not None


def test_the_chart_prints_each_figure_whole() -> None:
    """The 审核报告's chart of seed 000's 物业费 against the table and 36 peers: every bar and
    bound prints its number in full (with its unit, 109.19元/平方米·年 was cut to 109.19元…)."""
    peers = MemoryStore(_cost(Decimal(v)) for v in range(20, 56))
    html = unit_cost_section(seed_plan("000"), peers)
    figures = re.findall(r'class="chart-value"[^>]*>([^<]*)<', html)
    assert figures == ["23.5", "37.5", "51.5", "109.19"], figures
    assert "参考下限15<" in html and "参考上限80<" in html
