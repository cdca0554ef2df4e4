"""An imported 监控表 written into the plan's 监控 round at the end of month N (1–N月):
the round is opened if need be, each matched project's entry takes the document's
spending and indicator progress, and the round's checks run again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jixiao.model.plan import DepartmentPlan
from jixiao.monitoring.imported import round_from_plan
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.monitoring.recording import merged_progress, save_progress
from jixiao.web.monitoring.rounds import entries, open_round, progress_of, refresh_round
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.entries import entry_for


def attach_round(
    user: Any, plan: DepartmentPlan, record: PlanRecord, date: dt.date
) -> tuple[MonitoringRoundRecord, int]:
    """The round with the document's progress written in, and how many projects were."""
    round_ = record.monitoring_rounds.filter(monitor_date=date).first()
    if round_ is None:
        round_ = open_round(user, record, date)
    rows = entries(round_)
    written = 0
    for item in round_from_plan(plan, date).projects:
        entry = entry_for(rows, item.code, item.name)
        if entry is None:
            continue  # said in the preview and kept in the document's notes
        save_progress(user, entry, merged_progress(progress_of(entry), item), entry.lock_version)
        written += 1
    refresh_round(round_)
    return round_, written
