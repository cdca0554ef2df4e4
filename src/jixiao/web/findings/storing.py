"""Write a plan's review into the store, and tell whether what is stored is current.

A stored review is current when it was computed from the plan's present revision and under
the present rule catalogue and profile (:func:`jixiao.review.fingerprint.review_fingerprint`).
The revision is read from the database in one query: the plan's content version (its lock
version less its 审核流程 steps: every goal save and import changes it, a submit, return or
approve does not — findings do not depend on the status) and, over its projects, their
number, the sum of their lock versions and the highest id (every project save, new or
deleted project and re-import changes one of those).
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Max, QuerySet, Sum
from django.utils import timezone

from jixiao.review import ReviewResult
from jixiao.review.fingerprint import review_fingerprint
from jixiao.web.findings.models import PlanReview, StoredFinding
from jixiao.web.plans.models import IndicatorRecord, PlanRecord, ProjectRecord

_FINGERPRINTS: dict[str, str] = {}


def current_fingerprint() -> str:
    """The fingerprint of the configured profile (cached per profile setting)."""
    name = str(settings.JIXIAO_PROFILE)
    found = _FINGERPRINTS.get(name)
    if found is None:
        from jixiao.web.plans.reviewing import profile

        found = _FINGERPRINTS[name] = review_fingerprint(profile(name))
    return found


REVISION_PARTS = ("content", "n", "edits", "last")


def revision_query(plan_id: int) -> QuerySet[PlanRecord]:
    """The plan with the parts of its revision annotated (:data:`REVISION_PARTS`)."""
    return (
        PlanRecord.objects.filter(pk=plan_id)
        .annotate(content=F("lock_version") - F("workflow_steps"))
        .annotate(n=Count("projects"), edits=Sum("projects__lock_version"))
        .annotate(last=Max("projects__id"))
        .order_by()  # the model's ordering would join the department into the GROUP BY
    )


def revision_of(parts: Sequence[object]) -> str:
    return ".".join(str(part or 0) for part in parts)


def plan_revision(plan_id: int) -> str:
    """The content revision of a plan as stored now ("" when the plan is gone)."""
    row = revision_query(plan_id).values_list(*REVISION_PARTS).first()
    return "" if row is None else revision_of(row)


def wanted_key(plan_id: int) -> str:
    """What a current stored review must carry: revision and fingerprint."""
    return f"{plan_revision(plan_id)}|{current_fingerprint()}"


def _indicator_ids(record: PlanRecord) -> dict[tuple[int, int], int]:
    """(project position, row number) → indicator record id, as the review numbers rows."""
    rows = IndicatorRecord.objects.filter(project__plan=record).order_by(
        "project__position", "position", "pk"
    )
    ids: dict[tuple[int, int], int] = {}
    counters: dict[int, int] = {}
    for position, pk in rows.values_list("project__position", "pk"):
        counters[position] = counters.get(position, 0) + 1
        ids[(position, counters[position])] = pk
    return ids


@transaction.atomic
def store_review(record: PlanRecord, report: ReviewResult, revision: str) -> PlanReview:
    """Replace the stored findings of ``record`` by ``report``'s, computed at ``revision``."""
    projects = dict(ProjectRecord.objects.filter(plan=record).values_list("position", "pk"))
    indicators = _indicator_ids(record)
    rows = []
    for ordinal, finding in enumerate(report.findings, start=1):
        position = finding.project_index
        rows.append(
            StoredFinding(
                plan=record,
                ordinal=ordinal,
                rule=finding.rule,
                severity=str(finding.severity),
                project_id=projects.get(position) if position is not None else None,
                project_index=position,
                indicator_index=finding.indicator_index,
                indicator_id=indicators.get((position or 0, finding.indicator_index or 0)),
                place=finding.location.describe()[:500] if finding.location else "",
                data=finding.model_dump(mode="json"),
            )
        )
    review, _ = PlanReview.objects.select_for_update().get_or_create(plan=record)
    StoredFinding.objects.filter(plan=record).delete()
    StoredFinding.objects.bulk_create(rows, batch_size=1000)
    review.revision = revision
    review.fingerprint = current_fingerprint()
    review.report = report.model_dump(mode="json", exclude={"findings"})
    review.computed_at = timezone.now()
    if review.queued == f"{revision}|{review.fingerprint}":
        review.queued = ""
    review.save()
    return review
