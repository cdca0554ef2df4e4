"""Held-out round 10: what the reviewer flagged on 奉节's 2023年度 审批表 and the review missed
before, now caught on the real document as imported; and N223 saying “下限” of a floor.

- R125: the table is of 2023, its 建设周期 “2025年1月1日-2025年12月31日” begins only after
  that year: a project of a later year in this year's table, or the year written wrong (a term
  ended before the year is R126's, which stays alone there);
- N223 on “12350安全生产举报奖励次数 ≥5次”: the count of rewards depends on citizens' reports,
  and the message no longer speaks of an exact figure (“确数”) where the value is a floor.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import review_plan
from tests.review.conftest import corpus_report, found

FENGJIE = "plan/chongqing_ru10-fengjie-yingjiju-anquan-jubao-shenpibiao-pipe-cut_2023"
# the other terms of the corpus that name a year: all hold their table's year
HOLDING = (
    "plan/chongqing_fengjie-yunwu-jiagongyuan-shenpibiao_2023",
    "plan/hubei_wuhan-qingshan-jiaoyuju-jichusheshi-shebei_2020",
    "plan/hunan_ru8-xiangyin-jiaoyuju-youeryuan-gongyong-jingfei-shenbao-cut_2022",
    "self_evaluation/hunan_yueyangxian-nongcun-gonglu-yanghu-tradmirror-zhichumingxi-cut_2020",
)


def _plan(year: int | None, period: str | None, kind: str = "plan") -> DepartmentPlan:
    row = Indicator(level1="产出指标", level2="数量指标", level3="培训人次", value="≥100人次")
    project = Project(name="示例项目", budget_total=Decimal(10), period=period, indicators=[row])
    return DepartmentPlan(source_file="t", kind=kind, year=year, projects=[project])


def test_the_document_as_imported() -> None:
    """The term after the table's year is found on the project; N223 still flags the
    demand-driven count, now as a floor."""
    report = corpus_report(FENGJIE)
    (term,) = found(report, "R125", 1)
    assert "2025年1月1日-2025年12月31日" in term.message and "2023年之后" in term.message
    (demand,) = found(report, "N223", 1, 1)
    assert "下限" in demand.message and "确数" not in demand.message


@pytest.mark.parametrize("document", HOLDING)
def test_terms_holding_the_year_are_left_alone(document: str) -> None:
    assert not found(corpus_report(document), "R125")


@pytest.mark.parametrize(
    ("year", "period", "flagged"),
    [
        (2023, "2025年1月1日-2025年12月31日", True),  # wholly after
        (2022, "2023年4月-2024年2月", True),  # begins the next year
        (2023, "2023年4月-2024年2月", False),  # runs across the year's end
        (2021, "2019-2023年", False),  # a multi-year term holding the year
        (2023, "1月-12月", False),  # no year named
        (None, "2025年1月-12月", False),  # the table's year unknown
        (2023, "20246-202516", True),  # a term's digits run together: 2024 and 2025
        (2022, "202001-202012", False),  # ended before the year: R126's, not R125's
    ],
)
def test_term_and_year(year: int | None, period: str, flagged: bool) -> None:
    assert bool(found(review_plan(_plan(year, period)), "R125")) is flagged


def test_one_finding_whichever_side_the_year_falls() -> None:
    """A term after the table's year is R125's, one ended before it R126's: never both."""
    after = review_plan(_plan(2023, "2025年1月-12月"))
    before = review_plan(_plan(2023, "2020年1月-12月"))
    assert found(after, "R125") and not found(after, "R126")
    assert found(before, "R126") and not found(before, "R125")


def test_a_self_evaluation_is_read_alike() -> None:
    """A 自评表 of 2021 for a project whose term is 2022 (a later project's table)."""
    (hit,) = found(review_plan(_plan(2021, "2022年1月至2022年12月", "self_evaluation")), "R125")
    assert "2022年才开始" in hit.message


_YEARS = st.integers(min_value=2000, max_value=2040)


@given(year=_YEARS, first=_YEARS, length=st.integers(min_value=0, max_value=4))
def test_flagged_exactly_when_the_term_begins_after_the_year(
    year: int, first: int, length: int
) -> None:
    """Whatever the term's years, the rule fires iff the term begins after the table's year,
    however the term is written."""
    last = first + length
    for period in (f"{first}年1月-{last}年12月", f"{first}.01—{last}.12", f"{first}01-{last}12"):
        hit = bool(found(review_plan(_plan(year, period)), "R125"))
        assert hit is (first > year), period
