"""Checks changed after the held-out round 7 (eight self-evaluations the rules never saw), on
real documents and counter-examples: N214 now also raises an actual copied from an “=N”
target word for word, sign and all (南岳 忠烈祠 “=230亩” → “=230亩”, 更戛 “=0件” → “=0件”),
and still leaves alone a plain measured figure under an “=N” target."""

from __future__ import annotations

from jixiao.review import review_plan
from tests.review.conftest import corpus_report, found
from tests.review.test_heldout_round6 import _self_evaluation as _plan

ZHONGLIECI = "self_evaluation/hunan_ru7-nanyue-zhonglieci-mianfei-kaifang-tradmirror-cut_2020"
GENGA = "self_evaluation/yunnan_ru6-changning-genga-dongwu-fangyi-prose-baogao_2021"
TANGHU = "self_evaluation/hubei_ru7-tongcheng-tanghuzhen-bumenzhengti-pipe_nd"


def test_actuals_copied_with_their_equals_sign_are_raised() -> None:
    """忠烈祠: “=230亩”, “=365天”, “=100%” copied; “32人” (no sign, row 3) is not N214's."""
    hits = found(corpus_report(ZHONGLIECI), "N214", 1)
    assert [f.indicator_index for f in hits] == [1, 2, 4]
    assert "=230亩" in hits[0].message and "照抄" in hits[0].message


def test_the_earlier_round_document_gains_its_two_equal_rows() -> None:
    """更戛 (round 6): rows 1-2 copied “≥90%”/“≥70%” (raised since round 6), rows 3-4
    “=100%”/“=0件” copied too; 塘湖's “2天以内” stays raised as a bound."""
    assert [f.indicator_index for f in found(corpus_report(GENGA), "N214", 1)] == [1, 2, 3, 4]
    assert [f.indicator_index for f in found(corpus_report(TANGHU), "N214", 1)] == [3]


def test_measured_figures_under_an_equals_target_are_left_alone() -> None:
    """普陀 体育中心's “=100%” → “100%”; a figure written with “=” that differs from the
    target (“=98%” for “=100%”, “=95%” for “≥90%”) is measured, not copied; a 目标表 has no
    actuals to judge."""
    plan = _plan(
        ("与委托运营方结算完成率", "=100%", "100%"),
        ("政策知晓率", "=100%", "=98%"),
        ("验收合格率", "≥90%", "=95%"),
    )
    assert found(review_plan(plan), "N214") == []
    copied = ("管理忠烈祠面积", "=230亩", "=230亩")
    assert found(review_plan(_plan(copied, kind="plan")), "N214") == []
    assert [f.indicator_index for f in found(review_plan(_plan(copied)), "N214")] == [1]
