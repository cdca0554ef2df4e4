"""PostgreSQL prepares the statements the pages send again and again
(jixiao.web.runtime.postgres): checked in the server's own view of the connection's prepared
statements while real pages are served, and the switch that turns it off behind a
transaction-mode pooler."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client

from jixiao.web.runtime.postgres import PREPARE_THRESHOLD, postgres_options
from tests.web.conftest import World


def test_the_switch_for_a_transaction_mode_pooler() -> None:
    assert postgres_options({}) == {
        "server_side_binding": True,
        "prepare_threshold": PREPARE_THRESHOLD,
    }
    for off in ("0", "false", "off", " NO "):
        assert postgres_options({"JIXIAO_DB_PREPARE": off}) == {}
    assert postgres_options({"JIXIAO_DB_PREPARE": "1"})["server_side_binding"] is True


def _prepared() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE from_sql = false")
        return [row[0] for row in cursor.fetchall()]


def test_the_pages_statements_are_prepared_on_postgresql(world: World) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("server-side prepared statements are PostgreSQL's (make test-postgres)")
    assert connection.settings_dict["OPTIONS"]["prepare_threshold"] == PREPARE_THRESHOLD
    client = Client()
    client.force_login(world.users["bureau"])
    plan = world.own_plan
    project = plan.projects.order_by("position").first()
    assert project is not None
    pages = [f"/plans/{plan.pk}/", f"/projects/{project.pk}/", f"/api/plans/{plan.pk}/findings"]
    for _ in range(PREPARE_THRESHOLD + 1):
        for page in pages:
            response = client.get(page)
            assert response.status_code == 200, page
    prepared = _prepared()
    # the plan lookup every page runs, prepared once for all its values
    assert any('FROM "plans_planrecord"' in sql and "$1" in sql for sql in prepared), prepared
    # served again, the pages run the statements already prepared: none is added
    for page in pages:
        assert client.get(page).status_code == 200, page
    assert sorted(_prepared()) == sorted(prepared)
