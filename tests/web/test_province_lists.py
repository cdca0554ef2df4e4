"""The bureau's lists with a province's worth of plans: 60 departments of one region made by
``bench/province.py`` (the generator the speed benchmarks use), reviewed as after an import.
The 绩效文本 list (and its 审核发现 filter), the dashboards and the 整改 list page and sort
without reading any plan's indicators, in a number of queries that does not grow with the
plans."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from bench import province
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from jixiao.web.orgs.models import Region
from jixiao.web.plans.models import PlanRecord
from jixiao.web.rectification.models import RectificationRecord
from jixiao.web.rectification.tracking import candidates, mark
from jixiao.workflow import Role
from tests.web.conftest import make_user
from tests.web.reports_world import approve

DEADLINE = dt.date(2025, 9, 30)
PAGES = (
    "/lists/plans/",
    "/lists/plans/?findings=errors",
    "/lists/plans/?findings=clean",
    "/lists/plans/?sort=-errors&page=2",
    "/",
    "/monitoring/",
    "/evaluation/",
    "/rectification/",
)


def _bureau(departments: int) -> Client:
    """A region of ``departments`` plans, each approved with its 监控 round and 自评 opened
    and two of its findings made 整改 items; the region's 财政局 signed in."""
    province.load(1, departments)
    region = Region.objects.get(name=province.region_name(1))
    admin = make_user(f"admin{departments}", Role.ADMIN, region)
    opener = Client()
    opener.force_login(admin)
    for plan in PlanRecord.objects.filter(department__region=region):
        approve(plan, admin)
        opened = opener.post(f"/plans/{plan.pk}/monitoring/new/", {"monitor_date": "2025-07-31"})
        assert opened.status_code == 302, opened.content
        assert opener.post(f"/plans/{plan.pk}/evaluation/start/").status_code == 302
        keys = [c.key for c in candidates(plan, DEADLINE)[:2]]
        assert mark(admin, plan, keys, DEADLINE) == 2
    client = Client()
    client.force_login(make_user(f"bureau{departments}", Role.BUREAU_REVIEWER, region))
    return client


def _queries(client: Client) -> dict[str, list[str]]:
    found = {}
    for path in PAGES:
        for alias in settings.CACHES:  # each page rendered anew, not read from a cache
            caches[alias].clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, path
        found[path] = [q["sql"] for q in captured.captured_queries]
    return found


def _listing(client: Client, path: str) -> Any:
    return client.get(path).context["listing"]


@pytest.mark.django_db
def test_sixty_plans_list_page_and_sort_without_reading_their_indicators() -> None:
    few = _queries(_bureau(6))
    province.clear()
    client = _bureau(60)
    many = _queries(client)
    for path in PAGES:
        assert not [s for s in many[path] if "plans_indicatorrecord" in s], path
        assert len(many[path]) == len(few[path]), (path, many[path])

    plans = PlanRecord.objects.filter(department__region__name=province.region_name(1))
    assert plans.count() == 60
    first = _listing(client, "/lists/plans/")
    assert first.count == 60 and len(first.page.object_list) == first.page_size < 60
    assert first.page.paginator.num_pages == -(-60 // first.page_size)

    # 审核发现 filter: the plans with errors and those without, each whole, paged alike
    with_errors = _listing(client, "/lists/plans/?findings=errors")
    assert with_errors.count == plans.filter(errors__gt=0).count()
    clean = _listing(client, "/lists/plans/?findings=clean")
    assert clean.count == plans.filter(errors=0, warnings_count=0).count()
    assert all(row.errors > 0 for row in with_errors.rows)

    # sorted by 错误 over every plan, the second page continuing the first
    pages = [_listing(client, f"/lists/plans/?sort=-errors&page={n}") for n in (1, 2)]
    shown = [row.errors for page in pages for row in page.page.object_list]
    wanted = sorted(plans.values_list("errors", flat=True), reverse=True)
    assert shown == wanted[: len(shown)] and len(shown) == min(60, 2 * first.page_size)
    items = RectificationRecord.objects.filter(plan__in=plans)
    assert items.count() == 120
    # the 整改 list pages, earliest deadline first (it listed every item of the region)
    boards = [client.get(f"/rectification/?page={n}").context["page"] for n in (1, 2, 3)]
    assert [len(b.object_list) for b in boards] == [50, 50, 20]
    listed = [r.pk for b in boards for r in b.object_list]
    assert listed == list(items.order_by("deadline", "pk").values_list("pk", flat=True))
    assert "共 120 项，第 1 页，共 3 页" in client.get("/rectification/").content.decode()
    names = [row.pk for page in pages for row in page.page.object_list]
    assert len(set(names)) == len(names), "a plan on both pages"
