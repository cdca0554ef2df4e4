"""Checks changed after the held-out round 7 (eight self-evaluations the rules never saw), on
real documents and counter-examples: N214 now also raises an actual copied from an “=N”
target word for word, sign and all (南岳 忠烈祠 “=230亩” → “=230亩”, 更戛 “=0件” → “=0件”),
and still leaves alone a plain measured figure under an “=N” target. Four misses are caught since
by rules of their own: N218 (塘湖: every actual but the survey's copied from its target), N219
(南充: “会议培训举办次数 ≥1次”), N223 (塘湖: “办结信访案件 168起” set as a target) and R118
(忠烈祠's funds on a 部门整体支出 form)."""

from __future__ import annotations

from jixiao.model import DepartmentPlan
from jixiao.model.plan import Indicator, Project
from jixiao.review import review_plan
from tests.review.conftest import corpus_report, found
from tests.review.test_heldout_round6 import _self_evaluation as _plan

ZHONGLIECI = "self_evaluation/hunan_ru7-nanyue-zhonglieci-mianfei-kaifang-tradmirror-cut_2020"
GENGA = "self_evaluation/yunnan_ru6-changning-genga-dongwu-fangyi-prose-baogao_2021"
TANGHU = "self_evaluation/hubei_ru7-tongcheng-tanghuzhen-bumenzhengti-pipe_nd"
NANCHONG = "self_evaluation/sichuan_ru7-nanchong-linye-tuigeng-huanlin-ocr-cut_2023"


def test_actuals_copied_with_their_equals_sign_are_raised() -> None:
    """忠烈祠: “=230亩”, “=365天”, “=100%”, and the 时效 row named by its deadline (read since
    import-unread-8) “=95%” copied; “32人” (no sign, row 3) is not N214's."""
    hits = found(corpus_report(ZHONGLIECI), "N214", 1)
    assert [f.indicator_index for f in hits] == [1, 2, 4, 5]
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


def test_a_table_copied_from_its_targets_is_raised_once() -> None:
    """塘湖: five rows copied word for word (“168起”, “有效改善”), the survey's “≧90%” → “95%”
    left out. 忠烈祠: all five rows copied once its 时效 row is read (import-unread-8); four rows
    would be too few to judge a whole table."""
    hits = found(corpus_report(TANGHU), "N218", 1)
    assert len(hits) == 1 and hits[0].indicator_index is None
    assert "5个指标" in hits[0].message and "168起" in hits[0].message
    whole = found(corpus_report(ZHONGLIECI), "N218", 1)
    assert len(whole) == 1 and "5个指标" in whole[0].message


def test_a_table_with_one_measured_row_is_left_alone() -> None:
    rows = [(f"指标{n}", f"{n}0个", f"{n}0个") for n in range(1, 6)]
    assert len(found(review_plan(_plan(*rows)), "N218")) == 1
    measured = [*rows[:4], ("指标5", "50个", "52个")]
    assert found(review_plan(_plan(*measured)), "N218") == []
    assert found(review_plan(_plan(*rows[:4])), "N218") == []  # four rows: too few
    assert found(review_plan(_plan(*rows, kind="plan")), "N218") == []  # no actuals to judge


def test_a_frequency_of_at_least_once_is_raised() -> None:
    """南充: “会议培训举办次数(次) ≥1次” (the sign, figure and unit in three cells)."""
    hits = found(corpus_report(NANCHONG), "N219", 1)
    assert [f.indicator_index for f in hits] == [1]
    assert "≥1次" in hits[0].message


def test_once_as_a_plan_or_things_counted_are_left_alone() -> None:
    plan = _plan(
        ("趋势会商会次数", "1次", ""),
        ("培训期数", "≥4期", ""),
        ("建设示范点", "≥1个", ""),
        ("事故次数", "≤1次", ""),
        ("宣传活动", "≥1场", ""),
        ("评估次数", "≥1次", ""),  # the one-off service an assessment fee buys
    )
    assert [f.indicator_index for f in found(review_plan(plan), "N219")] == [5]


def test_petitions_set_as_a_count_to_reach_are_raised() -> None:
    """塘湖: “办结信访案件 168起”; its rates and reduction targets are goals and left alone."""
    assert [f.indicator_index for f in found(corpus_report(TANGHU), "N223", 1)] == [1]
    plan = _plan(
        ("受理群众投诉", "≥50件", ""),
        ("信访案件按期办结率", "≥95%", ""),
        ("越级信访案件", "≤5起", ""),
        ("进京非访", "0起", ""),
        ("声光报警器", "30只", ""),
    )
    assert [f.indicator_index for f in found(review_plan(plan), "N223")] == [1]


def _named(name: str) -> DepartmentPlan:
    row = Indicator(level1="产出指标", level2="数量指标", level3="开放天数", value="=365天")
    project = Project(name=name, indicators=[row])
    return DepartmentPlan(source_file="t", kind="self_evaluation", projects=[project])


def test_a_project_on_the_department_form_is_raised() -> None:
    """忠烈祠: “2020年忠烈祠免费开放经费236.25万整体支出绩效自评表”; a unit's own
    部门整体支出 table is the form's proper use."""
    assert len(found(corpus_report(ZHONGLIECI), "R118", 1)) == 1
    assert found(review_plan(_named("某县文物保护专项资金部门整体支出绩效自评表")), "R118")
    for name in ("祁东县疾病预防控制中心2024年祁东县部门整体支出绩效目标表",
                 "2023年度部门整体支出绩效评价自评表", "2020年忠烈祠免费开放经费"):  # fmt: skip
        assert found(review_plan(_named(name)), "R118") == []
