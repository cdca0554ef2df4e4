"""A 指标值 whose comma groups no thousands ('≤1,5万元') is read as no number by the
grammar (neither 1 nor 15), and the review says the value is not a target it can score
(M103), naming the comma and the two numbers it may stand for; the same value with a
decimal point is a target, and so is a list written with commas ('1,2,3项')."""

from __future__ import annotations

from jixiao.model.plan import DepartmentPlan, Indicator, Project
from jixiao.review import review_plan


def _findings(value: str, level2: str = "成本指标") -> list[tuple[str, str]]:
    rows = [
        Indicator(level1="产出指标", level2=level2, level3="设备维护成本", value=value),
        Indicator(level1="产出指标", level2="数量指标", level3="维护设备数量", value="≥30台"),
        Indicator(level1="效益指标", level2="满意度指标", level3="使用人员满意度", value="≥90%"),
    ]
    plan = DepartmentPlan(
        source_file="维护.xlsx", projects=[Project(name="设备维护", indicators=rows)]
    )
    return [(f.rule, f.message) for f in review_plan(plan).findings if f.indicator_index == 1]


def test_a_decimal_comma_value_is_said_to_be_no_target() -> None:
    (message,) = [m for rule, m in _findings("≤1,5万元") if rule == "M103"]
    assert "“≤1,5万元”" in message


def test_the_same_value_with_a_decimal_point_is_a_target() -> None:
    assert "M103" not in {rule for rule, _ in _findings("≤1.5万元")}


def test_the_message_names_the_comma_and_both_readings() -> None:
    (message,) = [m for rule, m in _findings("12,3456元") if rule == "M103"]
    assert "“12,3456”的逗号不是每三位一组的千分位" in message
    assert "应写作12.3456或123456" in message
    assert "是一句说明" not in message  # not the words for a sentence written as the target


def test_a_deadline_with_such_a_comma_is_said_once_and_by_m103() -> None:
    rules = [rule for rule, _ in _findings("≤1,5个月", level2="时效指标")]
    assert "M103" in rules and "M104" not in rules


def test_a_sentence_keeps_the_words_for_a_sentence() -> None:
    (message,) = [m for rule, m in _findings("按合同执行") if rule == "M103"]
    assert "是一句说明" in message


def test_numbers_listed_with_commas_are_no_ambiguous_number() -> None:
    for listed in ("1,2,3项", "第1,2季度"):  # read as '1、2、3项' is: no M103 at all
        assert "M103" not in {rule for rule, _ in _findings(listed, "数量指标")}, listed
