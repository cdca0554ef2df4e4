"""Held-out round 12: what the reviewer flagged on the round's documents and the review missed
or got wrong before (the audit of the round is kept honest by tests/review/test_audit.py).

- R128: a 时效 target that is only the whole year — 南县住房保障服务中心's 2024 “按时交纳税费
  =1年”, as imported; 大英双心's “全年 1-12月” (a miss of round 2) and 昭化's “项目实施时间
  2021年1月-12月” in the earlier corpus; a deadline, a short turnaround and a value that repeats
  the name are left alone;
- R107 knows the 税务局 is no service object (南县's satisfaction “税务局对我单位税费缴纳……”);
- R104 reads “审限” as a time limit: 扎赉特旗人民检察院's “法定审限内结案率” was said to have none.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.review import review_plan
from tests.review.conftest import corpus_report, found, one_row_plan, transcribed_report

NANXIAN = "plan/hunan_ru12r-nanxian-zhufang-baozhang-zichan-chuzu-niandubiao-pipe-cut_2024"
ZHALAITE = "plan/neimenggu_ru12r-zhalaite-jianchayuan-xiangmu-mubiao-flat-cut_nd"
SHUANGXIN = "self_evaluation/sichuan_daying-shuangxin-wenming-chuangjian-shishijindu_2020"
ZHAOHUA = "plan/sichuan_guangyuan-zhaohua-weijian-teshujiating-zaifuzhu_2021"
LINHAI = "plan/zhejiang_ru9-linhai-lvhua-yanghu-jijin-zhibiaoleixing-pipe-cut_nd"


def test_whole_year_timeliness_on_the_document() -> None:
    report = corpus_report(NANXIAN)
    (period,) = found(report, "R128")
    assert (period.project_index, period.indicator_index) == (1, 4)
    assert "按时交纳税费" in period.message and "=1年" in period.message
    (respondent,) = found(report, "R107", 1, 7)
    assert "税务局" in respondent.message


def test_whole_year_timeliness_in_the_earlier_corpus() -> None:
    (shuangxin,) = found(corpus_report(SHUANGXIN), "R128", 1, 3)
    assert "1-12月" in shuangxin.message
    (zhaohua,) = found(corpus_report(ZHAOHUA), "R128")
    assert "2021年1月-12月" in zhaohua.message
    assert not found(corpus_report(LINHAI), "R128")  # “全年 / 全年”: W119's


def test_a_statutory_time_limit_is_timeliness() -> None:
    """扎赉特's “法定审限内结案率 ≥95%” as a reader takes it from the page: no R104; the same
    rate without its time limit is still asked for one."""
    report = transcribed_report(ZHALAITE)
    names = {f.indicator_index for f in found(report, "R104", 2)}
    assert 1 not in names
    bare = review_plan(one_row_plan("产出指标", "时效指标", "年度结案率", "≥95%"))
    assert found(bare, "R104")


@given(
    st.sampled_from(["按时交纳税费", "项目实施时间", "资金拨付时间", "工作完成时限"]),
    st.sampled_from(
        ["1年", "=1年", "全年", "12个月", "1-12月", "1月至12月", "2024年1月-2024年12月"]
    ),
)
def test_the_whole_year_as_a_deadline_is_flagged(name: str, value: str) -> None:
    assert found(review_plan(one_row_plan("产出指标", "时效指标", name, value)), "R128")


@given(
    st.sampled_from(["按时交纳税费", "项目实施时间", "资金拨付时间"]),
    st.sampled_from(["12月底前", "年内", "≤1个月", "2024年12月31日前", "2年", "≥95%", "6个月"]),
)
def test_a_deadline_or_a_rate_is_left_alone(name: str, value: str) -> None:
    assert not found(review_plan(one_row_plan("产出指标", "时效指标", name, value)), "R128")


@pytest.mark.parametrize("level2", ["数量指标", "质量指标", "社会效益指标"])
def test_only_timeliness_rows_are_read(level2: str) -> None:
    assert not found(review_plan(one_row_plan("产出指标", level2, "服务期限", "1年")), "R128")


TIANJIAAN = "self_evaluation/anhui_ru12r-tianjiaan-renshe-jiuye-buzhu-ziping-pipe-cut_2024"


def test_a_cut_self_evaluation_is_still_asked_why_its_money_was_not_spent() -> None:
    """田家庵's 自评表 is cut at its 绩效指标 header: no indicator, but its 预算执行率 86% was
    read. It is reviewed for that alone (family money-read: N211), not as nothing read."""
    report = corpus_report(TIANJIAAN)
    assert report.family == "money-read"
    (low,) = report.findings
    assert low.rule == "N211" and "86%" in low.message


def test_a_cut_self_evaluation_that_spent_its_money_gets_nothing() -> None:
    """The same family with its money spent (炉霍 重大传染病防治, 100%) gives no finding."""
    report = corpus_report(
        "self_evaluation/sichuan_luhuo-zhongda-chuanranbing-fangzhi-zhuanyi-zhifu-ziping-cut_2021"
    )
    assert report.family == "money-read" and report.findings == []


TONGNAN = "plan/chongqing_tongnan-wuguizhen-yibanxing-xiangmu_2023"


def test_a_unit_written_as_the_name_of_the_count() -> None:
    (shops,) = found(corpus_report(NANXIAN), "W124")
    assert (shops.project_index, shops.indicator_index) == (1, 2) and "“间”" in shops.message
    (people,) = found(corpus_report(TONGNAN), "W124")
    assert "人数" in people.message


@pytest.mark.parametrize(
    ("value", "flagged"),
    [("=9间数", True), ("≥80人数", True), ("≤3户数", True), ("=9间", False),
     ("≥50000人次", False), ("100%", False), ("人数", False)],
)  # fmt: skip
def test_unit_word_cases(value: str, flagged: bool) -> None:
    report = review_plan(one_row_plan("产出指标", "数量指标", "门面数量", value))
    assert bool(found(report, "W124")) is flagged
