"""Between domain objects (:mod:`jixiao.model`) and their database records.

The records mirror the model field for field, so a plan read back from the database is
the plan that was stored: ``plan_to_domain(store(plan)) == plan``, sources included.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet

from jixiao.model import DepartmentPlan, Indicator, Project
from jixiao.web.plans.models import IndicatorRecord, PlanRecord, ProjectRecord


def _or_none(text: str) -> str | None:
    return text or None


def amount(value: Decimal | None) -> Decimal | None:
    """A stored amount as written: the column's fixed scale dropped ("12.000000" → 12)."""
    return None if value is None else Decimal(format(value.normalize(), "f"))


def indicator_to_domain(record: IndicatorRecord) -> Indicator:
    return Indicator.model_validate(
        {
            "level1": record.level1,
            "level2": record.level2,
            "level3": record.level3,
            "description": record.description,
            "value": record.value,
            "basis": record.basis,
            "sources": record.sources,
        }
    )


def project_to_domain(record: ProjectRecord) -> Project:
    return Project.model_validate(
        {
            "unit_code": _or_none(record.unit_code),
            "unit_name": _or_none(record.unit_name),
            "code": _or_none(record.code),
            "name": record.name,
            "budget_total": amount(record.budget_total),
            "budget_fiscal": amount(record.budget_fiscal),
            "budget_other": amount(record.budget_other),
            "purpose": _or_none(record.purpose),
            "spend_plan": record.spend_plan,
            "goals": record.goals,
            "sources": record.sources,
            "indicators": [indicator_to_domain(i) for i in record.indicators.all()],
        }
    )


def plan_to_domain(
    record: PlanRecord, projects: QuerySet[ProjectRecord] | None = None
) -> DepartmentPlan:
    """The whole plan as the core sees it (for review, export and versions); ``projects``:
    only these of its projects (a page of a long plan)."""
    # indicators ordered by their own columns: the model's ordering joins project, plan
    # and department to sort every row by the department's code
    deferred = record.get_deferred_fields()
    if deferred:  # read by the lookups without the columns no page shows: all in one query
        record.refresh_from_db(fields=sorted(deferred))
    rows = IndicatorRecord.objects.order_by("position", "pk")
    chosen = record.projects.all() if projects is None else projects
    ordered = chosen.prefetch_related(Prefetch("indicators", queryset=rows)).order_by("position")
    return DepartmentPlan.model_validate(
        {
            "source_file": record.source_file or f"{record.department.name}{record.year}",
            "title": _or_none(record.title),
            "department": record.department.name,
            "year": record.year,
            "units": record.units,
            "overall_goal": _or_none(record.overall_goal),
            "sub_goals": record.sub_goals,
            "measures": record.measures,
            "disclosure": record.disclosure,
            "warnings": record.warnings,
            "sources": record.sources,
            "projects": [project_to_domain(p) for p in ordered],
            "review_unit": review_unit(record),
        }
    )


def review_unit(record: PlanRecord) -> str | None:
    """审核单位 of an approved plan: the finance bureau of whoever approved it (else the
    bureau of the plan's region); none before approval."""
    if record.status != "approved":
        return None
    approval = (
        record.versions.filter(action="approve")
        .select_related("created_by__membership__region")
        .order_by("-number")
        .first()
    )
    membership = getattr(approval.created_by, "membership", None) if approval else None
    if membership is not None and membership.region.bureau:
        return str(membership.region.bureau)
    return record.department.region.bureau or None


def plan_fields(plan: DepartmentPlan) -> dict[str, Any]:
    """The record fields of a plan's own part (everything but the projects)."""
    data = plan.model_dump(mode="json", exclude={"projects"})
    return {
        "title": data["title"] or "",
        "source_file": data["source_file"],
        "units": data["units"],
        "overall_goal": data["overall_goal"] or "",
        "sub_goals": data["sub_goals"],
        "measures": data["measures"],
        "disclosure": data["disclosure"],
        "warnings": data["warnings"],
        "sources": data["sources"],
    }


def project_fields(project: Project) -> dict[str, Any]:
    """The record fields of a project header (everything but the indicators)."""
    data = project.model_dump(mode="json", exclude={"indicators"})
    return {
        "unit_code": data["unit_code"] or "",
        "unit_name": data["unit_name"] or "",
        "code": data["code"] or "",
        "name": data["name"],
        "budget_total": project.budget_total,
        "budget_fiscal": project.budget_fiscal,
        "budget_other": project.budget_other,
        "purpose": data["purpose"] or "",
        "spend_plan": data["spend_plan"],
        "goals": data["goals"],
        "sources": data["sources"],
    }


def indicator_data(indicator: Indicator, *, sources: bool = True) -> dict[str, Any]:
    """The fields of an indicator the goal-table record stores (the 自评 / 监控 columns of
    imported documents — actual, weight, score … — are not part of a stored plan)."""
    data = indicator.model_dump(mode="json", exclude=None if sources else {"sources"})
    stored = {f.name for f in IndicatorRecord._meta.get_fields()}
    return {key: value for key, value in data.items() if key in stored}


def indicator_records(project: ProjectRecord, indicators: list[Indicator]) -> list[IndicatorRecord]:
    records = []
    for position, indicator in enumerate(indicators, start=1):
        data = indicator_data(indicator)
        records.append(IndicatorRecord(project=project, position=position, **data))
    return records


def write_projects(record: PlanRecord, projects: list[Project]) -> None:
    """Replace the plan's projects and indicators with ``projects`` (bulk, for imports)."""
    record.projects.all().delete()
    project_records = ProjectRecord.objects.bulk_create(
        [
            ProjectRecord(plan=record, position=n, **project_fields(p))
            for n, p in enumerate(projects, start=1)
        ]
    )
    rows: list[IndicatorRecord] = []
    for project_record, project in zip(project_records, projects, strict=True):
        rows.extend(indicator_records(project_record, project.indicators))
    IndicatorRecord.objects.bulk_create(rows, batch_size=1000)
