"""Checks added after the held-out round 4 (seven documents the rules never saw), each on a
real document and a counter-example: N210 (a self-evaluation's 实际完成值 written as work under
way) and N211 (a 预算执行率 below 90%).

N211's three real cases (朝天区 57.89%, 昌宁县 20%, 原州区 86.5%) were not read by the import
when the rule was written, so its tests review the documents' hand transcriptions (the same
rows and figures a reader takes from the page); the import now reads 朝天 and 昌宁's rates
(import-ru4), and N211 is raised on the imported documents too (原州区's OCR text is still
unread)."""

from __future__ import annotations

from tests.review.conftest import corpus_report as _imported
from tests.review.conftest import found, transcribed_report

CHAOTIAN = "self_evaluation/sichuan_ru4-chaotian-quanmin-jianshen-zhuanyi-zhifu-pipe_2023"
CHANGNING = "self_evaluation/yunnan_ru4-changning-gongxiaoshe-shengzhu-yangzhi-blank_2022"
YUANZHOU = "self_evaluation/ningxia_ru4-yuanzhou-malingshu-fanyu-ocr_2022"
SUINING = "self_evaluation/sichuan_ru4-suining-jingkai-liangpin-yixie-quyu-ziping_2021"
TIANCHANG = "self_evaluation/anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022"
JINZHAI = "self_evaluation/anhui_jinzhai-chagu-meilixiangcun-zhengti_2023"


_transcribed = transcribed_report


def test_an_actual_that_states_work_under_way() -> None:
    (hit,) = found(_imported(CHAOTIAN), "N210", 1, 1)  # 新建全民健身中心数量 1 → 建设中
    assert "建设中" in hit.message and "偏差原因" in hit.message
    assert hit.severity.value == "warning"


def test_actuals_that_are_values_are_left_alone() -> None:
    """天长: counts met (1 → 1); 昌宁: 19 areas and counts met; 金寨: figures and rates."""
    for document in (TIANCHANG, CHANGNING, JINZHAI):
        assert found(_imported(document), "N210") == [], document


def test_spending_below_ninety_percent_is_raised() -> None:
    (hit,) = found(_transcribed(CHAOTIAN), "N211", 1)
    assert "57.89%" in hit.message and "原因" in hit.message
    (hit,) = found(_transcribed(YUANZHOU), "N211", 1)
    assert "86.5%" in hit.message


def test_little_spent_while_every_output_is_met_is_said() -> None:
    """昌宁: 10 of 50 万元 spent (20%) while the table reports every area and count met."""
    (hit,) = found(_transcribed(CHANGNING), "N211", 1)
    assert "20%" in hit.message and "全部达到目标" in hit.message
    (plain,) = found(_transcribed(CHAOTIAN), "N211", 1)  # one row, not met: no such claim
    assert "全部达到目标" not in plain.message


def test_spending_below_ninety_percent_is_raised_on_the_imported_documents() -> None:
    (hit,) = found(_imported(CHAOTIAN), "N211", 1)
    assert "57.89%" in hit.message
    (hit,) = found(_imported(CHANGNING), "N211", 1)
    assert "20%" in hit.message and "全部达到目标" in hit.message
    assert found(_imported(SUINING), "N211") == []  # 100% stated, read from its label pairs


def test_spending_at_or_above_ninety_percent_is_not_raised() -> None:
    """遂宁 100% (stated); 金寨 102.59% is N209's, not N211's."""
    assert found(_transcribed(SUINING), "N211") == []
    assert found(_imported(JINZHAI), "N211") == []
    assert found(_imported(JINZHAI), "N209")


SHANGWU = "self_evaluation/unknown_ru4-qu-shangwuju-fuwu-maoyi-fazhan-docflat_2020"
YONGDE = "self_evaluation/yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022"
CHENGAN = "self_evaluation/hebei_chengan-minzhengju-bainian-gaoling-jintie_2020"
NINGDE = "self_evaluation/fujian_ningde-rencai-yizhan-prose-tradmirror_nd"
DONGGUAN = "plan/guangdong_dongguan-jiaotong-zhenji-lianwanglu-pifubiao-zhongqi-niandu_2019"


def test_a_fund_management_rate_as_an_output_is_raised() -> None:
    """商务局: “预算资金执行率 90%” set as a 时效 indicator (its 资金拨付及时性 pays grants to
    enterprises: the payment is the output, left alone); 永德: “资金到位及时率”."""
    assert [f.indicator_index for f in found(_transcribed(SHANGWU), "R112")] == [5]
    (hit,) = found(_imported(YONGDE), "R112", 1, 3)
    assert "资金到位及时率" in hit.message and "过程" in hit.message


def test_payouts_and_budget_levels_are_left_alone() -> None:
    """成安 “补贴发放率”, 宁德 “人才驿站补助资金到位率” (paying the subsidy is the output) and
    东莞's 批复表, whose template has a 预算(或投资规模)控制指标 level for “年度预算执行率”."""
    for document in (CHENGAN, NINGDE, DONGGUAN):
        assert found(_imported(document), "R112") == [], document
