"""The rules written for round 5 of the reviewer-opinion classes
(tests/review/defects/opinions_round5.py): N234, N235 and R126 find their held-out classes
on real documents of other provinces, also in wording the injections never used, stay
silent where the wording is a period, a bracket or a qualified conclusion, and say nothing
on the corpus as it is."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from tests.review.defects.opinions_round5 import (
    _GOAL_CLAIMS,
    _PERIOD_FORMS,
    _RANGE_FORMS,
)
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on

NEW_RULES = {"N234", "N235", "R126"}
PUYANG = "henan_puyang-danganguan-kufang-xiaofang-pifu_2021"
HUAIBEI = "anhui_huaibei-wenlvti-nongcun-wenhua-songxi_2025"
QINGSHAN = "hubei_wuhan-qingshan-kejingju-keyan_2021"
FENGJIE = "chongqing_fengjie-yunwu-jiagongyuan-shenpibiao_2023"
YONGDE = "yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022"
JINZHAI = "anhui_jinzhai-chagu-meilixiangcun-zhengti_2023"
XUANCHENG = "anhui_ru5-xuancheng-gonganju-jindu-zhibiaoN_2021"


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: none of the three speaks on the plans and self-evaluations as they are
    (the two real ranges, “18—54周岁” and “1-12月”, are an age bracket and a period; the
    four real 项目期限 cover their budget year; no 完成情况 that claims every goal sits
    beside a missed row)."""
    assert spoken_on_corpus(NEW_RULES) == set()


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(HUAIBEI, "range_target", "N234", plans)
    assert _found(QINGSHAN, "period_before_year", "R126", plans)
    assert _found(FENGJIE, "period_before_year", "R126", plans)
    assert _found(YONGDE, "selfeval_goal_claimed_met", "N235", evaluations)
    assert _found(JINZHAI, "selfeval_goal_claimed_met", "N235", evaluations)
    assert _found(XUANCHENG, "selfeval_exceeded_docked", "N205", evaluations)
    assert _found(XUANCHENG, "selfeval_missed_blank_deviation", "N206", evaluations)


def _valued(value: str, level2: str = "数量") -> tuple[DepartmentPlan, int]:
    plan = _plans()[PUYANG].model_copy(deep=True)
    project = plan.projects[0]
    n, row = next((n, r) for n, r in enumerate(project.indicators, 1) if level2 in r.level2)
    row.value = value
    return plan, n


def test_ranges_in_other_wording() -> None:
    """Other range marks and units than the injections' (“—”, “～”, “到”; 个, 场): flagged;
    a single target, a time window, a period of dates or an age bracket: not."""
    held_out = ("60%—70%", "5～8个", "10到20场", "≥85%-95%")
    assert not any(mark in form for form in _RANGE_FORMS for mark in ("—", "～", "到", "≥"))
    for value in held_out:
        plan, n = _valued(value)
        assert _rules_on(plan, {"N234"}) == [("N234", 1, n)], value
    for value in (
        "≥300人次",
        "=100%",
        "3-5个工作日",
        "1-12月",
        "2021年3月-2021年11月",
        "18-60周岁",
    ):
        plan, n = _valued(value)
        assert not _rules_on(plan, {"N234"}), value


def _period(period: str) -> DepartmentPlan:
    plan = _plans()[QINGSHAN].model_copy(deep=True)
    plan.projects[0].period = period
    return plan


def test_periods_in_other_wording() -> None:
    year = _plans()[QINGSHAN].year
    assert year is not None
    held_out = (f"{year - 1}年全年", f"{year - 4}—{year - 1}", f"{year - 1}01-{year - 1}12")
    assert not any(mark in form for form in _PERIOD_FORMS for mark in ("全年", "—", "01"))
    for period in held_out:
        assert _rules_on(_period(period), {"R126"}) == [("R126", 1, None)], period
    for period in (f"{year}.1-{year}.12", f"{year - 2}-{year + 1}年", "长期", f"{year}年至今"):
        assert not _rules_on(_period(period), {"R126"}), period


def _concluded(said: str, missed: bool = True) -> DepartmentPlan:
    """永德's table, its 完成情况 ``said``; its 学生受资助人数 row missed (with a reason) or met."""
    plan = _self_evaluations()[YONGDE].model_copy(deep=True)
    project = plan.projects[0]
    project.annual_goal_actual = said
    for row in project.indicators:  # every other row met, so only the changed one can miss
        if row.actual and row.value.startswith("=") and row.value.endswith("%"):
            row.actual = row.value.lstrip("=")
    row = next(r for r in project.indicators if "人数" in r.level3)
    row.actual = "500人次" if missed else "735人次"
    row.score = Decimal("6.8") if missed else row.weight
    row.deviation = "部分学生转学" if missed else ""
    return plan


def test_conclusions_in_other_wording() -> None:
    """Claims the injections never wrote: flagged beside a missed row; a qualified or
    measured conclusion, or the same claim when every row is met: not."""
    held_out = ("已完成全年目标任务。", "年度各项指标全部完成", "实现了年度预期目标")
    assert not set(held_out) & set(_GOAL_CLAIMS)
    for said in held_out:
        assert _rules_on(_concluded(said), {"N235"}) == [("N235", 1, None)], said
    for said in (
        "基本完成年度目标。",
        "大部分目标已完成，受资助人数未达预期",
        "完成年度目标的90%",
        "确保每一个学生都能享受到国家政策福利,改善学生体质",
    ):
        assert not _rules_on(_concluded(said), {"N235"}), said
    assert not _rules_on(_concluded("全面完成年度绩效目标", missed=False), {"N235"})
