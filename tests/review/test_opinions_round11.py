"""The rules written for round 11 of the held-out classes (tests/review/defects/
opinions_round11.py): F116, N253, N254, N257 on a 监控表, N256 on a self-evaluation and F117
on a plan find their classes on real documents of other provinces, also in wording the
injections never used, stay silent where the cells agree, and say nothing on the corpus as
it is — nor on its plans filed as the 监控表 of their June round."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from jixiao.review import review_plan
from jixiao.review.profile import load_data_file
from jixiao.scoring.profile import load_evaluation_profile
from tests.review.defects.monitoring_kind import monitored
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on

NEW_RULES = {"F116", "N253", "N254", "N256", "N257", "F117"}
LUAN = "anhui_luan-nongyenongcun-zhijian-sanpinyibiao_2024"
YUEYANG = "hunan_yueyangxian-nongtian-gaobiaozhun_2022"
DONGGUAN = "guangdong_dongguan-jiaotong-zhenji-lianwanglu-pifubiao-zhongqi-niandu_2019"
XUANCHENG = "anhui_ru5-xuancheng-gonganju-jindu-zhibiaoN_2021"


def _monitored() -> dict[str, DepartmentPlan]:
    return {name: doc for name, plan in _plans().items() if (doc := monitored(plan))}


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: no plan or self-evaluation of the corpus, and no plan filed as a 监控表
    on track, gives any of them a finding (the 中期目标 of the corpus state no funds)."""
    assert spoken_on_corpus(NEW_RULES) == set()
    assert not [
        (name, f.rule)
        for name, doc in _monitored().items()
        for f in review_plan(doc).findings
        if f.rule in NEW_RULES
    ]


def test_each_class_is_found_by_its_rule() -> None:
    monitoring, evaluations = _monitored(), _self_evaluations()
    assert _found(LUAN, "monitor_forecast_below_spent", "F116", monitoring)
    assert _found(LUAN, "monitor_expected_other_unit", "N253", monitoring)
    assert _found(LUAN, "monitor_certain_but_deviation_says_missed", "N254", monitoring)
    assert _found(YUEYANG, "monitor_expected_rate_over_hundred", "N257", monitoring)
    assert _found(XUANCHENG, "selfeval_partial_actual_full_score", "N256", evaluations)
    assert _found(XUANCHENG, "selfeval_missed_words_scored_high", "N256", evaluations)
    assert _found(DONGGUAN, "midterm_goal_funds_below_budget", "F117", _plans())


def _luan_row(**cells: str) -> DepartmentPlan:
    """六安's 监控表 with ``cells`` on its first row (“鉴定校准实验室仪器 ≥57个”)."""
    doc = _monitored()[LUAN].model_copy(deep=True)
    row = doc.projects[0].indicators[0]
    assert row.value == "≥57个", row.value
    for key, text in cells.items():
        setattr(row, key, text)
    return doc


def test_the_forecast_against_what_is_spent() -> None:
    doc = _monitored()[LUAN].model_copy(deep=True)
    project = doc.projects[0]
    assert project.spent == Decimal("25.68"), project.spent
    for forecast, flagged in (("20", True), ("25.6", True), ("25.68", False), ("51.35", False)):
        project.spend_forecast = Decimal(forecast)
        assert bool(_rules_on(doc, {"F116"})) is flagged, forecast


def test_the_expected_value_against_the_target() -> None:
    for expected in ("57台", "≥57套", "95%"):
        assert [r for r, *_ in _rules_on(_luan_row(expected=expected), {"N253"})] == ["N253"]
    for expected in ("57个", "≥60个", "57"):  # the same unit; a bare figure takes the target's
        assert not _rules_on(_luan_row(expected=expected), {"N253"}), expected


