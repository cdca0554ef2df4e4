"""Held-out round 17: what the reviewer flagged on the round's documents and the review missed
before (the audit of the round is kept honest by tests/review/test_audit.py).

- 舒城's 发改委 中央预算内投资计划绩效目标表 puts 产出/效益/满意度 under a 一级 “实施效果指标” and
  计划管理/资金管理/项目管理/监督检查指标 under a 一级 “过程管理指标”: the import read the
  latter's rows as satisfaction rows (R102, M102, M103, N109, W103), S101 missed the 一级
  written in the 二级 column; now all ten rows are read and S101 counts them;
- R143: the only output row measures how the money is split (舒城 '劳务报酬占中央投资比例');
- W122: worded targets whose actual is a bare '100%' (大英 '有所提升', '进一步完善');
- W123: a 数量指标 whose target is the goal's amount of money (南华 '…购置及安装 550', the
  年度目标 '…购置及安装550万元');
- the other misses lie in what the import does not read (茂名's and 南湖's spending, 大英's
  last row) or in a report's prose (台江's '2022年上级下达').
"""

from __future__ import annotations

from jixiao.importers.api import import_file
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found

SHUCHENG = "plan/anhui_ru17r-shucheng-yigongdaizhen-qingshuihe-zhili-mubiao_2023"
BAODI = "plan/tianjin_baodi-xuqin-fenwu-zhengqu-tuijin_2022"
DAYING = "self_evaluation/sichuan_ru17r-daying-minzhengju-guer-zhuxue-zhuanyi-zhifu-ziping-cut_2022"
LUAN = "self_evaluation/anhui_luan-yuan-wenlv-wenwu-baohu-zhuanxiang_2022"
SHUANGXIN = "self_evaluation/sichuan_daying-shuangxin-wenming-chuangjian-shishijindu_2020"
NANHUA = "self_evaluation/yunnan_ru17r-nanhua-yeshengjun-jiagong-chejian-ziping-cut_nd"


def test_the_process_level_of_the_fagaiwei_table_is_read() -> None:
    rows = import_file(CORPUS / f"{SHUCHENG}.txt").projects[0].indicators
    assert [(r.level2, r.value) for r in rows][3:] == [
        ("计划管理指标", "≤20工作日"), ("计划管理指标", "100%"), ("资金管理指标", "≥95%"),
        ("资金管理指标", "≥95%"), ("项目管理指标", "≥95%"), ("项目管理指标", "0"),
        ("监督检查指标", "≤1%"),
    ]  # fmt: skip
    report = corpus_report(SHUCHENG)
    assert not (found(report, "R102") or found(report, "M103") or found(report, "N109"))


def test_s101_counts_the_first_levels_written_in_the_second_column() -> None:
    """舒城 and 宝坻: 实施效果指标 | 产出指标 | … — the 产出 and 效益 are there."""
    assert not found(corpus_report(SHUCHENG), "S101")
    assert not found(corpus_report(BAODI), "S101")


def test_r143_on_outputs_that_only_split_the_money() -> None:
    (hit,) = found(corpus_report(SHUCHENG), "R143")
    assert "劳务报酬占中央投资比例" in hit.message


def test_r143_keeps_outputs_that_count_what_was_built() -> None:
    """宝坻 (the same template): 建设项目个数, 竣工验收合格率 beside the money."""
    assert not found(corpus_report(BAODI), "R143")


def test_w122_on_worded_targets_with_a_bare_percentage() -> None:
    assert [f.indicator_index for f in found(corpus_report(DAYING), "W122")] == [6, 7]
    (hit,) = found(corpus_report(LUAN), "W122")
    assert "控制在预算中" in hit.message


def test_w122_leaves_a_rate_and_a_stock_verdict() -> None:
    """大英 row 3's value cell holds a rate's name (发放时间达标率 → 100%); 双心's
    '已完成100%' is N208's."""
    assert not found(corpus_report(DAYING), "W122", indicator=3)
    assert not found(corpus_report(SHUANGXIN), "W122")


def test_w123_on_a_quantity_that_is_the_goal_s_money() -> None:
    (hit,) = found(corpus_report(NANHUA), "W123")
    assert hit.indicator_index == 2 and "550万元" in hit.message
    assert not found(corpus_report(NANHUA), "W123", indicator=3)  # '变压器3台': not money
