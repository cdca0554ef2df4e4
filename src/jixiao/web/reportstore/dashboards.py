"""What the 监控 and 自评 dashboards read: the stored results of many reports at once.

Each report's inputs are checked in one grouped query for all of them; a report whose
stored results are out of date is queued for recomputation (and counted, so the page can
say so). The lists are cut in SQL: the most off-track projects, the strongest advice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, F, FloatField, Max, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.orgs.access import visible_plans
from jixiao.web.orgs.models import Membership
from jixiao.web.reportstore.models import EvaluationResult, RoundResult, StoredProgress, StoredScore
from jixiao.web.reportstore.queueing import queue_evaluation, queue_round
from jixiao.web.reportstore.revisions import EVALUATION_PARTS, ROUND_PARTS, key_of

LIGHTS = ("red", "yellow", "green", "unfilled")
# what the dashboards show of a report and its plan: not the plan's large JSON columns
PLAN_SHOWN = ("plan__year", "plan__department__name", "plan__department__code")
ROUND_SHOWN = ("monitor_date", "status", *PLAN_SHOWN)
EVALUATION_SHOWN = ("status", *PLAN_SHOWN)


@dataclass(frozen=True)
class Reports:
    """The reports a dashboard shows, their stored results brought up to date where the
    queue ran at once, and how many are still being recomputed."""

    reports: list[Any]
    recomputing: int
    state: str  # names all a dashboard shows of them: the key of its cached fragments


def latest_rounds(member: Membership | None) -> Reports:
    """The latest round of every visible plan, with its stored counts per light (set on
    the round's own count columns), the most off-track first."""
    latest = MonitoringRoundRecord.objects.filter(plan=OuterRef("plan")).order_by("-monitor_date")
    rounds = list(
        MonitoringRoundRecord.objects.filter(plan__in=visible_plans(member))
        .filter(pk=Subquery(latest.values("pk")[:1]))
        .select_related("plan__department")
        .only(*ROUND_SHOWN)
    )
    revision = MonitoringRoundRecord.objects.annotate(
        n=Count("entries"), edits=Sum("entries__lock_version")
    ).annotate(last=Max("entries__id"), targets=Sum("entries__project__lock_version"))
    keys = _keys(revision, rounds, ROUND_PARTS)
    summaries = _summaries(RoundResult.objects.defer("curve"), "round", rounds, keys, queue_round)
    for round_ in rounds:
        summary = summaries.get(round_.pk)
        for light in LIGHTS:
            setattr(round_, light, getattr(summary, light) if summary else 0)
    rounds.sort(key=lambda r: (-r.red, -r.yellow, r.plan.department.name))
    stale = sum(1 for r in rounds if getattr(summaries.get(r.pk), "key", None) != keys[r.pk])
    return Reports(rounds, stale, _state(rounds, summaries))


def off_track(rounds: Sequence[MonitoringRoundRecord], limit: int) -> list[dict[str, Any]]:
    """The red and yellow projects of these rounds: red first, the least spent first."""
    found = StoredProgress.objects.filter(
        round__in=[r.pk for r in rounds], light__in=("red", "yellow")
    ).order_by(
        "light",  # "red" sorts before "yellow"
        Coalesce("execution_rate", Value(0.0), output_field=FloatField()),
        "round_id",
        "position",
    )
    return [
        dict(row)
        for row in found.values(
            "entry_id",
            "light",
            "name",
            "execution_rate",
            "forecast_rate",
            department=F("round__plan__department__name"),
        )[:limit]
    ]


def visible_evaluations(member: Membership | None) -> Reports:
    """Every visible self-evaluation, with its stored average (set on its own column)."""
    evaluations = list(
        SelfEvaluationRecord.objects.filter(plan__in=visible_plans(member))
        .select_related("plan__department")
        .only(*EVALUATION_SHOWN)
    )
    revision = SelfEvaluationRecord.objects.annotate(
        n=Count("entries"), edits=Sum("entries__lock_version"), last=Max("entries__id")
    )
    keys = _keys(revision, evaluations, EVALUATION_PARTS)
    summaries = _summaries(
        EvaluationResult.objects.all(), "evaluation", evaluations, keys, queue_evaluation
    )
    for evaluation in evaluations:
        summary = summaries.get(evaluation.pk)
        evaluation.average = summary.average if summary else None
    stale = sum(1 for e in evaluations if getattr(summaries.get(e.pk), "key", None) != keys[e.pk])
    return Reports(evaluations, stale, _state(evaluations, summaries))


def grade_counts(evaluations: Sequence[SelfEvaluationRecord]) -> dict[int, dict[str, int]]:
    """Projects per grade (filled-in ones), per self-evaluation, counted by the database."""
    counts: dict[int, dict[str, int]] = {e.pk: {} for e in evaluations}
    grouped = (
        StoredScore.objects.filter(evaluation__in=[e.pk for e in evaluations], blank=False)
        .values("evaluation_id", "grade")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in grouped:
        counts[row["evaluation_id"]][row["grade"]] = row["n"]
    return counts


ADVICE_COLUMNS = ("evaluation_id", "name", "code", "grade", "treatment", "advice_reasons", "exact")


def strongest_advice(
    evaluations: Sequence[SelfEvaluationRecord], limit: int
) -> tuple[list[dict[str, Any]], int]:
    """The budget office's lines of these self-evaluations, strongest treatment first then
    the lowest score (the first ``limit``), and how many there are in all."""
    found = StoredScore.objects.filter(evaluation__in=[e.pk for e in evaluations], strength__gt=0)
    ordered = found.order_by("-strength", "total", "evaluation_id", "position")
    return list(ordered.values(*ADVICE_COLUMNS)[:limit]), found.count()


def _keys(revision: Any, reports: Sequence[Any], parts: Sequence[str]) -> dict[int, str]:
    """Each report's key now, from one grouped query over all of them."""
    rows = revision.filter(pk__in=[r.pk for r in reports]).order_by().values_list("pk", *parts)
    return {row[0]: key_of(row[1:]) for row in rows}


def _summaries(
    stored: QuerySet[Any],
    owner: str,
    reports: Sequence[Any],
    keys: dict[int, str],
    queue: Callable[[int, str], None],
) -> dict[int, Any]:
    """The stored summaries; those out of date are queued, and read again if any was."""

    def read() -> dict[int, Any]:
        found = stored.filter(**{f"{owner}_id__in": list(keys)})
        return {getattr(s, f"{owner}_id"): s for s in found}

    summaries = read()
    stale = [r.pk for r in reports if getattr(summaries.get(r.pk), "key", None) != keys[r.pk]]
    for pk in stale:
        queue(pk, keys[pk])
    return read() if stale else summaries


def _state(reports: Sequence[Any], summaries: dict[int, Any]) -> str:
    """Every shown field of the reports and which stored computation each shows."""
    parts = []
    for report in reports:
        summary = summaries.get(report.pk)
        stamp = summary.computed_at.isoformat() if summary and summary.computed_at else ""
        plan = report.plan
        shown = (report.pk, report.status, plan.pk, plan.year, plan.department.name)
        parts.append(f"{shown!r}:{getattr(report, 'monitor_date', '')}:{stamp}")
    return hashlib.blake2b("|".join(parts).encode(), digest_size=20).hexdigest()
