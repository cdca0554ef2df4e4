"""A province-sized synthetic dataset in the web application's database.

A province has one or two hundred county-level finance bureaus (财政局), each with about a
hundred departments (部门) that hand in one 部门预算绩效文本 a year. The default here is
20 regions × 100 departments = 2,000 plans of one budget year. Each plan is one of 50
variants made by :func:`bench.synthetic.synthetic_plans` (seed plans, projects shuffled,
renamed, budgets varied) with its project list repeated one to three times — departments
range from a handful of projects to several dozen — which gives about 43,000 projects and
400,000 indicators. ``--regions 170`` is a whole province.

Rows are written the way an import writes them (:func:`jixiao.web.plans.convert.write_projects`,
bulk inserts), one transaction per region; then each plan's review cache (grades and counts)
is filled by :func:`jixiao.web.plans.reviewing.refresh_review`, as after an import.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import connection, transaction

from bench.synthetic import synthetic_plans
from jixiao.model import DepartmentPlan
from jixiao.web.orgs.models import Department, Membership, Region
from jixiao.web.plans.convert import plan_fields, write_projects
from jixiao.web.plans.models import IndicatorRecord, PlanRecord, ProjectRecord
from jixiao.web.plans.reviewing import refresh_review

YEAR = 2025
REPEATS = (1, 2, 3)
VARIANTS = 50
REGION_PREFIX = "基准测试县"


@dataclass
class Loaded:
    regions: int
    plans: int
    projects: int
    indicators: int
    seconds: float
    review_seconds: float


def province_plans(regions: int, departments: int, seed: int = 11) -> Iterator[DepartmentPlan]:
    """``regions × departments`` plans made from :data:`VARIANTS` synthetic plans; copies are
    shallow — plans of one variant share project and indicator objects, which the loader
    only reads (a deep copy per plan cost more than writing it)."""
    rng = random.Random(seed)
    variants = list(synthetic_plans(VARIANTS, seed))
    for number in range(regions * departments):
        base = variants[number % VARIANTS]
        repeat = rng.choice(REPEATS)
        projects = [
            p.model_copy(update={"name": f"{p.name}-{k}", "code": f"{p.code or 'X'}{k:02d}"})
            for k in range(repeat)
            for p in base.projects
        ]
        yield base.model_copy(
            update={"department": f"{base.department}·{number}", "year": YEAR, "projects": projects}
        )


def clear() -> None:
    """Remove an earlier synthetic province. The indicators go first in one statement: the
    ORM's cascade would fetch every one of them to null the comments pointing at them."""
    regions = Region.objects.filter(name__startswith=REGION_PREFIX)
    plans = PlanRecord.objects.filter(department__region__in=regions)
    projects_sql, params = (
        ProjectRecord.objects.filter(plan__in=plans).values("pk").query.sql_with_params()
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {IndicatorRecord._meta.db_table} WHERE project_id IN ({projects_sql})",
            params,
        )
    plans.delete()
    Membership.objects.filter(region__in=regions).delete()
    Department.objects.filter(region__in=regions).delete()
    regions.delete()


def _analyze() -> None:
    """Give PostgreSQL's planner the new rows' statistics. A bulk load outruns autovacuum
    (and inside a test's transaction autovacuum never sees the rows): tables last analysed
    empty make it join plans, projects and indicators by nested scans, seconds a query."""
    if connection.vendor != "postgresql":
        return
    tables = [m._meta.db_table for m in (Department, PlanRecord, ProjectRecord, IndicatorRecord)]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f'ANALYZE "{table}"')


def region_name(number: int) -> str:
    return f"{REGION_PREFIX}{number:03d}"


def load(regions: int, departments: int, *, review: bool = True) -> Loaded:
    """Replace the synthetic province with a fresh one; return counts and timings."""
    clear()
    plans = province_plans(regions, departments)
    started = time.perf_counter()
    records: list[PlanRecord] = []
    for number in range(1, regions + 1):
        region = Region.objects.create(
            name=region_name(number), bureau=f"{region_name(number)}财政局"
        )
        with transaction.atomic():
            for index in range(departments):
                plan = next(plans)
                department = Department.objects.create(
                    region=region, name=plan.department or plan.source_file, code=f"{index:03d}"
                )
                record = PlanRecord.objects.create(
                    department=department, year=YEAR, **plan_fields(plan)
                )
                write_projects(record, plan.projects)
                records.append(record)
    seconds = time.perf_counter() - started
    _analyze()
    started = time.perf_counter()
    if review:
        for record in records:
            refresh_review(record)
    review_seconds = time.perf_counter() - started
    mine = PlanRecord.objects.filter(department__region__name__startswith=REGION_PREFIX)
    return Loaded(
        regions=regions,
        plans=mine.count(),
        projects=ProjectRecord.objects.filter(plan__in=mine).count(),
        indicators=IndicatorRecord.objects.filter(project__plan__in=mine).count(),
        seconds=seconds,
        review_seconds=review_seconds,
    )
