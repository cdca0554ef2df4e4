"""编辑 with optimistic concurrency (乐观锁): a save names the version it started from.

If someone saved in between, nothing is written and :class:`EditConflict` says who and
when; the editor keeps the person's input so nothing is lost. Every save is audited with
the values before and after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from jixiao.model import Indicator, Project, SubGoal
from jixiao.web.audit.log import record as audit
from jixiao.web.plans.convert import indicator_data, project_fields, project_to_domain
from jixiao.web.plans.models import IndicatorRecord, PlanRecord, ProjectRecord
from jixiao.web.plans.reviewing import refresh_review


class EditConflict(Exception):
    """Someone else saved first (编辑冲突)."""

    def __init__(self, label: str, current_version: int, by: str, at: Any) -> None:
        when = timezone.localtime(at).strftime("%H:%M:%S") if at else ""
        super().__init__(
            f"“{label}”已被{by or '他人'}于{when}修改（当前版本 {current_version}）。"
            "您的修改尚未保存，已保留在页面上：请查看对方的修改后再保存。"
        )
        self.current_version = current_version


@dataclass(frozen=True, slots=True)
class IndicatorEdit:
    """One row as the editor sends it: its record id if it existed, and its content."""

    id: int | None
    indicator: Indicator


def _who(user: Any) -> str:
    return str(getattr(user, "get_full_name", lambda: "")() or getattr(user, "username", ""))


def conflict_with(model: type[Any], pk: int, label: str) -> EditConflict:
    current = model.objects.select_related("updated_by").get(pk=pk)
    return EditConflict(label, current.lock_version, _who(current.updated_by), current.updated_at)


def _changed_sources(
    old: dict[str, Any], before: Any, after: Any, fields: list[str]
) -> dict[str, Any]:
    """Keep a field's source location only while its value is still the imported one."""
    return {
        key: ref
        for key, ref in old.items()
        if key not in fields or getattr(before, key, None) == getattr(after, key, None)
    }


@transaction.atomic
def save_project(
    user: Any, record: ProjectRecord, project: Project, rows: list[IndicatorEdit], version: int
) -> ProjectRecord:
    """Save a project's header and its indicator grid, or raise :class:`EditConflict`."""
    before = project_to_domain(record)
    fields = project_fields(project)
    fields["sources"] = _changed_sources(
        record.sources, before, project, [k for k in fields if k != "sources"]
    )
    updated = ProjectRecord.objects.filter(pk=record.pk, lock_version=version).update(
        lock_version=F("lock_version") + 1, updated_by=user, updated_at=timezone.now(), **fields
    )
    if not updated:
        raise conflict_with(ProjectRecord, record.pk, record.name)
    existing = {row.pk: row for row in record.indicators.all()}
    kept: set[int] = set()
    for position, edit in enumerate(rows, start=1):
        data = indicator_data(edit.indicator, sources=False)
        row = existing.get(edit.id) if edit.id is not None else None
        if row is None:
            IndicatorRecord.objects.create(project=record, position=position, **data)
            continue
        kept.add(row.pk)
        old = IndicatorRecord(**{k: getattr(row, k) for k in data})
        row.sources = _changed_sources(row.sources, old, edit.indicator, list(data))
        row.position = position
        for key, value in data.items():
            setattr(row, key, value)
        row.save()
    IndicatorRecord.objects.filter(project=record).exclude(pk__in=kept).filter(
        pk__in=list(existing)
    ).delete()
    record.refresh_from_db()
    after = project_to_domain(record)
    audit(
        user,
        "edit_project",
        object_type="project",
        object_id=record.pk,
        object_label=record.name,
        plan=record.plan,
        summary=f"修改项目“{record.name}”",
        before=before.model_dump(mode="json", exclude={"sources"}),
        after=after.model_dump(mode="json", exclude={"sources"}),
    )
    refresh_review(record.plan)
    record.refresh_from_db()
    return record


@transaction.atomic
def save_goals(
    user: Any,
    plan: PlanRecord,
    overall_goal: str,
    sub_goals: list[SubGoal],
    measures: list[str],
    version: int,
) -> PlanRecord:
    """Save the department goals (总体目标 / 分项目标 / 保障措施)."""
    before = {
        "overall_goal": plan.overall_goal,
        "sub_goals": plan.sub_goals,
        "measures": plan.measures,
    }
    after = {
        "overall_goal": overall_goal,
        "sub_goals": [g.model_dump(mode="json") for g in sub_goals],
        "measures": measures,
    }
    updated = PlanRecord.objects.filter(pk=plan.pk, lock_version=version).update(
        lock_version=F("lock_version") + 1, updated_by=user, updated_at=timezone.now(), **after
    )
    if not updated:
        raise conflict_with(PlanRecord, plan.pk, str(plan))
    audit(
        user,
        "edit_goals",
        object_type="plan",
        object_id=plan.pk,
        object_label=str(plan),
        plan=plan,
        summary="修改部门整体绩效目标",
        before=before,
        after=after,
    )
    plan.refresh_from_db()
    refresh_review(plan)
    return plan


@transaction.atomic
def add_project(user: Any, plan: PlanRecord, name: str, unit_code: str = "") -> ProjectRecord:
    position = (
        plan.projects.order_by("-position").values_list("position", flat=True).first() or 0
    ) + 1
    unit_name = next((u["name"] for u in plan.units if u.get("code") == unit_code), "")
    project = ProjectRecord.objects.create(
        plan=plan,
        position=position,
        name=name,
        unit_code=unit_code,
        unit_name=unit_name,
        spend_plan=Project(name=name).model_dump(mode="json")["spend_plan"],
        updated_by=user,
    )
    audit(
        user,
        "add_project",
        object_type="project",
        object_id=project.pk,
        object_label=name,
        plan=plan,
        summary=f"新增项目“{name}”",
        after={"name": name, "unit_code": unit_code},
    )
    refresh_review(plan)
    return project


@transaction.atomic
def delete_project(user: Any, project: ProjectRecord) -> None:
    plan = project.plan
    before = project_to_domain(project).model_dump(mode="json", exclude={"sources"})
    audit(
        user,
        "delete_project",
        object_type="project",
        object_id=project.pk,
        object_label=project.name,
        plan=plan,
        summary=f"删除项目“{project.name}”",
        before=before,
    )
    position = project.position
    project.delete()
    plan.projects.filter(position__gt=position).update(position=F("position") - 1)
    refresh_review(plan)
