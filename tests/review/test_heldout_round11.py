"""Held-out round 11: what the reviewer flagged on the round's documents and the review missed
before (the audit of the round is kept honest by tests/review/test_audit.py).

- R127: a rate of paying out (“应发尽发率”) filed as a 社会效益 — 大英县医疗保障局's 2023 自评表,
  as imported; 成安's “补贴发放率” in the earlier corpus; left alone under 产出;
- W121: a name asked as a yes/no question with a figure for its value — 稷山县医疗保障局's 2020
  自评表 as transcribed by hand (the import breaks its names), 潼南 in the earlier corpus;
- C101 says “写成了“=”” of an “=” cost (it read “指标值“=1元/人”“=”，成本应是上限”).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.review import review_plan
from tests.review.conftest import corpus_report, found, one_row_plan, transcribed_report

DAYING = "self_evaluation/sichuan_ru11-daying-yibaoju-canbao-jianguan-ziping-pipe-cut_2023"
JISHAN = "self_evaluation/shanxi_ru11-jishan-yibaoju-jiandang-lika-jiaofei-peitao-xlsxflat_2020"
CHENGAN = "self_evaluation/hebei_chengan-minzhengju-bainian-gaoling-jintie_2020"
TONGNAN = "plan/chongqing_tongnan-wuguizhen-yibanxing-xiangmu_2023"
HBUST = "self_evaluation/hubei_hbust-benzhuanke-jiangzhuxuejin-zipingjieguo_2021"
HAIDIAN = "self_evaluation/beijing_haidian-xueyuanlu-jiedao-daolu-qingsao_2016"


def test_payout_rate_as_benefit_on_the_document() -> None:
    report = corpus_report(DAYING)
    (payout,) = found(report, "R127", 1, 5)
    assert "应发尽发率" in payout.message and "产出" in payout.message
    assert len(found(report, "R127")) == 1  # the 质量、时效 and 满意度 rows are left alone
    (cost,) = found(report, "C101", 1, 3)
    assert "写成了“=”" in cost.message


def test_payout_rate_in_the_earlier_corpus() -> None:
    (payout,) = found(corpus_report(CHENGAN), "R127")
    assert "补贴发放率" in payout.message


@pytest.mark.parametrize(
    ("level1", "level2", "name", "flagged"),
    [
        ("效益指标", "社会效益指标", "城乡居民医保参保工作经费应发尽发率", True),
        ("效益指标", "可持续影响指标", "补贴发放到位率", True),
        ("产出指标", "质量指标", "城乡居民医保参保工作经费应发尽发率", False),  # the output
        ("产出指标", "时效指标", "补贴按时发放率", False),
        ("效益指标", "社会效益指标", "资金到位率", False),  # R112's
        ("效益指标", "社会效益指标", "参保率", False),
    ],
)
def test_payout_rate_cases(level1: str, level2: str, name: str, flagged: bool) -> None:
    report = review_plan(one_row_plan(level1, level2, name, "=100%"))
    assert bool(found(report, "R127")) is flagged


def test_question_name_on_the_transcription() -> None:
    """稷山's 是否 rows with a percentage are flagged as a reader takes them from the page;
    its 数量 and 成本 rows, named as quantities, are not."""
    report = transcribed_report(JISHAN)
    flagged = {f.indicator_index for f in found(report, "W121")}
    assert flagged == {2, 3, 5, 6}


def test_question_name_in_the_earlier_corpus() -> None:
    (question,) = found(corpus_report(TONGNAN), "W121", 1, 2)
    assert "是否按时足额发放" in question.message and "≥95%" in question.message
    assert not found(corpus_report(HBUST), "W121")  # “是” answers the question: M101's
    assert not found(corpus_report(HAIDIAN), "W121")  # “12.5”: a 分值 read as the value


@given(
    st.sampled_from(["资金是否全部纳入医保统筹", "是否满意", "能否按期完工", "项目是否验收"]),
    st.sampled_from(["100%", "≥95%", "=100%", "75元", "≥3次", "≤10万元"]),
)
def test_a_question_with_a_figure_is_flagged(name: str, value: str) -> None:
    report = review_plan(one_row_plan("产出指标", "质量指标", name, value))
    assert found(report, "W121")


@given(
    st.sampled_from(["资金是否全部纳入医保统筹", "是否满意", "项目是否验收"]),
    st.sampled_from(["是", "否", "12.5", "按要求完成", "预算支出进度达到90%以上"]),
)
def test_a_question_answered_or_without_a_figure_is_left_alone(name: str, value: str) -> None:
    report = review_plan(one_row_plan("产出指标", "质量指标", name, value))
    assert not found(report, "W121")