def test_a_certain_likelihood_against_its_deviation() -> None:
    for deviation in (
        "设备采购进度滞后，不能按期完成",
        "资金未到位，未能全部实现",
        "难以达到",
        "无法完成的风险较小，但设备到货晚，不能按期完成",  # the second phrase says it
    ):
        doc = _luan_row(deviation=deviation)
        assert [r for r, *_ in _rules_on(doc, {"N254"})] == ["N254"], deviation
    for likelihood, deviation in (
        ("有可能", "设备采购进度滞后，不能按期完成"),  # the two columns agree
        ("确定能", "无"),
        ("确定能", "采购进度稍慢，已督促加快"),
        ("确定能", "进度正常，不能完成的风险较小"),  # a low risk, not a forecast
        ("能", "不存在无法完成的情况"),  # denied
    ):
        doc = _luan_row(likelihood=likelihood, deviation=deviation)
        assert not _rules_on(doc, {"N254"}), (likelihood, deviation)


def test_an_expected_share_over_the_whole() -> None:
    doc = _monitored()[LUAN].model_copy(deep=True)
    rate = doc.projects[0].indicators[3]
    assert rate.level3 == "农产品例行监测合格率", rate.level3
    for expected, flagged in (("101%", True), ("≥103%", True), ("100%", False), ("98%", False)):
        rate.expected = expected
        assert bool(_rules_on(doc, {"N257"})) is flagged, expected


def _xuancheng(actual: str, score: str) -> DepartmentPlan:
    """宣城's self-evaluation with ``actual`` and ``score`` for “毛发检查试剂数量 ≥2400份”."""
    plan = _self_evaluations()[XUANCHENG].model_copy(deep=True)
    rows = [i for i in plan.projects[0].indicators if i.value == "≥2400份"]
    assert len(rows) == 1 and rows[0].weight == 12, [i.value for i in rows]
    rows[0].actual, rows[0].score = actual, Decimal(score)
    return plan


def test_worded_grades_against_their_score() -> None:
    """The row's 分值 is 12: 部分达成 up to 9.6, 未达成 up to 7.2."""
    for actual, score in (
        ("基本达标", "10"),
        ("部分实现", "11"),
        ("没有完成", "8"),
        ("未实现", "7.5"),
    ):
        assert [r for r, *_ in _rules_on(_xuancheng(actual, score), {"N256"})] == ["N256"]
    for actual, score in (
        ("基本达标", "9.6"),
        ("未完成", "7.2"),
        ("3200份", "12"),
        ("不合格率1%", "12"),
    ):
        assert not _rules_on(_xuancheng(actual, score), {"N256"}), (actual, score)


def _dongguan(goal: str) -> DepartmentPlan:
    plan = _plans()[DONGGUAN].model_copy(deep=True)
    assert plan.projects[0].budget_total == 919
    plan.projects[0].midterm_goal = goal
    return plan


def test_midterm_funds_against_the_budget() -> None:
    for goal in ("2019—2021年计划投资800万元", "项目总投资0.05亿元", "共投入经费600万元"):
        assert [r for r, *_ in _rules_on(_dongguan(goal), {"F117"})] == ["F117"], goal
    for goal in (
        "2019—2021年计划投资2800万元",
        "其中省级资金300万元",
        "补助标准每公里20万元",
        "年度安排资金919万元",
        "完成镇际联网路升级改造",
    ):
        assert not _rules_on(_dongguan(goal), {"F117"}), goal


def test_the_worded_grades_are_the_evaluation_profiles_bands() -> None:
    """N256's grades and their tops are the qualitative bands the scoring uses (the review
    cannot import jixiao.scoring: the scoring reads the review's level names)."""
    data = load_data_file("review-selfeval-columns.json")["worded_grades"]
    assert isinstance(data, list)
    bands = {b.name: b for b in load_evaluation_profile().scoring.qualitative_bands}
    for grade in data:
        band = bands[grade["grade"]]
        assert Decimal(grade["top"]) == band.high, grade["grade"]
        # the profile's wordings of a grade of the work (部分完成, 未达标), not of an opinion
        of_work = {w for w in band.words if w.endswith(("完成", "达成", "达标", "合格"))}
        assert of_work and of_work <= set(grade["words"]), grade["grade"]
