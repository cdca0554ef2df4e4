"""What pages and the API read: the stored findings of a plan, and whether they are current.

A page never reviews a plan itself. When the stored findings are out of date (the plan or
the rules changed since), it shows them marked as being recomputed and puts one
recomputation on the queue; the next view after the worker ran shows the new ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from jixiao.model import DepartmentPlan
from jixiao.reports.reviewed import Reviewed
from jixiao.review import ReviewReport, Severity
from jixiao.web.findings.models import PlanReview, StoredFinding
from jixiao.web.findings.storing import wanted_key
from jixiao.web.plans.models import PlanRecord

FINDINGS_STATE = "X-Findings-State"  # API response header: current | recomputing
REQUEUE_AFTER = dt.timedelta(minutes=10)  # a recomputation lost with its worker is retried


@dataclass(frozen=True)
class Stored:
    """A plan's stored review as a page reads it."""

    plan: PlanRecord
    review: PlanReview | None
    current: bool

    @property
    def recomputing(self) -> bool:
        return not self.current

    def rows(self, project_id: int | None = None) -> QuerySet[StoredFinding]:
        found = StoredFinding.objects.filter(plan=self.plan)
        return found if project_id is None else found.filter(project_id=project_id)

    def dicts(self, rows: QuerySet[StoredFinding] | None = None) -> list[dict[str, Any]]:
        return [finding_out(row) for row in (self.rows() if rows is None else rows)]

    def report(self) -> ReviewReport | None:
        """The whole review as the core's report (for the printable 审核报告)."""
        if self.review is None or not self.review.report:
            return None
        findings = [row.data for row in self.rows()]
        return ReviewReport.model_validate(self.review.report | {"findings": findings})

    def reviewed(self, plan: DepartmentPlan) -> Reviewed | None:
        report = self.report()
        return None if report is None else Reviewed(plan, report)


def finding_out(row: StoredFinding) -> dict[str, Any]:
    """A stored finding as pages and the API show it (the shape of ``FindingOut``)."""
    data = {key: value for key, value in row.data.items() if key != "location"}
    data["severity_label"] = Severity(row.severity).label
    data["location"] = row.place or None
    data["indicator_id"] = row.indicator_id
    return data


def stored(plan: PlanRecord) -> Stored:
    """The plan's stored review; if it is not current, one recomputation is queued."""
    key = wanted_key(plan.pk)
    review = PlanReview.objects.filter(plan=plan).first()
    if review is not None and f"{review.revision}|{review.fingerprint}" == key:
        return Stored(plan, review, True)
    if _claim(plan, key):
        from jixiao.web.findings.tasks import refresh_findings

        refresh_findings.enqueue(plan.pk)
        # A queue backend that runs tasks at once (tests, small installs) is done already.
        review = PlanReview.objects.filter(plan=plan).first()
        if review is not None and f"{review.revision}|{review.fingerprint}" == key:
            return Stored(plan, review, True)
    return Stored(plan, review, False)


def _claim(plan: PlanRecord, key: str) -> bool:
    """Mark the recomputation for ``key`` as queued; false if it already is (recently)."""
    PlanReview.objects.get_or_create(plan=plan)
    now = timezone.now()
    return bool(
        PlanReview.objects.filter(plan=plan)
        .filter(~Q(queued=key) | Q(queued_at__lt=now - REQUEUE_AFTER) | Q(queued_at=None))
        .update(queued=key, queued_at=now)
    )
