"""Run the core review on a stored plan and store its findings and grades for pages, lists
and dashboards (:mod:`jixiao.web.findings`)."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.utils import timezone

from jixiao.model import DepartmentPlan
from jixiao.review import Severity, review_plan
from jixiao.review.grading import Grades
from jixiao.review.profile import Profile, load_profile
from jixiao.review_report.reviewed import Reviewed
from jixiao.web.benchmarking.store import StoredPeers, refresh_unit_costs
from jixiao.web.findings.storing import plan_revision, store_review
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord


@lru_cache(maxsize=4)
def profile(name: str | None = None) -> Profile:
    return load_profile(name or settings.JIXIAO_PROFILE)


def review_record(record: PlanRecord) -> Reviewed:
    """The plan as the core sees it, with its findings (always fresh), its unit costs
    compared with every stored plan's (rule C107)."""
    return _reviewed(plan_to_domain(record))


def _reviewed(plan: DepartmentPlan) -> Reviewed:
    return Reviewed(plan, review_plan(plan, profile(), peers=StoredPeers()))


def refresh_review(record: PlanRecord) -> Reviewed:
    """Review the plan and store its findings (with the revision they were computed from),
    grades, counts and unit costs: what pages, lists and dashboards read."""
    revision = plan_revision(record.pk)  # before reading: a later change makes it stale
    plan = plan_to_domain(record)
    refresh_unit_costs(record, plan)
    reviewed = _reviewed(plan)
    store_grades(record, reviewed.report.grades)
    store_review(record, reviewed.report, revision)
    return reviewed


def store_grades(record: PlanRecord, grades: Grades) -> None:
    """The review cache of the plan and its projects (lists and dashboards read it)."""
    counts = grades.document.counts
    PlanRecord.objects.filter(pk=record.pk).update(
        updated_at=timezone.now(),
        grade=grades.document.grade,
        score=grades.document.score,
        errors=counts.get(Severity.ERROR, 0),
        warnings_count=counts.get(Severity.WARNING, 0),
        infos=counts.get(Severity.INFO, 0),
    )
    by_position = {g.project_index: g for g in grades.projects}
    for project in record.projects.all():
        grade = by_position.get(project.position)
        if grade is None:
            continue
        type(project).objects.filter(pk=project.pk).update(
            grade=grade.grade, score=grade.score, findings_count=sum(grade.counts.values())
        )
