"""Store an imported plan in the database: one department, one year, one transaction."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from jixiao.model import DepartmentPlan
from jixiao.web.audit.log import record as audit
from jixiao.web.orgs.models import Department, Region, Unit
from jixiao.web.plans.convert import plan_fields, write_projects
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.replacing import detach_comments, freeze_draft, reattach_comments
from jixiao.web.plans.reviewing import refresh_review
from jixiao.workflow import Status


class StoreRefused(Exception):
    """The plan exists and may not be replaced now (it is under review or approved)."""


def import_refusal(record: PlanRecord) -> str:
    """Why an import may not replace ``record`` now ("" when it may): only a plan that is
    with the unit (编制中 / 已退回) is replaced; the preview says so before the commit."""
    if record.status in (Status.DRAFT.value, Status.RETURNED.value):
        return ""
    return (
        f"{record.department.name}{record.year}年的绩效文本处于“{record.status_enum.label}”状态，"
        "不能用导入覆盖；请先退回或撤回批复"
    )


def department_for(plan: DepartmentPlan, region: Region) -> Department:
    """The region's department named in the document, created with its units if new."""
    name = plan.department or plan.source_file
    department, _ = Department.objects.get_or_create(region=region, name=name)
    if not department.code and plan.units:
        department.code = plan.units[0].code[:3]
        department.save(update_fields=["code"])
    for unit in plan.units:
        Unit.objects.get_or_create(
            department=department, code=unit.code, defaults={"name": unit.name}
        )
    return department


@transaction.atomic
def store_plan(
    plan: DepartmentPlan,
    department: Department,
    user: Any = None,
    *,
    year: int | None = None,
    force: bool = False,
) -> PlanRecord:
    """Create or replace the department's plan for the document's year.

    Replacing is allowed while the plan is with the unit (编制中 / 已退回), or always
    with ``force`` (command-line loads by an administrator). The replaced content is
    kept in the audit log.
    """
    budget_year = plan.year or year
    if budget_year is None:
        raise StoreRefused(f"{plan.source_file}: 文档中没有预算年度，请指定年度")
    for unit in plan.units:
        Unit.objects.get_or_create(
            department=department, code=unit.code, defaults={"name": unit.name}
        )
    record = PlanRecord.objects.filter(department=department, year=budget_year).first()
    before = None
    if record is not None:
        refusal = "" if force else import_refusal(record)
        if refusal:
            raise StoreRefused(refusal)
        before = {"projects": record.projects.count(), "source_file": record.source_file}
        frozen = freeze_draft(user, record)  # the draft stays comparable and restorable
        before["version"] = frozen.number
        detached = detach_comments(record)
        for field, value in plan_fields(plan).items():
            setattr(record, field, value)
        record.lock_version += 1
        record.updated_by = user if getattr(user, "pk", None) else None
        record.save()
    else:
        record = PlanRecord.objects.create(
            department=department,
            year=budget_year,
            updated_by=user if getattr(user, "pk", None) else None,
            **plan_fields(plan),
        )
    write_projects(record, plan.projects)
    if before is not None:
        reattach_comments(record, detached)
    audit(
        user,
        "import",
        object_type="plan",
        object_id=record.pk,
        object_label=str(record),
        plan=record,
        summary=(
            f"导入 {plan.source_file}：{len(plan.projects)} 个项目，{plan.indicator_count} 个指标"
        ),
        before=before,
        after={"projects": len(plan.projects), "source_file": plan.source_file},
    )
    refresh_review(record)
    return record
