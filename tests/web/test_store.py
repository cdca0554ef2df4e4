"""Storing a plan and reading it back gives the same plan, field for field, on every seed."""

from __future__ import annotations

import pytest

from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Region
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import IndicatorRecord
from jixiao.web.plans.storing import StoreRefused, department_for, store_plan
from tests.conftest import SEED_STEMS, seed_path


@pytest.mark.django_db
@pytest.mark.parametrize("stem", SEED_STEMS)
def test_database_round_trip_keeps_every_field(stem: str) -> None:
    plan = import_file(seed_path(stem))
    region = Region.objects.create(name="区划", bureau="财政局")
    record = store_plan(plan, department_for(plan, region), year=2024, force=True)
    back = plan_to_domain(record)
    expected = plan if plan.year else plan.model_copy(update={"year": 2024})
    # kind, kind_evidence, template and produced_by (the packs that read it) say how a
    # file was read, not what the plan holds: the web keeps them on the ImportedDocument
    read_as = {"kind", "kind_evidence", "template", "produced_by"}
    assert back.model_dump(mode="json", exclude=read_as) == expected.model_dump(
        mode="json", exclude=read_as
    )
    assert IndicatorRecord.objects.filter(project__plan=record).count() == plan.indicator_count


@pytest.mark.django_db
def test_review_grades_are_cached_for_the_dashboards() -> None:
    plan = import_file(seed_path("002_9d52ecbd56ee9879"))
    region = Region.objects.create(name="区划", bureau="财政局")
    record = store_plan(plan, department_for(plan, region))
    record.refresh_from_db()
    # Seed 002 grades 中 with 109 findings: one finding per row (S105, W102, N110 split) and
    # the rules of issue 12 (尾款/改造 projects measured by upkeep, 三级 names that repeat
    # their level, 100% satisfaction as a warning) took it from 良 (80.1) to 中 (76.1).
    # C108 adds 7 notices (cost items that only restate their project's budget): 116.
    # R113 adds 1 warning ('高质量的做好来宾接待工作 ≥100%' filed under 时效): 117.
    assert record.grade == "中"
    assert record.errors + record.warnings_count + record.infos == 117
    assert all(p.grade for p in record.projects.all())


@pytest.mark.django_db
def test_a_plan_under_review_is_not_replaced_by_an_import(world) -> None:  # type: ignore[no-untyped-def]
    world.own_plan.status = "bureau_review"
    world.own_plan.save()
    again = import_file(seed_path("002_9d52ecbd56ee9879"))
    with pytest.raises(StoreRefused, match="待财政局审核"):
        store_plan(again, world.own)
