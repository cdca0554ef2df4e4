"""Held-out round 16's misses taken up afterwards (review-leftovers-6), on the round's real
documents (tests/review/test_heldout_round16.py holds the round's first fixes):

- 霍山's second level '服务对象 / 满意度指标' broken over two lines ('满意度指标 | 服务对象'
  then '满意度指标'): no longer a row without a value left out, so the grid is read whole and
  S102 infers the empty 一级 column from the 二级 names — the 成本指标 is missing;
- R140: a 时效 row timed by an outside condition, no deadline (霍山 '根据资金到位时间执行项目
  进度 100%');
- W129: a 立项依据 naming no document (南岳's '专项立项' row: '各级相关文件要求及部门职责等。').
"""

from __future__ import annotations

from pathlib import Path

from jixiao.importers.api import import_file
from tests.importers.unseen_helpers import import_text
from tests.review.audit.render import CORPUS
from tests.review.conftest import corpus_report, found

HUOSHAN = "self_evaluation/anhui_ru16r-huoshan-teshu-jiaoyu-buzhu-zhuanyi-zhifu-zhengti-ziping_2024"
NANYUE = "plan/hunan_ru16r-nanyue-qingshaonian-xiaowai-huodong-zhongxin-zhuanxiang-shenbao-cut_2020"
NINGDE = "plan/fujian_ningde-dangshi-difangzhi-bumenzhengti_2019"
FENGJIE = "plan/chongqing_fengjie-yunwu-jiagongyuan-shenpibiao_2023"


def test_a_level_label_broken_over_two_lines_leaves_no_row_out() -> None:
    plan = import_file(CORPUS / f"{HUOSHAN}.txt")
    assert [w.code for w in plan.warnings] == []
    levels = [i.level2 for i in plan.projects[0].indicators]
    assert levels[-2:] == ["服务对象满意度指标", "服务对象满意度指标"]


def test_s102_infers_the_empty_first_level_of_the_grid_read_whole() -> None:
    (hit,) = found(corpus_report(HUOSHAN), "S102")
    assert "成本指标" in hit.message and "推定" in hit.message


def test_r140_on_a_timeliness_row_timed_by_the_money_coming() -> None:
    (hit,) = found(corpus_report(HUOSHAN), "R140")
    assert hit.indicator_index == 7 and "资金到位" in hit.message
    assert not found(corpus_report(HUOSHAN), "R104")


def test_r140_keeps_a_timeliness_row_with_its_date() -> None:
    """宁德: '项目完成时间 100%', its 指标解释 '2019年12月(计划标准)'."""
    assert not found(corpus_report(NINGDE), "R140")


def test_w129_on_a_basis_naming_no_document() -> None:
    plan = import_file(CORPUS / f"{NANYUE}.txt")
    assert plan.projects[0].basis == "各级相关文件要求及部门职责等。"
    (hit,) = found(corpus_report(NANYUE), "W129")
    assert "相关文件、部门职责" in hit.message


def test_w129_keeps_a_basis_naming_its_document() -> None:
    """奉节: '…《关于下达2023年度少数民族发展资金项目计划的通知》(奉节民宗委发〔2022〕3号)'."""
    assert "〔2022〕3号" in (import_file(CORPUS / f"{FENGJIE}.txt").projects[0].basis or "")
    assert not found(corpus_report(FENGJIE), "W129")


def test_a_name_and_a_next_line_spelling_no_label_still_leave_the_row_out(tmp_path: Path) -> None:
    """The counter-example: the same table with the second line '对象' ('服务对象对象' is no
    label): the broken row is left out, and said so, as before."""
    text = (CORPUS / f"{HUOSHAN}.txt").read_text(encoding="utf-8")
    assert text.count("\n满意度指标\n") == 1
    plan = import_text(tmp_path, text.replace("\n满意度指标\n", "\n对象\n"))
    assert [w.code for w in plan.warnings] == ["indicator-without-value"]
