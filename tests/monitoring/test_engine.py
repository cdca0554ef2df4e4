"""双监控 on an example year built from seed 003: the projects a reader would flag."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from jixiao.evaluation import Light, load_evaluation_profile
from jixiao.model import DepartmentPlan
from jixiao.monitoring import (
    MonitoringRound,
    ProjectProgress,
    elapsed_months,
    forecast_rate,
    monitor_project,
    monitor_round,
    spend_curve,
)

D = Decimal
PROFILE = load_evaluation_profile()
CHECKPOINTS = PROFILE.monitoring.checkpoints


def test_the_example_round_lights(plan_003: DepartmentPlan, example_round: MonitoringRound) -> None:
    report = monitor_round(example_round, plan_003, PROFILE)
    lights = report.by_light()
    assert sorted(lights[Light.RED]) == sorted(
        [
            "2024年公务用车管理专项经费",  # 17.9% spent against 50% planned by 6月底
            "市留置中心联勤保障经费-2",  # plan: 100% by 6月底; 55% spent
            "后勤中心运行费2024",  # 23.7% against 50%
            "公车中心运行费2024",  # money on track, an indicator 完全不可能
        ]
    )
    assert sorted(lights[Light.YELLOW]) == sorted(
        [
            "2024年市级政府公物仓建设",  # 39.5% against 50%, catching up lately
            "保障中心运行费2024",  # money on track, satisfaction expected 85% < 90%
        ]
    )
    assert len(lights[Light.GREEN]) == 8
    assert report.department == "张家口市机关事务管理局" and report.year == 2024


def test_figures_of_a_late_project(
    plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    report = monitor_round(example_round, plan_003, PROFILE)
    cars = next(p for p in report.projects if p.name == "2024年公务用车管理专项经费")
    assert cars.budget_total == D("22.35")  # taken from the plan
    assert round(cars.execution_rate or 0, 4) == D("0.1790")
    assert (cars.checkpoint, cars.planned_at_checkpoint) == ("6月底", D("0.5"))
    assert round(cars.time_progress, 4) == D("0.5833")
    checks = [f.check for f in cars.findings]
    assert checks[:3] == ["P101", "P102", "P103"]
    assert all(f.severity == "error" for f in cars.findings[:3])
    assert "P109" in checks  # declared 20万元 of 22.35 at this pace is optimistic


def test_the_recent_pace_lifts_the_forecast(
    plan_003: DepartmentPlan, example_round: MonitoringRound
) -> None:
    report = monitor_round(example_round, plan_003, PROFILE)
    depot = next(p for p in report.projects if p.name == "2024年市级政府公物仓建设")
    # Cumulative pace alone: 39.49% / 56.25% ≈ 70%. The last three months ran ahead of the
    # plan, so the remaining 43.75% is expected in full: 39.49% + 43.75%.
    assert round(depot.forecast_rate or 0, 4) == D("0.8324")
    without_series = example_round.projects[3].model_copy(update={"monthly": {}})
    alone = monitor_project(without_series, plan_003.projects[3], PROFILE)
    assert round(alone.forecast_rate or 0, 2) == D("0.70")
    assert alone.light is Light.YELLOW


def test_unknown_projects_and_missing_figures_are_reported(plan_003: DepartmentPlan) -> None:
    round_ = MonitoringRound(
        monitor_date=dt.date(2024, 7, 31),
        projects=[  # something reported, but no budget to compare it with
            ProjectProgress(
                name="不存在的项目", monitor_date=dt.date(2024, 7, 31), spent_to_date=D(5)
            )
        ],
    )
    result = monitor_round(round_, plan_003, PROFILE).projects[0]
    assert [f.check for f in result.findings] == ["P107", "P111"]
    assert result.light is Light.YELLOW and result.execution_rate is None


def test_no_spend_plan_compares_with_time_only() -> None:
    progress = ProjectProgress(
        name="x", monitor_date=dt.date(2024, 6, 30), budget_total=D(100), spent_to_date=D(20)
    )
    result = monitor_project(progress, None, PROFILE)
    assert result.checkpoint is None and result.time_progress == D("0.5")
    assert [f.check for f in result.findings][:2] == ["P108", "P102"]
    assert result.light is Light.RED  # 30 points behind 序时进度


def test_elapsed_months() -> None:
    assert elapsed_months(dt.date(2024, 6, 30)) == 6
    assert elapsed_months(dt.date(2024, 12, 31)) == 12
    assert elapsed_months(dt.date(2024, 2, 29)) == 2  # leap year
    assert round(elapsed_months(dt.date(2024, 7, 16)), 2) == D("6.52")


def test_spend_plan_readings() -> None:
    # Seed 000 project 1: empty leading cells run straight from 0 to 75% at 10月底.
    late = spend_curve(
        {"3月底": None, "6月底": None, "10月底": D(75), "12月底": D(100)}, D("5.91"), CHECKPOINTS
    )
    assert late is not None and late.at(D(6)) == D("0.45") and late.checkpoint(D(7)) is None
    # Seed 002 project 7: everything by 3月底.
    early = spend_curve({"3月底": D(100), "6月底": None}, D(12), CHECKPOINTS)
    assert early is not None and early.at(D(7)) == 1
    # Seed 002 project 1: no 12月底 figure, the plan ends at 100%.
    open_end = spend_curve({"3月底": D(20), "6月底": D(50), "10月底": D(75)}, D(2), CHECKPOINTS)
    assert open_end is not None and open_end.at(D(12)) == 1 and open_end.at(D(11)) == D("0.875")
    # Fractions, amounts, a decreasing figure, an "N月" label.
    assert spend_curve({"6月底": D("0.5")}, D(80), CHECKPOINTS).at(D(6)) == D("0.5")  # type: ignore[union-attr]
    amounts = spend_curve({"6月底": D(40), "12月底": D(80)}, D(80), CHECKPOINTS)
    assert amounts is not None and amounts.at(D(6)) == D("0.5")
    dip = spend_curve({"3月底": D(50), "6月底": D(40)}, D(10), CHECKPOINTS)
    assert dip is not None and dip.at(D(6)) == D("0.5")
    assert spend_curve({"7月": D(60)}, D(10), CHECKPOINTS).checkpoint(D(8)) == (7, D("0.6"))  # type: ignore[union-attr]
    assert spend_curve({"3月底": None}, D(10), CHECKPOINTS) is None


figures = st.decimals(min_value=0, max_value=150, places=1)


@given(
    plan=st.lists(st.one_of(st.none(), figures), min_size=4, max_size=4),
    rate=st.decimals(min_value=0, max_value=1, places=3),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    monthly=st.dictionaries(st.integers(1, 12), st.decimals(min_value=0, max_value=50, places=1)),
)
def test_curve_and_forecast_stay_in_bounds(
    plan: list[Decimal | None], rate: Decimal, month: int, day: int, monthly: dict[int, Decimal]
) -> None:
    curve = spend_curve(dict(zip(CHECKPOINTS, plan, strict=True)), D(100), CHECKPOINTS)
    elapsed = elapsed_months(dt.date(2024, month, day))
    if curve is not None:
        shares = [curve.at(D(m)) for m in range(13)]
        assert all(0 <= s <= 1 for s in shares)
        assert shares == sorted(shares)  # cumulative: never decreasing
    forecast = forecast_rate(rate, elapsed, curve, monthly, D(100), 3)
    assert rate <= forecast <= 1


def test_months_are_1_to_12() -> None:
    with pytest.raises(ValidationError, match="月份应为1–12，不是13"):
        ProjectProgress(name="x", monitor_date=dt.date(2024, 6, 30), monthly={13: D(1)})


def _prefilled(project_name: str, plan: DepartmentPlan) -> ProjectProgress:
    """A project as a round just opened has it: budget and targets, nothing reported."""
    project = next(p for p in plan.projects if p.name == project_name)
    return ProjectProgress.model_validate(
        {
            "name": project.name,
            "code": project.code,
            "monitor_date": "2024-07-31",
            "budget_total": project.budget_total,
            "indicators": [
                {"level1": i.level1, "level2": i.level2, "level3": i.level3, "target": i.value}
                for i in project.indicators
            ],
        }
    )


def test_nothing_reported_is_unfilled_grey_not_yellow_or_green(plan_003: DepartmentPlan) -> None:
    name = plan_003.projects[0].name
    result = monitor_project(_prefilled(name, plan_003), plan_003.projects[0], PROFILE)
    assert result.light is Light.UNFILLED and result.light.label == "未填报"
    assert result.findings == [] and result.reasons == []
    assert result.indicators and {o.light for o in result.indicators} == {Light.UNFILLED}


def test_an_indicator_without_data_stays_unfilled_beside_reported_spending(
    plan_003: DepartmentPlan,
) -> None:
    project = plan_003.projects[0]
    progress = _prefilled(project.name, plan_003)
    assert project.budget_total is not None and len(progress.indicators) >= 2
    progress.spent_to_date = project.budget_total  # all spent: money on track
    progress.indicators[0].expected_value = progress.indicators[0].target  # will be met
    result = monitor_project(progress, project, PROFILE)
    lights = [o.light for o in result.indicators]
    assert lights[0] is Light.GREEN
    assert set(lights[1:]) == {Light.UNFILLED}
    # the unfilled indicators neither raise nor lower the project's light
    assert result.light is not Light.UNFILLED
    only_money = monitor_project(progress.model_copy(update={"indicators": []}), project, PROFILE)
    assert result.light is only_money.light


def test_a_project_missing_only_its_spending_is_still_flagged(plan_003: DepartmentPlan) -> None:
    project = plan_003.projects[0]
    progress = _prefilled(project.name, plan_003)
    progress.indicators[0].value_to_date = "已完成一半"
    result = monitor_project(progress, project, PROFILE)
    assert result.light is Light.YELLOW  # something reported, the figures missing (P110)
