"""The rules written for round 12 of the held-out classes (tests/review/defects/
opinions_round12.py): N258, N259, N260 on a 监控表, F118, F119 on a self-evaluation and
R141, R142, B108 on a plan find their classes on real documents of other provinces, also in wording
the injections never used, stay silent where the cells agree, and say nothing on the
corpus as it is — nor on its plans filed as the 监控表 of their June round."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from jixiao.review import review_plan
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on
from tests.review.test_opinions_round11 import _luan_row, _monitored

NEW_RULES = {"N258", "N259", "N260", "F118", "F119", "R141", "R142", "B108"}
LUAN = "anhui_luan-nongyenongcun-zhijian-sanpinyibiao_2024"
SUIXI = "anhui_suixi-minzhengju-linshi-jiuzhu_2019"
PUYANG = "henan_puyang-danganguan-kufang-xiaofang-pifu_2021"


def test_the_new_rules_are_silent_on_the_unchanged_corpus() -> None:
    """Measured: no plan or self-evaluation of the corpus (咸宁 spent nothing and built
    nothing: F118 stays silent), and no plan filed as a 监控表 on track, gives any of them
    a finding."""
    assert spoken_on_corpus(NEW_RULES) == set()
    assert not [
        (name, f.rule)
        for name, doc in _monitored().items()
        for f in review_plan(doc).findings
        if f.rule in NEW_RULES
    ]


def test_each_class_is_found_by_its_rule() -> None:
    monitoring, evaluations, plans = _monitored(), _self_evaluations(), _plans()
    assert _found(LUAN, "monitor_expected_far_above_target", "N259", monitoring)
    assert _found(LUAN, "monitor_expected_in_words", "N260", monitoring)
    assert _found(SUIXI, "selfeval_nothing_spent_targets_met", "F118", evaluations)
    assert _found(SUIXI, "selfeval_deviation_blames_funds_fully_spent", "F119", evaluations)
    assert _found(PUYANG, "goal_deadline_before_budget_year", "R141", plans)
    assert _found(PUYANG, "goal_deadline_two_years_after", "R142", plans)
    assert _found(LUAN, "monitor_expected_below_done", "N258", monitoring)
    assert _found(PUYANG, "basis_cites_later_year", "B108", plans)


def test_a_forecast_far_above_the_target() -> None:
    for expected in ("75个", "≥80个", "120"):
        assert [r for r, *_ in _rules_on(_luan_row(expected=expected), {"N259"})] == ["N259"]
    for expected in ("57个", "70个", "25个"):  # below the profile's 130%
        assert not _rules_on(_luan_row(expected=expected), {"N259"}), expected
    explained = _luan_row(expected="90个", deviation="新增县级检测站仪器纳入校准")
    assert not _rules_on(explained, {"N259"})


def test_a_forecast_in_words() -> None:
    for expected in ("可以完成任务", "预计达标", "完成"):
        assert [r for r, *_ in _rules_on(_luan_row(expected=expected), {"N260"})] == ["N260"]
    for expected in ("57个", "五十七个", "57"):
        assert not _rules_on(_luan_row(expected=expected), {"N260"}), expected


def test_a_forecast_below_what_is_done() -> None:
    for done, expected in (("40个", "39个"), ("57个", "≥30个"), ("20个", "0个")):
        doc = _luan_row(actual=done, expected=expected)
        assert [r for r, *_ in _rules_on(doc, {"N258"})] == ["N258"], (done, expected)
    for done, expected in (("40个", "57个"), ("40个", "40个"), ("40台", "30个"), ("40", "30个")):
        doc = _luan_row(actual=done, expected=expected)
        assert not _rules_on(doc, {"N258"}), (done, expected)
    rate = _luan_row(actual="100%", expected="96%")  # a share may fall
    rate.projects[0].indicators[0].value = "≥95%"
    assert not _rules_on(rate, {"N258"})


def _suixi() -> DepartmentPlan:
    doc = _self_evaluations()[SUIXI].model_copy(deep=True)
    assert doc.projects[0].spent == Decimal(30), doc.projects[0].spent
    return doc


def test_nothing_spent_against_targets_met() -> None:
    for spent, flagged in (("0", True), ("1.2", True), ("1.8", False), ("30", False)):
        doc = _suixi()
        doc.projects[0].spent = Decimal(spent)
        assert bool(_rules_on(doc, {"F118"})) is flagged, spent


def test_nothing_spent_against_targets_said_met_in_words() -> None:
    doc = _suixi()
    doc.projects[0].spent = Decimal(0)
    for row in doc.projects[0].indicators:
        row.actual = "已达到"
    assert _rules_on(doc, {"F118"})
    for row in doc.projects[0].indicators:
        row.actual = "部分完成"  # not a claim of the target met
    assert not _rules_on(doc, {"F118"})


def test_a_deviation_blaming_funds_against_the_spending() -> None:
    row = next(
        i for i, ind in enumerate(_suixi().projects[0].indicators) if ind.deviation
    )  # 特困人员救助供养人数: “特困人员实行动态管理”
    for deviation, spent, flagged in (
        ("经费拨付不及时，部分对象未能纳入", "30", True),
        ("上级补助金到位较晚", "29.8", True),
        ("经费拨付不及时，部分对象未能纳入", "20", False),  # spent two thirds: a true reason
        ("特困人员实行动态管理", "30", False),
        ("资金使用规范，对象动态调整", "30", False),
    ):
        doc = _suixi()
        doc.projects[0].spent = Decimal(spent)
        doc.projects[0].indicators[row].deviation = deviation
        assert bool(_rules_on(doc, {"F119"})) is flagged, (deviation, spent)


def _puyang(goal_end: str) -> DepartmentPlan:
    doc = _plans()[PUYANG].model_copy(deep=True)
    assert doc.year == 2021, doc.year
    doc.projects[0].goals = [doc.projects[0].goals[0].rstrip("。") + goal_end]
    doc.projects[0].annual_goal = None
    return doc


def test_goal_deadlines_against_the_budget_year() -> None:
    for end, rule in (
        ("，2020年底以前完成。", "R141"),
        ("，确保2020年10月15日之前完工。", "R141"),
        ("，2024年12月31日前全部建成。", "R142"),
        ("，2023年底之前完成。", "R142"),
    ):
        assert [r for r, *_ in _rules_on(_puyang(end), {"R141", "R142"})] == [rule], end
    for end in (
        "，2021年11月底前完成。",
        "，2022年6月底前竣工。",  # a project across the year's end
        "，较2020年底前新增5个库房。",  # a comparison
        "，截至2020年底前已完成设计。",
        "，2019年—2021年累计投入。",  # no deadline (R124's stale years are its own)
    ):
        assert not _rules_on(_puyang(end), {"R141", "R142"}), end


def test_a_basis_citing_a_later_plan() -> None:
    for basis, flagged in (
        ("按照2022年工作计划", True),
        ("《2023年度部门预算》", True),
        ("2021年度工作方案", False),
        ("2020年实际完成数", False),
        ("2022年底前完成改造", False),  # a date, no plan
    ):
        doc = _plans()[PUYANG].model_copy(deep=True)
        doc.projects[0].indicators[0].basis = basis
        assert bool(_rules_on(doc, {"B108"})) is flagged, basis
