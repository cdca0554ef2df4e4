"""A year a sentence looks ahead to is not the document's year: a 自评 report's advice
'建议2024年度安排预算资金40万元' stood before its table's '2023年度人大代表之家建设项目支出绩效评价
得分表' and 梓潼's report was read as of 2024 (round 5 of the review's held-out audit)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.year import stated_year
from tests.review.audit.render import CORPUS

AHEAD = st.sampled_from(["建议", "预计", "计划", "拟"])
TITLES = st.sampled_from(["项目支出绩效评价得分表", "部门整体支出绩效自评表", "项目绩效目标表"])


@given(st.integers(2000, 2038), AHEAD, TITLES)
def test_the_year_looked_ahead_to_is_not_the_documents(year: int, word: str, title: str) -> None:
    advice = f"绩效自评结果也会随同决算公开。{word}{year + 1}年度安排预算资金40万元。"
    assert stated_year([advice, f"{year}年度人大代表之家建设{title}"]) == year


@given(st.integers(2000, 2038), TITLES)
def test_a_year_stated_without_looking_ahead_is_read(year: int, title: str) -> None:
    """Counter-example: the same sentence without the word looking ahead states the year
    first, as before; a year looked ahead to alone names none."""
    assert stated_year([f"{year}年度安排预算资金40万元。", f"{year + 1}年度{title}"]) == year
    assert stated_year([f"建议{year}年度安排预算资金40万元。"]) is None


def test_the_real_report_is_of_its_own_year() -> None:
    plan = import_file(
        CORPUS / "self_evaluation" / "sichuan_ru5-zitong-renda-daibiaozhijia-prose-cut_2023.txt"
    )
    assert plan.year == 2023
