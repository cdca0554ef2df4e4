"""A span of years inside a glued row's name ('取得2018-2022监测资料') is part of the name:
its figures are not the row's cells. 黄冈's 水土保持监测 自评表 (a document site's preview,
its table glued into one paragraph, round 7 of the review's held-out audit) was read as
'进度指标取得' with a target 20, an actual 1 and a score 8 cut out of '2018'."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.shaped_rows import glued_rows
from tests.review.audit.render import CORPUS

HUANGGANG = "self_evaluation/hubei_ru7-huanggang-shuibao-jiance-tradmirror-glued_2020"
ORDER = ["value", "actual", "score"]


def test_the_document_row_keeps_its_span_of_years() -> None:
    rows = import_file(CORPUS / f"{HUANGGANG}.txt").projects[0].indicators
    row = rows[1]
    assert row.level3.endswith("取得2018-2022监测资料")
    assert (row.value, row.actual, row.score) == ("100%", "100%", 10)


@given(
    start=st.integers(1990, 2039),
    length=st.integers(0, 9),
    dash=st.sampled_from(["-", "—", "~"]),  # full-width forms are compacted to these
    word=st.sampled_from(["监测资料", "年度规划", "普查数据"]),
    target=st.sampled_from(["100%", "3条", "≥95%"]),
    points=st.integers(1, 30),
)
def test_a_span_of_years_before_a_word_stays_in_the_name(
    start: int, length: int, dash: str, word: str, target: str, points: int
) -> None:
    span = f"{start}{dash}{start + length}"
    text = f"产出指标质量指标取得{span}{word}{target}{target}{points}"
    assert glued_rows(text, ORDER)[-1] == [f"取得{span}{word}", target, target, str(points)]


def test_figures_of_a_row_are_still_cut() -> None:
    """Counter-examples: a row's own figures glued after its name, a date as a row's target
    and actual, and a single year in a name (no span) read as before."""
    text = "产出指标数量指标开展活动20次20次10时效指标完成时间12月底完成12月底完成10"
    rows = glued_rows(text, ORDER)
    assert ["开展活动", "20次", "20次", "10"] in rows
    assert ["完成时间", "12月底完成", "12月底完成", "10"] in rows
    rows = glued_rows("产出指标数量指标2022年度新建道路3条3条10", ORDER)
    assert rows[-1] == ["2022年度新建道路", "3条", "3条", "10"]
