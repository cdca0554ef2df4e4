"""The rules written for round 9 of the held-out classes (tests/review/defects/
opinions_round9.py): R136, R137, N248, N249, N250 and F115 find their classes on real
documents of other provinces, also in wording the injections never used, stay silent where
the two places agree (a 中期 count above the year's, a term in order, a statement of what
was done, a past year as a comparison, a claim the money block bears out), and speak on the
corpus as it is only where the audit read them true."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import DepartmentPlan
from tests.review.defects import detected, places, said
from tests.review.defects.monitoring_kind import monitored, monitoring_findings
from tests.review.defects.mutations import MUTATIONS
from tests.review.test_opinions import _plans, _self_evaluations, spoken_on_corpus
from tests.review.test_opinions_round2 import _found
from tests.review.test_opinions_round3 import _rules_on

NEW_RULES = {"R136", "R137", "N248", "N249", "N250", "F115"}
EZHOU = "hubei_ru8-ezhou-shenpiju-shiminzhongxin-yunwei-cellperline-cut_2021"
LUAN = "anhui_luan-nongyenongcun-zhijian-sanpinyibiao_2024"
LUAN_RELICS = "anhui_luan-yuan-wenlv-wenwu-baohu-zhuanxiang_2022"
TIANCHANG = "anhui_tianchang-shuiliju-shuihan-zaihai-fangyu_2022"
FENGJIE = "chongqing_fengjie-yunwu-jiagongyuan-shenpibiao_2023"


def test_the_new_rules_speak_on_the_unchanged_corpus_only_where_read_true() -> None:
    """Measured: only N249, on two self-evaluations whose 实际完成情况 repeats the 预期
    目标 in the source (丽江 writes the project's name in both cells, 永德 the same
    sentence), and 零陵 (held-out round 15) whose three goals, one a line, are copied
    word for word once the import reads the whole block (review-leftovers-5), and 南华
    (held-out round 17) whose 实际完成情况 repeats its three goals;
    tests/review/audit/classification.json reads all four as real."""
    assert spoken_on_corpus(NEW_RULES) == {
        ("hunan_ru15r-lingling-linyeju-bumen-zhengti-ziping-cut_2021", "N249"),
        ("yunnan_lijiang-gucheng-ziranziyuan-weipian-zhifa-tradmirror_2020", "N249"),
        ("yunnan_ru17r-nanhua-yeshengjun-jiagong-chejian-ziping-cut_nd", "N249"),
        ("yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022", "N249"),
    }


def test_each_class_is_found_by_its_rule() -> None:
    plans, evaluations = _plans(), _self_evaluations()
    assert _found(LUAN, "midterm_value_below_annual", "R136", plans)
    assert _found(FENGJIE, "period_reversed", "R137", plans)
    assert _found(TIANCHANG, "completion_left_blank", "N248", evaluations)
    assert _found(LUAN_RELICS, "completion_copies_goal", "N249", evaluations)
    assert _found(LUAN_RELICS, "completion_names_past_year", "N250", evaluations)
    assert _found(EZHOU, "completion_claims_all_spent", "F115", evaluations)


def _luan_midterm(midterm: str) -> DepartmentPlan:
    """六安's plan with ``midterm`` as the 中期指标值 of its first row."""
    plan = _plans()[LUAN].model_copy(deep=True)
    plan.projects[0].indicators[0].midterm_value = midterm
    return plan


def test_midterm_values_below_the_year() -> None:
    """六安's first row is ≥57个 a year: a 中期 count below it is flagged; one at or above
    it, a rate or a count of another unit is not."""
    row = _plans()[LUAN].projects[0].indicators[0]
    assert row.value == "≥57个", row.value
    for midterm in ("30个", "≥20个", "不少于40个"):
        assert [r for r, *_ in _rules_on(_luan_midterm(midterm), {"R136"})] == ["R136"]
    for midterm in ("≥170个", "57个", "95%", "≥50次"):  # above, equal, a rate, another unit
        assert not _rules_on(_luan_midterm(midterm), {"R136"}), midterm


def _fengjie(period: str) -> DepartmentPlan:
    plan = _plans()[FENGJIE].model_copy(deep=True)
    plan.projects[0].period = period
    return plan


