"""Held-out round 16: what the reviewer flagged on the round's documents and the review missed
before (the audit of the round is kept honest by tests/review/test_audit.py).

- 霍山's 自评表 closes with '分总 100 100' (总分, its two characters swapped): the import read
  it as a satisfaction row with no value (M106, R102; 分值 summing to 190, N203); now it is
  the table's closing total, read as the 总分;
- W125: the 实际完成情况 is a bare verdict or procedure (霍山 '严格按照年初预算执行,采购手续
  合规合法,完成率100%。'), nothing done that could be checked against the goal;
- W126: a rate names nothing counted (南岳 '全区覆盖率 ≥95%', '活动参与率 ≥95%');
- R133: a row asks the 三公 expenses to rise (炎陵 '三公经费2017年比2016年增加公务接待费
  990元'), read from the hand transcription: the import reads none of 炎陵's lumped rows;
- the other misses lie in what the import does not read (湘西's and 普惠金融's glued cells).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.importers.api import import_file
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found, transcribed_report

HUOSHAN = "self_evaluation/anhui_ru16r-huoshan-teshu-jiaoyu-buzhu-zhuanyi-zhifu-zhengti-ziping_2024"
YANLING = "plan/hunan_ru16r-yanling-jiaotong-bumen-zhengti-mubiao-shenbao-lumped_2017"
LINXIANG = "self_evaluation/yunnan_ru6-linxiang-malukeng-shourongsuo-pipe_2023"
TIANCHANG = "self_evaluation/anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022"
NANYUE = "plan/hunan_ru16r-nanyue-qingshaonian-xiaowai-huodong-zhongxin-zhuanxiang-shenbao-cut_2020"
CHENGAN = "self_evaluation/hebei_chengan-minzhengju-bainian-gaoling-jintie_2020"


def test_a_swapped_total_row_closes_the_grid() -> None:
    project = import_file(CORPUS / f"{HUOSHAN}.txt").projects[0]
    assert "分总" not in [i.level3 for i in project.indicators]
    assert len(project.indicators) == 10 and project.total_score == Decimal("100")
    report = corpus_report(HUOSHAN)
    assert not (found(report, "M106") or found(report, "R102") or found(report, "N203"))


def test_w125_on_a_statement_of_procedure_only() -> None:
    (hit,) = found(corpus_report(HUOSHAN), "W125")
    assert "严格按照年初预算执行" in hit.message


def test_w125_on_a_bare_verdict() -> None:
    (hit,) = found(corpus_report(TIANCHANG), "W125")
    assert "“完成年度目标。”" in hit.message


def test_w125_keeps_a_statement_of_what_was_done() -> None:
    """临翔: '完成马鹿坑国有林场临时野生动物收容所1间200平方米,…' says what was built."""
    assert not found(corpus_report(LINXIANG), "W125")


def test_r133_on_a_row_raising_the_sangong_expenses() -> None:
    report = transcribed_report(YANLING)
    (hit,) = found(report, "R133")
    assert hit.indicator_index == 2 and "要求三公经费增加" in hit.message


def test_w126_on_rates_that_name_nothing_counted() -> None:
    report = corpus_report(NANYUE)
    assert [f.indicator_index for f in found(report, "W126")] == [5, 6]


def test_w126_keeps_a_rate_its_description_explains() -> None:
    """成安: '完成率' under 时效指标, its 指标解释 '按照要求每月及时完成符合条件对象审批的比例'."""
    assert not found(corpus_report(CHENGAN), "W126")
