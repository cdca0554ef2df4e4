"""Replacing a stored draft by an import, without losing anything.

Before: the preview says exactly what will be replaced (:func:`replacement`). During the
commit: the draft is frozen as a version first (so it can be compared and restored), the
comments on projects and indicators are detached before the old rows go, and put back on
the rows of the new document that are the same project / indicator; a comment whose
indicator is gone stays on the plan with its label.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from jixiao.diff import diff_plans
from jixiao.diff.changes import ChangeKind, ChangeScope
from jixiao.model import DepartmentPlan
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import Comment, IndicatorRecord, PlanRecord, PlanVersion

IMPORT_FREEZE = "import_replace"
"""PlanVersion.action of the draft frozen before an import replaced it."""

ProjectKey = str
IndicatorKey = tuple[str, str, str, str]


def _project_key(code: str, name: str) -> ProjectKey:
    return code.strip() or name.strip()


def _indicator_key(project: ProjectKey, level1: str, level2: str, level3: str) -> IndicatorKey:
    return (project, level1.strip(), level2.strip(), level3.strip())


def _incoming_keys(plan: DepartmentPlan) -> tuple[set[ProjectKey], set[IndicatorKey]]:
    projects, indicators = set(), set()
    for project in plan.projects:
        key = _project_key(project.code or "", project.name)
        projects.add(key)
        indicators |= {
            _indicator_key(key, i.level1, i.level2, i.level3) for i in project.indicators
        }
    return projects, indicators


def _comment_keys(comment: Comment) -> tuple[ProjectKey | None, IndicatorKey | None]:
    project = comment.project
    if project is None:
        return None, None
    key = _project_key(project.code, project.name)
    indicator = comment.indicator
    if indicator is None:
        return key, None
    return key, _indicator_key(key, indicator.level1, indicator.level2, indicator.level3)


@dataclass(frozen=True)
class Replacement:
    """What committing a document will do to the stored plan (for the preview)."""

    plan: PlanRecord
    projects_before: int
    indicators_before: int
    projects_after: int
    indicators_after: int
    summary: str
    removed_projects: list[str]
    added_projects: list[str]
    comments_kept: int
    comments_to_plan: int
    version: int


def replacement(record: PlanRecord, incoming: DepartmentPlan) -> Replacement:
    current = plan_to_domain(record)
    diff = diff_plans(current, incoming)
    projects, indicators = _incoming_keys(incoming)
    kept = moved = 0
    for comment in record.comments.select_related("project", "indicator"):
        project, indicator = _comment_keys(comment)
        if project is None:
            continue
        if (indicator in indicators) if indicator else (project in projects):
            kept += 1
        else:
            moved += 1
    number = (record.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    return Replacement(
        plan=record,
        projects_before=len(current.projects),
        indicators_before=current.indicator_count,
        projects_after=len(incoming.projects),
        indicators_after=incoming.indicator_count,
        summary=diff.summary(),
        removed_projects=[
            c.project or c.label for c in diff.of(ChangeScope.PROJECT, ChangeKind.REMOVED)
        ],
        added_projects=[
            c.project or c.label for c in diff.of(ChangeScope.PROJECT, ChangeKind.ADDED)
        ],
        comments_kept=kept,
        comments_to_plan=moved,
        version=number,
    )


def freeze_draft(user: Any, record: PlanRecord) -> PlanVersion:
    """The draft as it is, as a version, before an import replaces it."""
    number = (record.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    return PlanVersion.objects.create(
        plan=record,
        number=number,
        action=IMPORT_FREEZE,
        status=record.status,
        comment="导入替换前的草稿",
        snapshot=plan_to_domain(record).model_dump(mode="json"),
        created_by=user if getattr(user, "pk", None) else None,
    )


Detached = list[tuple[int, ProjectKey | None, IndicatorKey | None]]


def detach_comments(record: PlanRecord) -> Detached:
    """Unhook the comments from the rows an import deletes; remember where they were."""
    detached: Detached = []
    for comment in record.comments.select_related("project", "indicator"):
        project, indicator = _comment_keys(comment)
        if project is not None:
            detached.append((comment.pk, project, indicator))
    Comment.objects.filter(pk__in=[pk for pk, _, _ in detached]).update(
        project=None, indicator=None
    )
    return detached


def reattach_comments(record: PlanRecord, detached: Detached) -> None:
    """Put each comment back on the same project / indicator of the new rows, if any."""
    projects = {_project_key(p.code, p.name): p.pk for p in record.projects.all()}
    indicators = {
        _indicator_key(
            _project_key(i.project.code, i.project.name), i.level1, i.level2, i.level3
        ): (
            i.project_id,
            i.pk,
        )
        for i in IndicatorRecord.objects.filter(project__plan=record).select_related("project")
    }
    for pk, project, indicator in detached:
        if indicator is not None and indicator in indicators:
            project_id, indicator_id = indicators[indicator]
            Comment.objects.filter(pk=pk).update(project_id=project_id, indicator_id=indicator_id)
        elif indicator is None and project in projects:
            Comment.objects.filter(pk=pk).update(project_id=projects[project])


class RestoreConflict(Exception):
    """The draft changed after the versions page was opened: nothing restored (409)."""


def _restore_conflict(record: PlanRecord) -> RestoreConflict:
    """Who saved what and when since the page was opened, and what to do."""
    last = record.audit.select_related("user").first()
    done = f"{last.user_name}于{timezone.localtime(last.at):%H:%M} {last.summary}。" if last else ""
    return RestoreConflict(
        f"您打开版本页面后，当前草稿已有新的修改：{done}"
        "未恢复，当前草稿未被替换；请刷新版本页面，对比最新草稿后再决定是否恢复。"
    )


@transaction.atomic
def restore_version(user: Any, record: PlanRecord, number: int, revision: str) -> PlanRecord:
    """Make version ``number`` the draft again; the draft it replaces is frozen first (by
    :func:`jixiao.web.plans.storing.store_plan`), so a restore can itself be undone.
    ``revision`` is the draft's revision the page showed (:func:`plan_revision`): a
    colleague's later save is never replaced unseen (:class:`RestoreConflict`)."""
    from jixiao.web.audit.log import record as audit
    from jixiao.web.findings.storing import plan_revision
    from jixiao.web.plans.storing import store_plan

    version = record.versions.filter(number=number).first()
    if version is None:
        raise LookupError(f"没有版本 {number}")
    # the draft row locked: a save arriving now waits, and cannot slip in unchecked
    list(PlanRecord.objects.select_for_update().filter(pk=record.pk).values_list("pk"))
    if revision != plan_revision(record.pk):
        raise _restore_conflict(record)
    snapshot = DepartmentPlan.model_validate(version.snapshot)
    stored = store_plan(snapshot, record.department, user, year=record.year)
    audit(
        user,
        "version_restore",
        object_type="plan",
        object_id=stored.pk,
        object_label=str(stored),
        plan=stored,
        summary=f"恢复为版本 {number}",
        after={"version": number},
    )
    return stored
