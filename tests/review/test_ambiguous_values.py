"""A 指标值 whose comma groups no thousands ('≤1,5万元') is read as no number by the
grammar (neither 1 nor 15), and the review says the value is not a target it can score
(M103), with the text as written; the same value with a decimal point is a target."""

from __future__ import annotations

from jixiao.model.plan import DepartmentPlan, Indicator, Project
from jixiao.review import review_plan


def _findings(value: str) -> list[tuple[str, str]]:
    rows = [
        Indicator(level1="产出指标", level2="成本指标", level3="设备维护成本", value=value),
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
