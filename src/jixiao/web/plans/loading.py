"""Load documents into the database from the command line (``jixiao import --db``, demo)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from django.db import transaction

from jixiao.importers.api import import_file
from jixiao.model import DepartmentPlan
from jixiao.web.orgs.models import Region
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
) -> list[PlanRecord]:
    """Store every parsed document in one transaction: all land, or none (on any error).

    Each document goes to the region's department it names. ``replace`` also replaces
    plans that are under review or approved (an administrator's correction).
    """
    return [
        store_plan(plan, department_for(plan, region), user, year=default_year, force=replace)
        for plan in plans
    ]


def load_files(
    paths: Iterable[Path],
    region: Region,
    *,
    default_year: int | None = None,
    progress: Callable[[Path], None] | None = None,
) -> list[PlanRecord]:
    """Import files and store them, all or nothing (the demo's loader)."""
    plans = []
    for path in paths:
        plans.append(import_file(path))
        if progress is not None:
            progress(path)
    return store_documents(plans, region, default_year=default_year, replace=True)
