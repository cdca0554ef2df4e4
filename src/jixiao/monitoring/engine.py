"""双监控: spending progress and goal attainment of each project at a monitoring date.

For each project :func:`monitor_project` computes

* 预算执行率 = 1–N月执行数 / 年度预算数;
* the plan's cumulative share at the latest 资金支出计划 checkpoint on or before the date
  (a checkpoint not reached yet cannot be missed) and 序时进度 = elapsed months / 12
  (fractional: 15 July is 6.5 months);
* a forecast of the year-end rate: spent so far plus what the plan still has to spend,
  at the pace of the last ``pace_window_months`` months compared with the plan over the
  same months (the cumulative pace when the monthly series is not known), never faster
  than the plan and never above 100%;
* per indicator, whether the 全年预计完成情况 reaches the 年度指标值 — read with the
  grammar and compared exactly as the year-end scoring does;
* a traffic light: the worst of the spending gaps, the forecast and the indicators,
  with the profile's thresholds, and the reasons in words.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import ROUND_FLOOR, Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.checks import Check, CheckFindings, Finding, Severity
from jixiao.model.money import Amount
from jixiao.model.percent import percent_text, shown_percent
from jixiao.model.plan import DepartmentPlan, Project
from jixiao.monitoring import checks
from jixiao.monitoring.model import IndicatorProgress, Likelihood, MonitoringRound, ProjectProgress
from jixiao.monitoring.spend_curve import SpendCurve, spend_curve
from jixiao.scoring.compare import Unscorable, compare
from jixiao.scoring.profile import (
    EvaluationProfile,
    GapThresholds,
    Light,
    MonitoringSettings,
    ScoringSettings,
)

ZERO = Decimal(0)
ONE = Decimal(1)
TWELVE = Decimal(12)
_SEVERITY = {Light.YELLOW: Severity.WARNING, Light.RED: Severity.ERROR}


class IndicatorOutlook(BaseModel):
    """One indicator's outlook at the monitoring date."""

    model_config = ConfigDict(extra="forbid")

    index: int
    level3: str
    target: str
    value_to_date: str
    expected_value: str
    likelihood: Likelihood | None
    forecast_miss: bool | None = Field(description="预计完不成年度指标值; None = 无法判断")
    light: Light


class ProjectMonitoring(BaseModel):
    """监控结果: one project's spending and goal outlook, its light and warnings."""

    model_config = ConfigDict(extra="forbid")

    code: str | None
    name: str
    monitor_date: dt.date
    budget_total: Amount | None
    spent_to_date: Amount | None
    execution_rate: Amount | None = Field(description="预算执行率 (fraction)")
    time_progress: Amount = Field(description="序时进度 (fraction)")
    checkpoint: str | None = Field(description="对照的支出计划时点, e.g. 6月底")
    planned_at_checkpoint: Amount | None = Field(description="该时点计划累计支出比例")
    planned_now: Amount | None = Field(description="按支出计划推算截至监控日期的比例")
    forecast_rate: Amount | None = Field(description="预计年底执行率 (推算)")
    declared_rate: Amount | None = Field(description="单位填报的全年预计执行率")
    light: Light
    reasons: list[str] = Field(default_factory=list, description="亮灯原因")
    indicators: list[IndicatorOutlook] = Field(default_factory=list)
    findings: CheckFindings = Field(default_factory=list)


class MonitoringResult(BaseModel):
    """一轮监控的结果."""

    model_config = ConfigDict(extra="forbid")

    department: str | None
    year: int | None
    monitor_date: dt.date
    projects: list[ProjectMonitoring]

    def by_light(self) -> dict[Light, list[str]]:
        """Project names per light."""
        out: dict[Light, list[str]] = {light: [] for light in Light}
        for project in self.projects:
            out[project.light].append(project.name)
        return out


def elapsed_months(date: dt.date) -> Decimal:
    """Months elapsed at the end of ``date``: 30 June → 6, 15 July → 6.5 (approximately)."""
    days = calendar.monthrange(date.year, date.month)[1]
    return Decimal(date.month - 1) + Decimal(date.day) / Decimal(days)


def pct(share: Decimal) -> str:
    """A share as a percentage with two decimals: 0.5 → "50.00%"."""
    return percent_text(share, trimmed=False)


def _worse(a: Light, b: Light) -> Light:
    return a if a.rank >= b.rank else b


def _gap_light(gap_points: Decimal, limits: GapThresholds) -> Light:
    if gap_points <= -limits.red:
        return Light.RED
    if gap_points <= -limits.yellow:
        return Light.YELLOW
    return Light.GREEN


def _checkpoint_label(month: int, settings: MonitoringSettings) -> str:
    for label, m in settings.checkpoints.items():
        if m == month:
            return label
    return f"{month}月底"


