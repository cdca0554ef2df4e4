"""部门整体运行监控 on the example round of seed 003 (31 July 2024)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jixiao.department import load_department_profile
from jixiao.department.monitoring import TargetProgress, monitor_department
from jixiao.importers.api import import_file
from jixiao.monitoring import MonitoringRound, monitor_round
from jixiao.monitoring.engine import MonitoringResult
from jixiao.scoring.profile import Light, load_evaluation_profile
from tests.conftest import seed_path
from tests.monitoring.conftest import ROUND_FILE, SEED

PROFILE = load_evaluation_profile()
DEPARTMENT = load_department_profile()
DATE = dt.date(2024, 7, 31)


def _projects() -> MonitoringResult:
    plan = import_file(seed_path(SEED))
    round_ = MonitoringRound.model_validate_json(ROUND_FILE.read_text(encoding="utf-8"))
    return monitor_round(round_, plan, PROFILE)


def test_on_track_department_with_its_projects_lights_counted() -> None:
    report = _projects()
    result = monitor_department(
        "张家口市机关事务管理局",
        DATE,
        Decimal(3000),
        Decimal(1900),
        [],
        report,
        PROFILE,
        DEPARTMENT,
    )
    # 7 months of 12 elapsed; 63.33% spent: ahead of 序时进度 58.33%.
    assert result.time_progress == Decimal(7) / 12
    assert result.project_lights == {"绿灯": 8, "黄灯": 2, "红灯": 4, "未填报": 0}
    red = sum(p.budget_total or 0 for p in report.projects if p.light is Light.RED)
    total = sum(p.budget_total or 0 for p in report.projects)
    assert result.red_budget_share == red / total
    # 4 red projects hold 22.8% of the project budget: under the 30% that lights the
    # department; spending ahead of time: green, no reasons.
    assert Decimal("0.22") < red / total < Decimal("0.23")
    assert (result.light, result.reasons) == (Light.GREEN, ())


def test_lagging_spending_and_targets_explain_the_light() -> None:
    targets = [
        TargetProgress(subject="各部门满意率", target="90%以上", expected="85%"),
        TargetProgress(subject="节能检查覆盖率", target="达90%以上", likelihood="完全不可能"),
        TargetProgress(subject="公务用车保障", target="100%", expected="100%"),
    ]
    result = monitor_department(
        "某局", DATE, Decimal(1000), Decimal(200), targets, None, PROFILE, DEPARTMENT
    )
    assert result.light is Light.RED
    assert result.reasons[0] == "部门预算执行率20.00%，低于序时进度58.33%"
    assert result.targets_off_track == ("各部门满意率", "节能检查覆盖率")
    assert result.project_lights == {"绿灯": 0, "黄灯": 0, "红灯": 0, "未填报": 0}
