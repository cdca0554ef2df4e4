"""The 监控 and 自评 dashboards, once rendered, answer from one query however many reports
they show: each report's status, plan and stored computation, and its inputs' revision
(to see what is out of date), come back together; the records themselves are read only
when the page must be rendered again.

A bureau watching 200 departments opens these pages all day; a query per report, or three
queries over all of them, was most of their cost.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from tests.web.conftest import World
from tests.web.reports_world import approve

DASHBOARDS = ("/monitoring/", "/evaluation/")


def _open_reports(world: World, plan: Any, editor: str) -> None:
    """The plan approved, its 监控 round and its 自评 opened by its editor."""
    approve(plan, world.users["admin"])
    client = world.client(editor)
    opened = client.post(
        f"/plans/{plan.pk}/monitoring/new/", {"monitor_date": f"{plan.year}-07-31"}
    )
    assert opened.status_code == 302, opened.content
    started = client.post(f"/plans/{plan.pk}/evaluation/start/")
    assert started.status_code == 302, started.content


def _queries_of_cached_pages(world: World) -> dict[str, list[str]]:
    """The SQL each dashboard runs once it has been rendered (the second view)."""
    client = world.client("bureau")
    found = {}
    for path in DASHBOARDS:
        assert client.get(path).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        found[path] = [query["sql"] for query in captured.captured_queries]
    return found


@pytest.mark.django_db
def test_cached_dashboards_read_one_query_whatever_the_number_of_reports(world: World) -> None:
    _open_reports(world, world.other_plan, "other_editor")
    one = _queries_of_cached_pages(world)
    _open_reports(world, world.own_plan, "editor")
    assert MonitoringRoundRecord.objects.count() == SelfEvaluationRecord.objects.count() == 2
    two = _queries_of_cached_pages(world)

    for path in DASHBOARDS:
        assert len(two[path]) == len(one[path]), (path, two[path])
        report_tables = [
            sql
            for sql in two[path]
            if "monitoring_monitoringroundrecord" in sql or "evaluation_selfevaluationrecord" in sql
        ]
        # the stamps of every report, with their stored results' keys, in one statement
        assert len(report_tables) == 1, (path, report_tables)
        assert "stored_result" in report_tables[0] or "reportstore_" in report_tables[0]


@pytest.mark.django_db
def test_both_reports_are_on_the_dashboards(world: World) -> None:
    _open_reports(world, world.other_plan, "other_editor")
    _open_reports(world, world.own_plan, "editor")
    client = world.client("bureau")
    for path in DASHBOARDS:
        page = client.get(path).content.decode()
        for plan in (world.own_plan, world.other_plan):
            assert plan.department.name in page, (path, plan.department.name)
