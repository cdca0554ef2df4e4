"""What the 监控 and 自评 dashboards read: the stored results of many reports at once.

Each report's inputs are checked in one grouped query for all of them; a report whose
stored results are out of date is queued for recomputation (and counted, so the page can
say so). The lists are cut in SQL: the most off-track projects, the strongest advice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.db.models import Count, F, FloatField, Max, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from jixiao.textnorm.natural import natural_key
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


@dataclass
class Reports:
    """The reports a dashboard shows: their state (which reports, their status, which
    computation of their results: the key of the page's cached fragments) and how many
    are still being recomputed, read in one query; the records themselves, with their
    stored figures, only when the page is not in the cache."""

    load: Callable[[], list[Any]]
    recomputing: int
    state: str

    @cached_property
    def reports(self) -> list[Any]:
        return self.load()


# a stamp row: the report, what is shown of it, its stored result's key and time, then
# the parts of its inputs' revision (ROUND_PARTS / EVALUATION_PARTS)
_STAMP = ("pk", "status", "plan_id", "plan__year", "plan__department__name")
_STORED = ("stored_result__key", "stored_result__computed_at")
_KEY, _COMPUTED, _PARTS = len(_STAMP), len(_STAMP) + 1, len(_STAMP) + 2


def latest_rounds(member: Membership | None) -> Reports:
    """The latest round of every visible plan; loaded, with its stored counts per light
    (set on the round's own count columns), the most off-track first."""
    latest = MonitoringRoundRecord.objects.filter(plan=OuterRef("plan")).order_by("-monitor_date")
    shown = MonitoringRoundRecord.objects.filter(plan__in=visible_plans(member)).filter(
        pk=Subquery(latest.values("pk")[:1])
    )
    revision = shown.annotate(n=Count("entries"), edits=Sum("entries__lock_version")).annotate(
        last=Max("entries__id"), targets=Sum("entries__project__lock_version")
    )
    stamps = revision.values_list(*_STAMP, *_STORED, *ROUND_PARTS, "monitor_date")

    def load() -> list[MonitoringRoundRecord]:
        rounds = list(shown.select_related("plan__department").only(*ROUND_SHOWN))
        stored = RoundResult.objects.filter(round_id__in=[r.pk for r in rounds])
        counts = {row[0]: row[1:] for row in stored.values_list("round_id", *LIGHTS)}
        for round_ in rounds:
            for light, count in zip(LIGHTS, counts.get(round_.pk, (0,) * len(LIGHTS)), strict=True):
                setattr(round_, light, count)
        rounds.sort(key=lambda r: (-r.red, -r.yellow, natural_key(r.plan.department.name)))
        return rounds

    return _reports(stamps, len(ROUND_PARTS), queue_round, load)


def visible_evaluations(member: Membership | None) -> Reports:
    """Every visible self-evaluation; loaded, with its stored average (set on its own
    column)."""
    shown = SelfEvaluationRecord.objects.filter(plan__in=visible_plans(member))
    revision = shown.annotate(
        n=Count("entries"), edits=Sum("entries__lock_version"), last=Max("entries__id")
    )
    stamps = revision.values_list(*_STAMP, *_STORED, *EVALUATION_PARTS)

    def load() -> list[SelfEvaluationRecord]:
        evaluations = list(shown.select_related("plan__department").only(*EVALUATION_SHOWN))
        stored = EvaluationResult.objects.filter(evaluation_id__in=[e.pk for e in evaluations])
        averages = dict(stored.values_list("evaluation_id", "average"))
        for evaluation in evaluations:
            evaluation.average = averages.get(evaluation.pk)
        return evaluations

    return _reports(stamps, len(EVALUATION_PARTS), queue_evaluation, load)


def _reports(
    stamps: QuerySet[Any, tuple[Any, ...]],
    parts: int,
    queue: Callable[[int, str], None],
    load: Callable[[], list[Any]],
) -> Reports:
    """Each report's inputs now against what its stored result was computed from, in one
    query; the out-of-date ones queued (and read again, the queue may have run at once)."""
    rows = list(stamps)
    stale = [(row[0], key) for row in rows if row[_KEY] != (key := _key(row, parts))]
    for pk, key in stale:
        queue(pk, key)
    if stale:
        rows = list(stamps.all())
    recomputing = sum(1 for row in rows if row[_KEY] != _key(row, parts))
    return Reports(load, recomputing, _state(rows))


def _key(row: tuple[Any, ...], parts: int) -> str:
    return key_of(row[_PARTS : _PARTS + parts])


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


def _state(rows: Sequence[tuple[Any, ...]]) -> str:
    """Every shown field of the reports and which stored computation each shows."""
    parts = []
    for row in rows:
        computed = row[_COMPUTED]
        shown = (*row[:_KEY], computed.isoformat() if computed else "", *row[_PARTS:])
        parts.append(repr(shown))
    return hashlib.blake2b("|".join(parts).encode(), digest_size=20).hexdigest()
