"""Queries compiled once per process (jixiao.web.runtime.compiled) give what the ORM gives:
the same rows, the same related objects loaded, converters applied — on SQLite and on
PostgreSQL (``make test-postgres``) — for the session, the person, the plan, its comments
and versions, with values that change between calls."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.db import connection
from django.db.models import Model
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jixiao.web.pages.backend import PageUserBackend
from jixiao.web.plans import commenting
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.lookup import (
    PLAN_DEFERRED,
    find_plan,
    find_project,
    plan_comments,
    project_comments,
    version_list,
)
from jixiao.web.plans.models import Comment, PlanRecord, PlanVersion, ProjectRecord
from jixiao.web.runtime.compiled import CompiledQuery
from jixiao.web.runtime.sessions import SessionStore
from jixiao.web.tasks.messaging import UNREAD
from jixiao.web.tasks.models import Message
from tests.web.conftest import World


def _fields(instance: Model) -> dict[str, Any]:
    return {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields}


def _shown(plan: PlanRecord) -> dict[str, Any]:
    """The plan's columns the pages show (all but :data:`PLAN_DEFERRED`)."""
    return {
        f.attname: getattr(plan, f.attname)
        for f in plan._meta.concrete_fields
        if f.attname not in PLAN_DEFERRED
    }


def test_plans_and_projects_as_the_orm_reads_them_with_their_departments(world: World) -> None:
    for plan in (world.own_plan, world.other_plan):
        found = find_plan(plan.pk)
        expected = PlanRecord.objects.select_related("department").get(pk=plan.pk)
        assert found is not None and found.get_deferred_fields() == set(PLAN_DEFERRED)
        with CaptureQueriesContext(connection) as queries:
            assert found.department.name == expected.department.name
            assert found.department.region_id == world.region.pk
            assert _shown(found) == _shown(expected)
        assert not queries.captured_queries  # read with the plan, as select_related does
        # the columns no page shows come with the whole plan, in one query
        with CaptureQueriesContext(connection) as queries:
            found.refresh_from_db(fields=sorted(found.get_deferred_fields()))
        assert len(queries.captured_queries) == 1 and _fields(found) == _fields(expected)
        assert plan_to_domain(find_plan(plan.pk)) == plan_to_domain(expected)  # type: ignore[arg-type]
        for project in plan.projects.all()[:3]:
            seen = find_project(project.pk)
            assert seen is not None and _fields(seen) == _fields(project)
            with CaptureQueriesContext(connection) as queries:
                assert seen.plan.department.pk == plan.department_id
                assert _shown(seen.plan) == _shown(expected)
            assert not queries.captured_queries
    for absent in (10**9, 2**40, 2**70, -(2**70)):  # as the fuzzer sends them
        assert find_plan(absent) is None and find_project(absent) is None


def test_the_person_with_role_place_and_unread_count(world: World) -> None:
    backend = PageUserBackend()
    editor = world.users["editor"]
    Message.objects.create(recipient=editor, kind=Message.Kind.TASK, title="一")
    Message.objects.create(recipient=editor, kind=Message.Kind.TASK, title="二")
    Message.objects.create(
        recipient=editor, kind=Message.Kind.TASK, title="已读", read_at=timezone.now()
    )
    for name, unread in (("editor", 2), ("bureau", 0), ("unit_editor", 0)):
        user = backend.get_user(world.users[name].pk)
        assert user is not None and user.username == name
        assert getattr(user, UNREAD) == unread
        with CaptureQueriesContext(connection) as queries:
            member = user.membership
            assert member.region.name == world.region.name
            assert (member.department and member.department.name) == (
                world.users[name].membership.department
                and world.users[name].membership.department.name
            )
            assert (member.unit.code if member.unit else None) == (
                "430004" if name == "unit_editor" else None
            )
        assert not queries.captured_queries
    User.objects.filter(pk=editor.pk).update(is_active=False)
    assert backend.get_user(editor.pk) is None
    assert backend.get_user("not a number") is None


def test_sessions_read_and_expired_as_by_django(world: World) -> None:
    store = SessionStore()
    store["note"] = "预算绩效"
    store.create()
    assert SessionStore(store.session_key)["note"] == "预算绩效"
    Session.objects.filter(pk=store.session_key).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    expired = SessionStore(store.session_key)
    assert "note" not in expired and expired.session_key is None
    assert dict(SessionStore("no-such-session-key").items()) == {}


def test_comments_and_versions_of_the_pages(world: World) -> None:
    plan = world.own_plan
    project = plan.projects.order_by("position").first()
    assert project is not None
    bureau = world.users["bureau"]
    commenting.add_comment(bureau, plan, "整体意见", None)
    commenting.add_comment(bureau, plan, "项目意见", project.pk)
    expected = list(plan.comments.select_related("author", "project", "indicator"))
    found = plan_comments(plan.pk)
    assert [_fields(c) for c in found] == [_fields(c) for c in expected]
    assert [c.author_name for c in found] == [c.author_name for c in expected]
    assert [c.text for c in project_comments(project.pk)] == ["项目意见"]
    assert plan_comments(world.other_plan.pk) == []
    PlanVersion.objects.create(plan=plan, number=2, action="submit", status="x", snapshot={})
    PlanVersion.objects.create(plan=plan, number=1, action="submit", status="y", snapshot={})
    assert [(v.number, v.status) for v in version_list(plan.pk)] == [(1, "y"), (2, "x")]


def test_a_value_that_is_not_a_query_parameter_is_refused_at_once(world: World) -> None:
    ignoring = CompiledQuery(lambda pk: Comment.objects.all(), int)
    with pytest.raises(ValueError, match="not a query parameter"):
        ignoring.objects(1)


def test_rows_of_a_values_query_with_converted_values(world: World) -> None:
    plans = CompiledQuery(
        lambda pk: (
            ProjectRecord.objects.filter(plan_id=pk)
            .order_by("position")
            .values_list("name", "budget_total", "plan__updated_at")
        ),
        int,
    )
    for plan in (world.own_plan, world.other_plan):
        expected = list(
            ProjectRecord.objects.filter(plan=plan)
            .order_by("position")
            .values_list("name", "budget_total", "plan__updated_at")
        )
        assert plans.rows(plan.pk) == expected
        assert isinstance(expected[0][2], dt.datetime)
