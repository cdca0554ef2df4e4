"""What the 监控 round page and the 自评 page read: the stored results and whether they
are current.

A page never computes lights or scores itself. When what is stored is out of date (an
entry, a project or the profile changed since), it shows the stored rows marked as being
recomputed and puts one recomputation on the queue (a queue that runs tasks at once —
tests, small installs — has done it before the page reads the rows).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db.models import Count, F

from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.reportstore.models import (
    EvaluationResult,
    RoundResult,
    StoredProgress,
    StoredScore,
    StoredSummary,
)
from jixiao.web.reportstore.queueing import queue_evaluation, queue_round
from jixiao.web.reportstore.revisions import evaluation_key, round_key
from jixiao.web.runtime.compiled import CompiledQuery

S = TypeVar("S", bound=StoredSummary)

PROGRESS_COLUMNS = (
    "entry_id",
    "position",
    "code",
    "name",
    "light",
    "reasons",
    "checkpoint",
    "exact",
    "findings_count",
)
SCORE_COLUMNS = (
    "entry_id",
    "position",
    "code",
    "name",
    "blank",
    "missing",
    "grade",
    "findings_count",
    "treatment",
    "advice_reasons",
    "exact",
)
UNIT = {"unit_name": F("entry__project__unit_name"), "unit_code": F("entry__project__unit_code")}


@dataclass(frozen=True)
class Stored(Generic[S]):
    """A report's stored summary (None before the first computation) and whether it was
    computed from the inputs as they are now."""

    summary: S | None
    current: bool

    @property
    def recomputing(self) -> bool:
        return not self.current

    @property
    def content_key(self) -> str:
        """Names everything the stored rows show: what they were computed from and when
        ("" before any computation) — the key of cached fragments."""
        summary = self.summary
        if summary is None or summary.computed_at is None:
            return ""
        return f"{summary.pk}:{summary.key}:{summary.computed_at.isoformat()}"


def fragment_key(found: Stored[Any]) -> str:
    """What names a page's cached fragments of these results: their content key, or before
    the first computation a key used once (nothing to keep)."""
    return found.content_key or f"uncomputed:{uuid.uuid4().hex}"


def _stored(
    summaries: CompiledQuery[S], pk: int, key: str, queue: Callable[[int, str], None]
) -> Stored[S]:
    summary = summaries.first(pk)
    if summary is not None and summary.key == key:
        return Stored(summary, True)
    queue(pk, key)
    summary = summaries.first(pk)
    return Stored(summary, summary is not None and summary.key == key)


# every view of a round or 自评 page asks its summary: compiled once per process
_ROUND_RESULT: CompiledQuery[RoundResult] = CompiledQuery(
    lambda pk: RoundResult.objects.filter(round_id=pk), int
)
_EVALUATION_RESULT: CompiledQuery[EvaluationResult] = CompiledQuery(
    lambda pk: EvaluationResult.objects.filter(evaluation_id=pk), int
)


def stored_round(round_: MonitoringRoundRecord) -> Stored[RoundResult]:
    return _stored(_ROUND_RESULT, round_.pk, round_key(round_.pk), queue_round)


def stored_evaluation(evaluation: SelfEvaluationRecord) -> Stored[EvaluationResult]:
    return _stored(
        _EVALUATION_RESULT, evaluation.pk, evaluation_key(evaluation.pk), queue_evaluation
    )


def progress_rows(round_: MonitoringRoundRecord) -> list[dict[str, Any]]:
    """The round's stored project rows, in the plan's order, with the projects' units."""
    found = StoredProgress.objects.filter(round=round_).order_by("position")
    return [dict(row) for row in found.values(*PROGRESS_COLUMNS, **UNIT)]


def score_rows(evaluation: SelfEvaluationRecord) -> list[dict[str, Any]]:
    """The self-evaluation's stored project rows, in the plan's order, with their units."""
    found = StoredScore.objects.filter(evaluation=evaluation).order_by("position")
    return [dict(row) for row in found.values(*SCORE_COLUMNS, **UNIT)]


@dataclass(frozen=True)
class Tally:
    """A self-evaluation's stored rows counted: in all, filled in, per grade."""

    projects: int
    reported: int
    grades: dict[str, int]


def grade_tally(evaluation: SelfEvaluationRecord) -> Tally:
    """The counts of the page's heading, by the database."""
    grouped = (
        StoredScore.objects.filter(evaluation=evaluation)
        .values_list("blank", "grade")
        .annotate(n=Count("pk"))
        .order_by()
    )
    grades: dict[str, int] = {}
    projects = reported = 0
    for blank, grade, count in grouped:
        projects += count
        if not blank:
            reported += count
            grades[grade] = grades.get(grade, 0) + count
    return Tally(projects, reported, grades)