def test_terms_ending_before_they_begin() -> None:
    for period in ("2024年2月-2023年4月", "2023.12-2023.3", "2025年至2023年"):
        assert [r for r, *_ in _rules_on(_fengjie(period), {"R137"})] == ["R137"], period
    for period in ("2023年4月-2024年2月", "2023年1月-12月", "2023年-2023年6月", "2023年"):
        assert not _rules_on(_fengjie(period), {"R137"}), period


def _statement(name: str, text: str) -> DepartmentPlan:
    plan = _self_evaluations()[name].model_copy(deep=True)
    plan.projects[0].annual_goal_actual = text
    return plan


def test_blank_and_copied_statements() -> None:
    """天长's table is scored 100: a placeholder statement is flagged, a sentence is not;
    a statement equal to the goal but for punctuation is a copy."""
    for text in ("无", "——", "暂无"):
        assert [r for r, *_ in _rules_on(_statement(TIANCHANG, text), {"N248"})] == ["N248"]
    assert not _rules_on(_statement(TIANCHANG, "完成年度目标。"), {"N248"})
    goal = _self_evaluations()[TIANCHANG].projects[0].annual_goal or ""
    copied = goal.replace(",", "，").rstrip("。")
    assert [r for r, *_ in _rules_on(_statement(TIANCHANG, copied), {"N249"})] == ["N249"]
    assert not _rules_on(_statement(TIANCHANG, "完成年度防汛工作。"), {"N249"})


def test_statements_of_a_past_year() -> None:
    """六安 evaluates 2022: a statement framed by an earlier year is flagged; one naming
    2022 that compares with an earlier year, or a year that is no frame, is not."""
    for text in ("截至2020年底，基本完成年度目标。", "2019年全年完成文物日常维护3处。"):
        assert [r for r, *_ in _rules_on(_statement(LUAN_RELICS, text), {"N250"})] == ["N250"]
    for text in (
        "2022年度完成文物日常维护3处，较2021年度增加1处。",
        "完成2019年启动的罗氏宗祠修缮。",
    ):
        assert not _rules_on(_statement(LUAN_RELICS, text), {"N250"}), text


def test_claims_of_full_spending() -> None:
    """鄂州 spent 125.25 of 150万元: a claim of full spending is flagged; a negated one, one
    not of money, or the claim once the money block bears it out, is not."""
    for text in ("资金已全额支付。", "项目经费使用完毕，保障了中心运行。"):
        assert [r for r, *_ in _rules_on(_statement(EZHOU, text), {"F115"})] == ["F115"]
    for text in ("剩余资金尚未全部支付。", "采购的设备已全部使用。"):
        assert not _rules_on(_statement(EZHOU, text), {"F115"}), text
    paid = _statement(EZHOU, "资金已全额支付。")
    paid.projects[0].spent = Decimal("149")
    assert not _rules_on(paid, {"F115"})


def test_the_plans_filed_as_june_monitoring_are_on_track() -> None:
    """The benchmark's 监控表 (tests/review/defects/monitoring_kind.py) are honest: filed
    on each plan's own 资金支出计划 with every target expected met, the monitoring engine
    warns of nothing but a missing 资金支出计划 (P108)."""
    warned = {
        f.rule
        for plan in _plans().values()
        if (doc := monitored(plan)) is not None
        for f in monitoring_findings(doc)
    }
    assert warned == {"P108"}


def _found_in_monitoring(name: str, mutation: str, rules: tuple[str, ...]) -> bool:
    doc = monitored(_plans()[name])
    assert doc is not None
    mutated = doc.model_copy(deep=True)
    target = MUTATIONS[mutation](mutated)
    assert target is not None
    before = monitoring_findings(doc)
    return detected(target, rules, places(before), monitoring_findings(mutated), said(before))


def test_each_monitoring_class_is_found_by_its_warning() -> None:
    assert _found_in_monitoring(LUAN, "monitor_spending_far_behind", ("P102",))
    assert _found_in_monitoring(LUAN, "monitor_expected_below_target", ("P104",))
    assert _found_in_monitoring(LUAN, "monitor_impossible_without_reason", ("P106",))
    assert _found_in_monitoring(LUAN, "monitor_forecast_above_budget", ("P109",))
    assert _found_in_monitoring(LUAN, "monitor_spent_above_budget", ("P110",))
    assert MUTATIONS["monitor_spent_above_budget"](_plans()[LUAN].model_copy(deep=True)) is None