def forecast_rate(
    rate: Decimal,
    elapsed: Decimal,
    curve: SpendCurve | None,
    monthly: dict[int, Decimal],
    budget: Decimal,
    window: int,
) -> Decimal:
    """Year-end execution rate: spent + the plan's remaining share × the recent pace."""

    def plan(month: Decimal) -> Decimal:
        return curve.at(month) if curve else min(ONE, month / TWELVE)

    remaining = max(ZERO, plan(TWELVE) - plan(elapsed))
    full = int(elapsed.to_integral_value(rounding=ROUND_FLOOR))
    months = range(full - window + 1, full + 1)
    pace: Decimal | None = None
    if full >= window and all(m in monthly for m in months):
        planned = plan(Decimal(full)) - plan(Decimal(full - window))
        if planned > 0:
            pace = sum((monthly[m] for m in months), ZERO) / budget / planned
    if pace is None and plan(elapsed) > 0:
        pace = rate / plan(elapsed)
    pace = ONE if pace is None else min(ONE, max(ZERO, pace))
    return min(ONE, rate + remaining * pace)


def _outlook(
    index: int, item: IndicatorProgress, scoring: ScoringSettings, settings: MonitoringSettings
) -> IndicatorOutlook:
    if not item.reported:
        return IndicatorOutlook(
            index=index,
            level3=item.level3,
            target=item.target,
            value_to_date="",
            expected_value="",
            likelihood=None,
            forecast_miss=None,
            light=Light.UNFILLED,
        )
    miss: bool | None = None
    if item.expected_value.strip():
        result = compare(
            item.level1, item.level2, item.target, item.expected_value, None, scoring, item.level3
        )
        miss = None if isinstance(result, Unscorable) else result.share < 1
    if item.likelihood is Likelihood.IMPOSSIBLE:
        miss = True
    light = Light.GREEN
    if item.likelihood is Likelihood.IMPOSSIBLE:
        light = settings.impossible_indicator_light
    elif miss:
        light = settings.missed_indicator_light
    return IndicatorOutlook(
        index=index,
        level3=item.level3,
        target=item.target,
        value_to_date=item.value_to_date,
        expected_value=item.expected_value,
        likelihood=item.likelihood,
        forecast_miss=miss,
        light=light,
    )


class _Verdict:
    """Collects the light, its reasons and the findings of one project."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.light = Light.GREEN
        self.reasons: list[str] = []
        self.findings: list[Finding] = []

    def raise_to(self, light: Light, reason: str, check: Check) -> None:
        if light is Light.GREEN:
            return
        self.light = _worse(self.light, light)
        self.reasons.append(reason)
        self.findings.append(check.found(reason, project=self.name, severity=_SEVERITY[light]))

    def behind(
        self, rate: Decimal, expected: Decimal, what: str, limits: GapThresholds, check: Check
    ) -> None:
        """Raise the light when ``rate`` lags ``expected`` by the profile's points."""
        gap = (rate - expected) * 100
        self.raise_to(
            _gap_light(gap, limits),
            f"执行率{pct(rate)}，低于{what}{pct(expected)}"
            f"（差{abs(gap).quantize(Decimal('0.01'))}个百分点）。",
            check,
        )

    def note(self, finding: Finding) -> None:
        self.findings.append(finding)


def _spending(
    progress: ProjectProgress,
    budget: Decimal,
    spent: Decimal,
    curve: SpendCurve | None,
    settings: MonitoringSettings,
    verdict: _Verdict,
) -> dict[str, Decimal | str | None]:
    elapsed = elapsed_months(progress.monitor_date)
    time_share = elapsed / TWELVE
    rate = spent / budget
    out: dict[str, Decimal | str | None] = {"execution_rate": rate, "time_progress": time_share}
    if rate > 1:
        verdict.raise_to(
            Light.RED, f"累计支出{spent}万元超过预算数{budget}万元。", checks.OVERSPENT
        )
    if curve is None:
        verdict.note(checks.NO_SPEND_PLAN.found("只与序时进度比较。", project=verdict.name))
    else:
        out["planned_now"] = curve.at(elapsed)
        passed = curve.checkpoint(elapsed)
        if passed is not None:
            month, share = passed
            label = _checkpoint_label(month, settings)
            out["checkpoint"], out["planned_at_checkpoint"] = label, share
            verdict.behind(
                rate, share, f"{label}计划累计支出", settings.plan_gap, checks.BEHIND_PLAN
            )
    verdict.behind(rate, time_share, "序时进度", settings.time_gap, checks.BEHIND_TIME)
    forecast = forecast_rate(
        rate, elapsed, curve, progress.monthly, budget, settings.pace_window_months
    )
    out["forecast_rate"] = forecast
    percent = shown_percent(forecast)  # compared as shown (pct): 79.998% is 80%
    light = Light.GREEN
    if percent < settings.forecast.red:
        light = Light.RED
    elif percent < settings.forecast.yellow:
        light = Light.YELLOW
    verdict.raise_to(
        light, f"按目前支出节奏，预计年底执行率约{pct(forecast)}。", checks.LOW_FORECAST
    )
    if progress.expected_full_year is not None:
        declared = progress.expected_full_year / budget
        out["declared_rate"] = declared
        if declared - forecast >= Decimal("0.2"):
            verdict.note(
                checks.OPTIMISTIC_FORECAST.found(
                    f"填报全年预计执行率{pct(declared)}，按支出节奏推算约{pct(forecast)}。",
                    project=verdict.name,
                )
            )
    return out


