"""Another template's 监控表, imported as text, becomes a monitoring round."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from jixiao.importers.api import import_file
from jixiao.monitoring import monitor_round
from jixiao.monitoring.imported import round_date, round_from_plan
from jixiao.scoring.profile import load_evaluation_profile

DOCUMENT = (
    Path(__file__).resolve().parents[1]
    / "fixtures/corpus/monitoring/hubei_huangshi-wenwuju-shenyi-jiankong_2019.txt"
)


def test_a_hubei_half_year_monitoring_table_is_a_round_at_june_30() -> None:
    plan = import_file(DOCUMENT)
    assert plan.kind == "monitoring" and plan.year == 2019
    (project,) = plan.projects
    assert (project.budget_initial, project.spent, project.through_month) == (
        Decimal(220),
        Decimal("87.57"),
        6,
    )
    date = round_date(plan)
    assert date == dt.date(2019, 6, 30)
    round_ = round_from_plan(plan, date)
    assert round_.projects[0].spent_to_date == Decimal("87.57")
    report = monitor_round(round_, plan, load_evaluation_profile())
    assert report.projects[0].execution_rate == Decimal("87.57") / Decimal(220)


def test_a_given_date_wins() -> None:
    plan = import_file(DOCUMENT)
    assert round_date(plan, dt.date(2019, 7, 31)) == dt.date(2019, 7, 31)
