"""部门整体自评: seed 000's real department targets, figures, projects, scored by the profile."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.department import (
    DepartmentEvaluation,
    DepartmentFigures,
    ProjectResult,
    TargetResult,
    load_department_profile,
    measure_value,
    score_department,
)
from jixiao.department.form import read_department_form, write_department_form
from jixiao.department.scoring import JudgedScore
from jixiao.importers.api import import_file
from jixiao.scoring.profile import load_evaluation_profile
from tests.conftest import seed_path

PROFILE = load_department_profile()
SETTINGS = load_evaluation_profile()
FIGURES = DepartmentFigures(
    budget_initial=Decimal(1000),
    budget_final=Decimal(1100),
    spent=Decimal(1045),
    carryover=Decimal(55),
    sangong=Decimal("9.5"),
    sangong_last_year=Decimal(10),
    procurement_budget=Decimal(200),
    procurement_actual=Decimal(190),
    public_funds_budget=Decimal(80),
    public_funds_actual=Decimal(84),
)


def _evaluation() -> DepartmentEvaluation:
    plan = import_file(seed_path("000_6fea33418e000787"))
    targets = [t for goal in plan.sub_goals for t in goal.targets]
    # What the department achieved: every satisfaction target met, 节能统计 short at 81%.
    actuals = {"节能统计覆盖率": "81%"}
    return DepartmentEvaluation(
        department=plan.department or "",
        year=2021,
        figures=FIGURES,
        targets=[
            TargetResult(subject=t.subject, target=t.value, actual=actuals.get(t.subject, "92%"))
            for t in targets
        ],
        projects=[
            ProjectResult(name="甲", budget=Decimal(300), total=Decimal(95)),
            ProjectResult(name="乙", budget=Decimal(100), total=Decimal(75)),
        ],
        satisfaction=[Decimal("92.31"), Decimal("88.00")],
        judged={"management": JudgedScore(points=Decimal(9), comment="制度健全")},
    )


def test_ratios_follow_their_formulas() -> None:
    assert measure_value("execution_rate", FIGURES) == Decimal(1045) / Decimal(1100)
    assert measure_value("adjustment_rate", FIGURES) == Decimal("0.1")
    assert measure_value("sangong_change", FIGURES) == Decimal("-0.05")
    assert measure_value("execution_rate", DepartmentFigures()) is None


def test_worked_example_leaf_by_leaf() -> None:
    result = score_department(_evaluation(), PROFILE, SETTINGS)
    scores = {i.id: i.score for i in result.indicators}
    assert scores["sangong_change"] == Decimal(5)  # fell 5%: at or below 0 → full
    # 预算调整率 10%: at_most 5% → 0 at 30%: 5 × (0.30 − 0.10) / 0.25 = 4.
    assert scores["adjustment"] == Decimal(4)
    assert scores["execution"] == Decimal("9.50")  # 10 × 95%
    assert scores["carryover"] == Decimal(5)  # 5% ≤ 5%
    assert scores["procurement"] == Decimal("4.75")  # 5 × 95%
    assert scores["public_funds"] == Decimal("3.75")  # 105%: 5 × (1.2 − 1.05) / 0.2
    assert scores["management"] == Decimal(9)
    # Five targets of "90%以上": four met, 节能统计覆盖率 81/90 = 0.9 → mean 0.98 → 19.6.
    assert scores["targets"] == Decimal("19.60")
    # (95 × 300 + 75 × 100) / 400 = 90 → 15 × 0.9.
    assert scores["projects"] == Decimal("13.50")
    # Mean rate 90.155% against 90% → full.
    assert scores["satisfaction"] == Decimal(10)
    assert scores["benefits"] is None
    assert not result.complete and result.grade is None
    assert result.total == Decimal("84.10")


def test_grade_once_every_leaf_is_scored() -> None:
    evaluation = _evaluation()
    evaluation.judged["benefits"] = JudgedScore(points=Decimal(8))
    result = score_department(evaluation, PROFILE, SETTINGS)
    assert result.complete and result.total == Decimal("92.10") and result.grade == "优"
    assert result.by_level()["过程"] == Decimal("32.00")


def test_missing_figures_are_unfilled_not_zero() -> None:
    evaluation = DepartmentEvaluation(department="某部门", year=2024)
    result = score_department(evaluation, PROFILE, SETTINGS)
    assert all(i.score is None for i in result.indicators)
    assert result.total == 0 and result.grade is None
    execution = next(i for i in result.indicators if i.id == "execution")
    assert execution.note.startswith("缺少计算所需数据")


@given(
    st.decimals(min_value=1, max_value=10_000, places=2),
    st.decimals(min_value=0, max_value=20_000, places=2),
    st.decimals(min_value=0, max_value=100, places=2),
)
def test_scores_stay_within_weights(budget: Decimal, spent: Decimal, total: Decimal) -> None:
    evaluation = DepartmentEvaluation(
        department="某部门",
        year=2024,
        figures=DepartmentFigures(
            budget_initial=budget, budget_final=budget, spent=spent, carryover=spent / 3
        ),
        projects=[ProjectResult(name="甲", budget=budget, total=total)],
    )
    result = score_department(evaluation, PROFILE, SETTINGS)
    for indicator in result.indicators:
        assert indicator.score is None or 0 <= indicator.score <= indicator.weight
    assert 0 <= result.total <= 100


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_the_form_round_trips(fmt: str, tmp_path: Path) -> None:
    evaluation = _evaluation()
    path = tmp_path / f"部门整体自评表.{fmt}"
    [written] = write_department_form([evaluation], path, PROFILE, SETTINGS)
    [back] = read_department_form(path, PROFILE)
    assert back == evaluation
    assert score_department(back, PROFILE, SETTINGS) == written


def test_an_indicators_grade_band_is_its_share_of_the_weight_on_the_profiles_bands() -> None:
    """The bands are the profile's (优 ≥90, 良 ≥80, 中 ≥60): a chart asks, never decides."""
    profile = load_department_profile()
    assert profile.grade_of_share(Decimal(18), Decimal(20)) == "优"
    assert profile.grade_of_share(Decimal("8.5"), Decimal(10)) == "良"
    assert profile.grade_of_share(Decimal(7), Decimal(10)) == "中"
    assert profile.grade_of_share(Decimal("5.9"), Decimal(10)) == "差"
    raised = tuple(g.model_copy(update={"min_score": g.min_score + 5}) for g in profile.grades)
    stricter = profile.model_copy(update={"grades": raised})
    assert stricter.grade_of_share(Decimal(18), Decimal(20)) == "良"
