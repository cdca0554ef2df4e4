"""A unit's 监控填报 of one project, and the upload of actuals for many projects at once."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.urls import reverse

from jixiao.model.dates import chinese_date
from jixiao.monitoring import MonitoringRound, ProjectMonitoring, ProjectProgress
from jixiao.monitoring.uploads import read_monitoring_upload
from jixiao.web.jobs.models import Job
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.monitoring.rounds import (
    count_lights,
    entries,
    entry_cache,
    entry_result,
    find_round,
    progress_of,
    refresh_round,
)
from jixiao.web.reporting.entries import kept, merged_rows, save_checked, write_upload
from jixiao.web.reporting.uploads import ReportUpload
from jixiao.web.reportstore.queueing import after_commit, queue_round

#: What the unit may not change: the project, the date and the budget.
IDENTITY = ("code", "name", "department", "unit", "monitor_date", "budget_total")


@transaction.atomic
def save_progress(
    user: Any, entry: ProgressRecord, progress: ProjectProgress, version: int
) -> ProjectMonitoring:
    """Save the entry (or raise EditConflict) and return the core's verdict on it."""
    result = save_checked(
        user,
        entry,
        kept(progress_of(entry), progress, IDENTITY),
        version,
        entry_result,
        lambda result: (
            f"填报项目“{entry.project.name}”的监控情况：{result.light.label}",
            entry_cache(result),
        ),
        action="edit_progress",
    )
    count_lights(entry.round)
    after_commit(queue_round, entry.round_id)  # the round's page and dashboards
    return result


@transaction.atomic
def apply_actuals(
    user: Any, round_: MonitoringRoundRecord, upload: MonitoringRound, filename: str
) -> int:
    """Write the uploaded spending of many projects; all or nothing. Returns the count."""

    def problem(entry: ProgressRecord | None, item: ProjectProgress) -> str | None:
        if entry is None:
            return f"{filename}：项目“{item.code or ''} {item.name}”不在本次监控中"
        if item.monitor_date != round_.monitor_date:
            return (
                f"{filename}：项目“{item.name}”的监控日期{chinese_date(item.monitor_date)}"
                f"与本轮{chinese_date(round_.monitor_date)}不同"
            )
        return None

    def write(entry: ProgressRecord, item: ProjectProgress) -> None:
        save_progress(user, entry, merged_progress(progress_of(entry), item), entry.lock_version)

    written = write_upload(entries(round_), upload.projects, problem, write)
    refresh_round(round_)  # an upload is a job already: its round's page is current at once
    return written


INDICATOR_PROGRESS = (
    "value_to_date",
    "expected_value",
    "likelihood",
    "cause",
    "cause_text",
    "measures",
)


def merged_progress(stored: ProjectProgress, item: ProjectProgress) -> ProjectProgress:
    """What an upload changes: the figures it gives; a blank leaves the stored value, and
    indicator rows are matched by 三级指标 (the targets stay the approved ones)."""
    indicators = merged_rows(stored.indicators, item.indicators, set(INDICATOR_PROGRESS))
    update: dict[str, Any] = {"indicators": indicators}
    if item.spent_to_date is not None:
        update["spent_to_date"] = item.spent_to_date
    if item.expected_full_year is not None:
        update["expected_full_year"] = item.expected_full_year
    if item.monthly:
        update["monthly"] = item.monthly
    if item.goal_progress:
        update["goal_progress"] = item.goal_progress
    return stored.model_copy(update=update)


#: 上传实际支出: a round's spending and progress for many projects, as a background job.
ACTUALS_UPLOAD = ReportUpload(
    kind=Job.Kind.MONITORING_UPLOAD,
    what="实际支出",
    report_of=find_round,
    read=read_monitoring_upload,
    apply=apply_actuals,
    page_of=lambda round_: reverse("monitoring_round", args=[round_.pk]),
)
