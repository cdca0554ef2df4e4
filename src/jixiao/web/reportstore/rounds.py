"""Compute a monitoring round's results with the core and store them; read them back.

:func:`store_round` is the only place a round's lights are computed for pages: it writes
:class:`~jixiao.web.reportstore.models.StoredProgress` rows, the round's summary, and the
light and rate columns of the entries and round that lists and the API read, so every page
agrees.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from jixiao.charts.spending import SpendingSeries
from jixiao.monitoring import MonitoringResult, ProjectMonitoring
from jixiao.monitoring.chart_series import department_series
from jixiao.scoring.profile import Light
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.monitoring.rounds import (
    count_lights,
    entries,
    entry_cache,
    progress_of,
    round_report,
)
from jixiao.web.plans.convert import project_to_domain
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.reportstore.exact import decimal_or_none, exact_texts, float_or_none
from jixiao.web.reportstore.models import RoundResult, StoredProgress
from jixiao.web.reportstore.revisions import round_key

EXACT = (
    "budget_total",
    "spent_to_date",
    "execution_rate",
    "time_progress",
    "planned_at_checkpoint",
    "planned_now",
    "forecast_rate",
    "declared_rate",
)


@transaction.atomic
def store_round(round_: MonitoringRoundRecord) -> MonitoringResult:
    """Compute every project's light and store the round's results; returns the report."""
    key = round_key(round_.pk)  # before reading: a later change makes the result stale
    summary, _ = RoundResult.objects.select_for_update().get_or_create(round=round_)
    rows = entries(round_)
    projects = [project_to_domain(entry.project) for entry in rows]
    report = round_report(round_, rows, projects)
    stored = []
    for entry, result in zip(rows, report.projects, strict=True):
        ProgressRecord.objects.filter(pk=entry.pk).update(**entry_cache(result))
        stored.append(_row(round_, entry, result))
    StoredProgress.objects.filter(round=round_).delete()
    StoredProgress.objects.bulk_create(stored, batch_size=500)
    count_lights(round_)
    counts = {light: 0 for light in ("red", "yellow", "green", "unfilled")}
    for result in report.projects:
        counts[result.light.value] += 1
    curve = department_series(
        [
            (progress_of(entry), result, project)
            for entry, result, project in zip(rows, report.projects, projects, strict=True)
        ],
        evaluation_profile(),
    )
    reported = sum(1 for e in rows if progress_of(e).spent_to_date is not None)
    summary.curve = _series_json(curve, reported)
    summary.key = key
    summary.computed_at = timezone.now()
    if summary.queued == key:
        summary.queued = ""
    for light, count in counts.items():
        setattr(summary, light, count)
    summary.save()
    return report


def _row(
    round_: MonitoringRoundRecord, entry: ProgressRecord, result: ProjectMonitoring
) -> StoredProgress:
    return StoredProgress(
        entry=entry,
        round=round_,
        position=entry.project.position,
        code=result.code or "",
        name=result.name,
        light=result.light.value,
        execution_rate=float_or_none(result.execution_rate),
        forecast_rate=float_or_none(result.forecast_rate),
        findings_count=len(result.findings),
        reasons="\n".join(result.reasons),
        checkpoint=result.checkpoint or "",
        exact=exact_texts(result, EXACT),
    )


def _series_json(series: SpendingSeries, reported: int) -> dict[str, Any]:
    """The department curve's points as decimal text, and how many projects reported."""

    def points(items: Any) -> list[list[str]]:
        return [[str(month), str(share)] for month, share in items]

    return {
        "plan": points(series.plan),
        "actual": points(series.actual),
        "forecast": None if series.forecast is None else str(series.forecast),
        "today": None if series.today is None else str(series.today),
        "reported": reported,
    }


def stored_series(curve: dict[str, Any], projects: int) -> SpendingSeries:
    """The department curve as stored, titled as the page shows it."""

    def points(items: list[list[str]]) -> list[tuple[Decimal, Decimal]]:
        return [(Decimal(month), Decimal(share)) for month, share in items]

    return SpendingSeries(
        plan=points(curve.get("plan", [])),
        actual=points(curve.get("actual", [])),
        forecast=decimal_or_none(curve.get("forecast")),
        today=decimal_or_none(curve.get("today")),
        title=f"部门预算执行进度（已填报{curve.get('reported', 0)}/{projects}个项目，按预算加权）",
    )


def stored_report(round_: MonitoringRoundRecord, rows: list[dict[str, Any]]) -> MonitoringResult:
    """The core's report rebuilt from stored rows (without indicator rows and findings),
    for what needs only the projects' figures and lights: the rates chart, the
    department's line."""
    projects = [ProjectMonitoring.model_construct(**_fields(round_, row)) for row in rows]
    return MonitoringResult.model_construct(
        department=round_.plan.department.name,
        year=round_.plan.year,
        monitor_date=round_.monitor_date,
        projects=projects,
    )


def _fields(round_: MonitoringRoundRecord, row: dict[str, Any]) -> dict[str, Any]:
    exact = {name: decimal_or_none(row["exact"].get(name)) for name in EXACT}
    return exact | {
        "code": row["code"] or None,
        "name": row["name"],
        "monitor_date": round_.monitor_date,
        "light": Light(row["light"]),
        "reasons": row["reasons"].splitlines(),
        "checkpoint": row["checkpoint"] or None,
        "indicators": [],
        "findings": [],
    }
