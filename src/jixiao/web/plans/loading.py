"""Load documents into the database from the command line (``jixiao import --db``, demo)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from django.db import transaction

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from jixiao.web.documents.committing import commit_document
from jixiao.web.documents.models import ImportedDocument
from jixiao.web.documents.placing import kind_of
from jixiao.web.orgs.models import Region
from jixiao.web.plans.importing import describe
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.storing import department_for, store_plan

DEMO_REGION = "示例区划"
DEMO_BUREAU = "示例区划财政局"


def region_named(name: str, bureau: str | None = None) -> Region:
    """The 区划 of this name, created (with its 财政局) the first time."""
    region, _ = Region.objects.get_or_create(
        name=name, defaults={"bureau": bureau or f"{name}财政局"}
    )
    return region


def demo_region() -> Region:
    return region_named(DEMO_REGION, DEMO_BUREAU)


@transaction.atomic
def store_documents(
    plans: Iterable[DepartmentPlan],
    region: Region,
    *,
    default_year: int | None = None,
    user: Any = None,
    replace: bool = False,
) -> list[ImportedDocument]:
    """Store every parsed document in one transaction, all or none (on any error), each
    where its kind belongs — through the web import's own commit
    (:func:`jixiao.web.documents.committing.commit_document`): a goal plan replaces the
    department's plan of its year, a 自评表 goes into that plan's 自评 with its published
    scores, a 监控表 into the 监控 round of its 1–N月, 公开表 / 决算表 are kept with the
    department's year.

    Each document goes to the region's department it names. Goal plans are stored first,
    so that a 自评表 or 监控表 given in the same run finds its plan. ``replace`` also
    replaces plans that are under review or approved (an administrator's correction).
    """
    ordered = sorted(plans, key=lambda plan: kind_of(plan) != "plan")
    stored = []
    for plan in ordered:
        department = department_for(plan, region)
        document = describe(plan, department)
        stored.append(
            commit_document(user, department, document, None, default_year, force=replace)
        )
    return stored


def load_files(
    paths: Iterable[Path],
    region: Region,
    *,
    default_year: int | None = None,
    progress: Callable[[Path], None] | None = None,
) -> list[PlanRecord]:
    """Import goal plans and store them, all or nothing (the demo's loader of the seeds)."""
    plans = []
    for path in paths:
        plans.append(import_file(path))
        if progress is not None:
            progress(path)
    with transaction.atomic():
        return [
            store_plan(plan, department_for(plan, region), None, year=default_year, force=True)
            for plan in plans
        ]
