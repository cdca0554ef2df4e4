"""部门整体运行监控: the department's spending against 序时进度, its goals' targets, and its
projects' lights, in one round.

The department's light is the worst of: spending behind 序时进度 (the profile's time-gap
thresholds, as for projects), a target reported 完全不可能 (red) or expected short of its
value (the profile's missed-indicator light), and a red share of the project budget.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from jixiao.department.profile import DepartmentProfile

# The projects' own gap rule, so a department and its projects light up alike.
from jixiao.monitoring.engine import MonitoringResult, elapsed_months, pct
from jixiao.monitoring.engine import _gap_light as gap_light
from jixiao.scoring.compare import Comparison, compare
from jixiao.scoring.profile import EvaluationProfile, Light

IMPOSSIBLE = "完全不可能"


class TargetProgress(BaseModel):
    """One target of the department's goals at the monitoring date."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    subject: str
    target: str = Field(description="目标值 as written")
    to_date: str = Field(default="", description="截至监控日完成情况")
    expected: str = Field(default="", description="全年预计完成值")
    likelihood: str = Field(default="", description="完成目标可能性：确定能 / 有可能 / 完全不可能")
    cause: str = Field(default="", description="偏差原因")


class DepartmentRound(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    department: str
    monitor_date: dt.date
    budget: Decimal | None
    spent_to_date: Decimal | None
    execution_rate: Decimal | None
    time_progress: Decimal
    light: Light
    reasons: tuple[str, ...]
    targets_off_track: tuple[str, ...]
    project_lights: dict[str, int] = Field(description="项目亮灯数, keyed 绿灯/黄灯/红灯/未填报")
    red_budget_share: Decimal | None = Field(description="红灯项目预算占比")


def _worse(a: Light, b: Light) -> Light:
    return a if a.rank >= b.rank else b


def _target_light(target: TargetProgress, profile: EvaluationProfile) -> tuple[Light, str] | None:
    settings = profile.monitoring
    if target.likelihood.strip() == IMPOSSIBLE:
        return settings.impossible_indicator_light, f"目标“{target.subject}”填报{IMPOSSIBLE}完成"
    if not target.expected.strip():
        return None
    result = compare("产出指标", "", target.target, target.expected, None, profile.scoring)
    if isinstance(result, Comparison) and result.met is False:
        return (
            settings.missed_indicator_light,
            f"目标“{target.subject}”全年预计{target.expected}，未达到{target.target}",
        )
    return None


def monitor_department(
    department: str,
    monitor_date: dt.date,
    budget: Decimal | None,
    spent_to_date: Decimal | None,
    targets: list[TargetProgress],
    projects: MonitoringResult | None,
    profile: EvaluationProfile,
    department_profile: DepartmentProfile,
) -> DepartmentRound:
    """The department's round: one light with every reason behind it."""
    time_share = elapsed_months(monitor_date) / 12
    light, reasons = Light.GREEN, []
    rate = spent_to_date / budget if budget and spent_to_date is not None else None
    if rate is not None:
        gap = (rate - time_share) * 100
        spending = gap_light(gap, profile.monitoring.time_gap)
        if spending is not Light.GREEN:
            reasons.append(f"部门预算执行率{pct(rate)}，低于序时进度{pct(time_share)}")
        light = _worse(light, spending)
    off_track = []
    for target in targets:
        verdict = _target_light(target, profile)
        if verdict is not None:
            light = _worse(light, verdict[0])
            reasons.append(verdict[1])
            off_track.append(target.subject)
    counts = {lamp.label: 0 for lamp in Light}
    red_share = None
    if projects is not None and projects.projects:
        for project in projects.projects:
            counts[project.light.label] += 1
        total = sum((p.budget_total or Decimal(0) for p in projects.projects), Decimal(0))
        red = sum(
            (p.budget_total or Decimal(0) for p in projects.projects if p.light is Light.RED),
            Decimal(0),
        )
        red_share = red / total if total else None
        if red_share is not None and red_share >= department_profile.monitoring.red_budget_share:
            light = _worse(light, Light.YELLOW)
            reasons.append(f"红灯项目预算占部门项目预算的{pct(red_share)}")
    return DepartmentRound(
        department=department,
        monitor_date=monitor_date,
        budget=budget,
        spent_to_date=spent_to_date,
        execution_rate=rate,
        time_progress=time_share,
        light=light,
        reasons=tuple(reasons),
        targets_off_track=tuple(off_track),
        project_lights=counts,
        red_budget_share=red_share,
    )
