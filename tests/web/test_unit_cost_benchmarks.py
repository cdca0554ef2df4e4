"""Unit costs of stored plans: refreshed on save, compared across the database (C107), and
charted in the web review report."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.importers.api import import_file
from jixiao.web.benchmarking.models import UnitCostRecord
from jixiao.web.plans.reviewing import review_record
from jixiao.web.plans.storing import department_for, store_plan
from tests.conftest import seed_path
from tests.web.conftest import World

PROPERTY_SEED = "000_6fea33418e000787"  # 北戴河区机关事务管理局: 物业管理费 248.96万元, 22800㎡


def _peers(world: World, values: range) -> None:
    UnitCostRecord.objects.bulk_create(
        UnitCostRecord(
            plan=world.other_plan, project_position=n + 1, project_name=f"物业管理费{n}",
            category="property", value=Decimal(v), unit="元/平方米·年",
            quantity=Decimal(10000), quantity_unit="平方米",
        )
        for n, v in enumerate(values)
    )  # fmt: skip


@pytest.mark.django_db
def test_unit_costs_are_stored_on_save_and_compared_with_peers(world: World) -> None:
    document = import_file(seed_path(PROPERTY_SEED))
    record = store_plan(document, department_for(document, world.region), force=True)
    (row,) = UnitCostRecord.objects.filter(plan=record)
    assert (row.project_name, row.quantity, row.value) == ("物业管理费", 22800, Decimal("109.19"))

    alone = review_record(record).report.findings
    assert not [f for f in alone if f.rule == "C107"]  # one plan is no distribution

    _peers(world, range(20, 56))  # 36 property fees from 20 to 55 元/平方米·年
    (finding,) = [f for f in review_record(record).report.findings if f.rule == "C107"]
    assert "中位数38元/平方米·年" in finding.message and "共37个" in finding.message  # itself too
    assert finding.project == "物业管理费" and finding.indicator is not None

    page = world.client("bureau").get(f"/plans/{record.pk}/download/review.html")
    assert page.status_code == 200
    html = page.content.decode()
    assert "单位成本（预算数÷数量）与同类项目" in html and "同类项目37个" in html
    assert html.count('class="chart chart-bars"') >= 1 and "同类中位数" in html


@pytest.mark.django_db
def test_saving_again_replaces_the_rows(world: World) -> None:
    document = import_file(seed_path(PROPERTY_SEED))
    department = department_for(document, world.region)
    first = store_plan(document, department, force=True)
    again = store_plan(document, department, force=True)
    assert UnitCostRecord.objects.filter(plan__department=department).count() == (
        1 if first.pk == again.pk else 2
    )
    assert UnitCostRecord.objects.filter(plan=again).count() == 1


@pytest.mark.django_db
def test_the_finding_and_its_chart_print_one_figure(world: World) -> None:
    """物业费 248.96万元 ÷ 22800㎡ = 109.1930 元/平方米·年: the C106 finding said 109.2,
    the chart's bar 109.19 and its title 109.193 — one figure rounded three ways."""
    document = import_file(seed_path(PROPERTY_SEED))
    record = store_plan(document, department_for(document, world.region), force=True)
    client = world.client("bureau")
    findings = client.get(f"/plans/{record.pk}/findings/").content.decode()
    assert "＝109.19元/平方米·年" in findings, "the C106 finding rounds its own way"

    html = client.get(f"/plans/{record.pk}/download/review.html").content.decode()
    assert "＝109.19元/平方米·年" in html
    assert "物业费：109.19元/平方米·年" in html, "the chart's title rounds its own way"
    assert ">109.19<" in html and "109.193" not in html