def _indicator_findings(
    outlook: IndicatorOutlook, item: IndicatorProgress, verdict: _Verdict
) -> None:
    said = f"年度指标值“{item.target}”，全年预计“{item.expected_value or '未填'}”"

    def found(check: Check, message: str) -> None:
        verdict.note(
            check.found(
                message, project=verdict.name, indicator=item.level3, indicator_index=outlook.index
            )
        )

    if item.likelihood is Likelihood.IMPOSSIBLE:
        verdict.light = _worse(verdict.light, outlook.light)
        verdict.reasons.append(f"指标“{item.level3}”填报完全不可能完成。")
        found(checks.INDICATOR_IMPOSSIBLE, f"{said}。")
    elif outlook.forecast_miss:
        verdict.light = _worse(verdict.light, outlook.light)
        verdict.reasons.append(f"指标“{item.level3}”预计完不成（{said}）。")
        found(checks.INDICATOR_MISS, f"{said}。")
    if outlook.forecast_miss and (item.cause is None or not (item.cause_text or item.measures)):
        found(checks.CAUSE_MISSING, f"{said}，未说明偏差原因或措施。")


def monitor_project(
    progress: ProjectProgress, project: Project | None, profile: EvaluationProfile
) -> ProjectMonitoring:
    """Monitor one project; ``project`` is its 绩效目标表 (for the 资金支出计划), if known."""
    settings = profile.monitoring
    verdict = _Verdict(progress.name)
    budget = progress.budget_total
    if budget is None and project is not None:
        budget = project.budget_total
    curve = None
    if project is not None:
        curve = spend_curve(project.spend_plan, budget, settings.checkpoints)
    figures: dict[str, Decimal | str | None] = {
        "time_progress": elapsed_months(progress.monitor_date) / TWELVE
    }
    spent = progress.spent_to_date
    if not progress.reported:
        verdict.light = Light.UNFILLED  # a round just opened: grey, nothing to judge yet
    elif budget is None or budget <= 0 or spent is None:
        verdict.raise_to(
            Light.YELLOW, "缺少年度预算数或1–N月执行数，无法计算执行率。", checks.DATA_MISSING
        )
    else:
        figures |= _spending(progress, budget, spent, curve, settings, verdict)
    outlooks = []
    for index, item in enumerate(progress.indicators, start=1):
        outlook = _outlook(index, item, profile.scoring, settings)
        outlooks.append(outlook)
        _indicator_findings(outlook, item, verdict)
    return ProjectMonitoring.model_validate(
        {
            "code": progress.code,
            "name": progress.name,
            "monitor_date": progress.monitor_date,
            "budget_total": budget,
            "spent_to_date": spent,
            "checkpoint": None,
            "planned_at_checkpoint": None,
            "planned_now": None,
            "forecast_rate": None,
            "declared_rate": None,
            "execution_rate": None,
            **figures,
            "light": verdict.light,
            "reasons": verdict.reasons,
            "indicators": outlooks,
            "findings": verdict.findings,
        }
    )


def find_project(plan: DepartmentPlan, code: str | None, name: str) -> Project | None:
    """The plan's project with this code, else with this name."""
    if code:
        for project in plan.projects:
            if project.code == code:
                return project
    for project in plan.projects:
        if project.name == name:
            return project
    return None


def monitor_round(
    round_: MonitoringRound, plan: DepartmentPlan | None, profile: EvaluationProfile
) -> MonitoringResult:
    """Monitor every project of a round against the plan's 绩效目标表."""
    results = []
    for progress in round_.projects:
        project = find_project(plan, progress.code, progress.name) if plan else None
        result = monitor_project(progress, project, profile)
        if plan is not None and project is None:
            result.findings.append(
                checks.NOT_IN_PLAN.found(
                    f"项目编码“{progress.code or ''}”、名称“{progress.name}”。",
                    project=progress.name,
                )
            )
        results.append(result)
    return MonitoringResult(
        department=round_.department or (plan.department if plan else None),
        year=round_.year or (plan.year if plan else None),
        monitor_date=round_.monitor_date,
        projects=results,
    )
