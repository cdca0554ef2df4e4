"""The department-year's 公开表 and 决算表: the plan's own disclosure part, then the tables
of every imported 公开表 / 决算表 of that year (newest first), as one Disclosure for the
部门整体 figures that read them (:mod:`jixiao.department.prefill`)."""

from __future__ import annotations

from jixiao.model.disclosure import Disclosure
from jixiao.web.documents.models import ImportedDocument
from jixiao.web.documents.placing import TABLE_KINDS
from jixiao.web.orgs.models import Department
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import PlanRecord


def imported_tables(department: Department, year: int) -> Disclosure:
    documents = ImportedDocument.objects.filter(
        department=department, year=year, kind__in=TABLE_KINDS
    )
    tables = [
        table
        for document in documents.order_by("-created_at", "-pk")
        for table in Disclosure.model_validate(document.document.get("disclosure") or {}).tables
    ]
    return Disclosure(tables=tables)


def year_disclosure(own: Disclosure | None, department: Department, year: int) -> Disclosure | None:
    """``own`` (the plan's disclosure part) followed by the imported tables of the year."""
    imported = imported_tables(department, year)
    if not imported.tables:
        return own
    if own is None:
        return imported
    return own.model_copy(update={"tables": [*own.tables, *imported.tables]})


def plan_disclosure(plan: PlanRecord) -> Disclosure | None:
    """The disclosure tables of the plan's department-year, its own and imported."""
    return year_disclosure(plan_to_domain(plan).disclosure, plan.department, plan.year)
