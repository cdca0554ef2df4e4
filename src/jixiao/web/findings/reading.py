"""What pages and the API read: the stored findings of a plan, and whether they are current.

A page never reviews a plan itself. When the stored findings are out of date (the plan or
the rules changed since), it shows them marked as being recomputed and puts one
recomputation on the queue; the next view after the worker ran shows the new ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpResponse, JsonResponse
from django.utils import timezone

from jixiao.disposition import DispositionStatus
from jixiao.model import DepartmentPlan
from jixiao.review import ReviewResult, Severity
from jixiao.review_report.reviewed import Reviewed
from jixiao.web.findings.models import PlanReview, StoredFinding
from jixiao.web.findings.storing import (
    REVISION_PARTS,
    current_fingerprint,
    revision_of,
    revision_query,
)
from jixiao.web.plans.models import PlanRecord
from jixiao.web.runtime.compiled import CompiledQuery

FINDINGS_STATE = "X-Findings-State"  # API response header: current | recomputing
REQUEUE_AFTER = dt.timedelta(minutes=10)  # a recomputation lost with its worker is retried
PENDING = DispositionStatus.PENDING.value  # a finding nobody has handled yet
NONE: Mapping[int, str] = MappingProxyType({})


@dataclass(frozen=True)
class Stored:
    """A plan's stored review as a page reads it."""

    plan: PlanRecord
    review: PlanReview | None
    current: bool
    wanted: str = ""  # the plan's revision and rule fingerprint now
    project_count: int = 0  # read with the revision, so pages need not count again

    @property
    def recomputing(self) -> bool:
        return not self.current

    @property
    def key(self) -> str:
        """What the stored rows were computed from: plan revision and rule fingerprint."""
        return "" if self.review is None else f"{self.review.revision}|{self.review.fingerprint}"

    @property
    def content_key(self) -> str:
        """Names everything a page shows of the plan and its stored findings: the plan, its
        revision now, the stored review's and when it was stored ("" before any review) —
        the key of cached fragments (:mod:`jixiao.web.caching`)."""
        if self.review is None or self.review.computed_at is None:
            return ""
        stamp = self.review.computed_at.isoformat()
        return f"{self.plan.pk}:{self.wanted}:{self.key}:{stamp}"

    def rows(self, project_id: int | None = None) -> QuerySet[StoredFinding]:
        # by ordinal alone: the model's ordering by plan would join the plan and department
        found = StoredFinding.objects.filter(plan=self.plan).order_by("ordinal")
        return found if project_id is None else found.filter(project_id=project_id)

    def dicts(
        self, rows: QuerySet[StoredFinding] | None = None, statuses: Mapping[int, str] = NONE
    ) -> list[dict[str, Any]]:
        """The findings as pages and the API show them (read as plain values: no model
        instances, the JSON was validated when it was stored), each with its 处理状态 from
        ``statuses`` (by ordinal; 待处理 when absent)."""
        found = self.rows() if rows is None else rows
        return [
            finding_out(*row[:-1]) | {"disposition": statuses.get(row[-1], PENDING)}
            for row in found.values_list(*OUT_COLUMNS, "ordinal")
        ]

    def json(self, rows: QuerySet[StoredFinding], statuses: Mapping[int, str] = NONE) -> bytes:
        """The findings as the API's JSON body."""
        return JsonResponse(self.dicts(rows, statuses), safe=False).content

    def response_of(self, body: bytes) -> HttpResponse:
        """An API response of findings ``body``, with :data:`FINDINGS_STATE`."""
        response = HttpResponse(body, content_type="application/json")
        response[FINDINGS_STATE] = "current" if self.current else "recomputing"
        return response

    def response(
        self, rows: QuerySet[StoredFinding], statuses: Mapping[int, str] = NONE
    ) -> HttpResponse:
        """The findings as the API's JSON, with :data:`FINDINGS_STATE`."""
        return self.response_of(self.json(rows, statuses))

    def report(self, rows: QuerySet[StoredFinding] | None = None) -> ReviewResult | None:
        """The review as the core's report (for the printable 审核报告), with the findings
        of ``rows`` (default: all of them)."""
        if self.review is None:
            return None
        summary = PlanReview.objects.filter(pk=self.review.pk).values_list("report", flat=True)
        kept = summary.first()
        if not kept:
            return None
        found = (self.rows() if rows is None else rows).values_list("data", flat=True)
        return ReviewResult.model_validate(kept | {"findings": list(found)})

    def reviewed(self, plan: DepartmentPlan) -> Reviewed | None:
        report = self.report()
        return None if report is None else Reviewed(plan, report)


OUT_COLUMNS = ("data", "severity", "place", "indicator_id")


def finding_out(
    data: dict[str, Any], severity: str, place: str, indicator_id: int | None
) -> dict[str, Any]:
    """A stored finding as pages and the API show it (the shape of ``FindingOut``)."""
    shown = {key: value for key, value in data.items() if key != "location"}
    shown["severity_label"] = Severity(severity).label
    shown["location"] = place or None
    shown["indicator_id"] = indicator_id
    return shown


def stored(plan: PlanRecord) -> Stored:
    """The plan's stored review; if it is not current, one recomputation is queued."""
    key, review, projects = _wanted_and_stored(plan.pk)
    if review is not None and f"{review.revision}|{review.fingerprint}" == key:
        return Stored(plan, review, True, key, projects)
    if _claim(plan, key):
        from jixiao.web.findings.tasks import refresh_findings

        refresh_findings.enqueue(plan.pk)
        # A queue backend that runs tasks at once (tests, small installs) is done already.
        review = PlanReview.objects.defer("report").filter(plan=plan).first()
        if review is not None and f"{review.revision}|{review.fingerprint}" == key:
            return Stored(plan, review, True, key, projects)
    return Stored(plan, review, False, key, projects)


REVIEW_COLUMNS = ("revision", "fingerprint", "computed_at", "queued", "queued_at")


_REVISION_AND_REVIEW: CompiledQuery[PlanRecord] = CompiledQuery(
    lambda pk: revision_query(pk).values_list(
        *REVISION_PARTS, *(f"stored_review__{column}" for column in REVIEW_COLUMNS)
    ),
    int,
)


def _wanted_and_stored(plan_id: int) -> tuple[str, PlanReview | None, int]:
    """What a current review must carry, the stored review (without its summary JSON,
    read only by the report that shows it) and the number of projects — in one query, as
    every page asks them (compiled once per process)."""
    rows = _REVISION_AND_REVIEW.rows(plan_id)
    row = rows[0] if rows else None
    if row is None:
        return f"|{current_fingerprint()}", None, 0
    parts = row[: len(REVISION_PARTS)]
    key = f"{revision_of(parts)}|{current_fingerprint()}"
    projects = int(parts[REVISION_PARTS.index("n")] or 0)
    kept = row[len(REVISION_PARTS) :]
    if kept[0] is None:  # no stored review row yet
        return key, None, projects
    # as the ORM builds a row it read: the summary JSON stays deferred (loaded if asked)
    review = PlanReview.from_db("default", ["plan_id", *REVIEW_COLUMNS], [plan_id, *kept])
    return key, review, projects


def _claim(plan: PlanRecord, key: str) -> bool:
    """Mark the recomputation for ``key`` as queued; false if it already is (recently)."""
    PlanReview.objects.get_or_create(plan=plan)
    now = timezone.now()
    return bool(
        PlanReview.objects.filter(plan=plan)
        .filter(~Q(queued=key) | Q(queued_at__lt=now - REQUEUE_AFTER) | Q(queued_at=None))
        .update(queued=key, queued_at=now)
    )
