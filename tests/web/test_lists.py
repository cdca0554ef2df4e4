"""清单: the one list mechanism on real plans — filters, search, sorting, paging, 合计 and
导出Excel of exactly what is filtered; malformed query strings never fail; batch 通过/退回
through the workflow, with the error override audited."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

import openpyxl
import pytest
from django.http import QueryDict
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.textnorm.natural import natural_key
from jixiao.web.audit.models import AuditEntry
from jixiao.web.listing import Column, Filter, ListSpec, run_list
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.workflow import Action, Role
from tests.web.conftest import World
from tests.web.reports_world import approve


def _sheet(content: bytes) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(io.BytesIO(content))
    sheet = book.active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def _body(client: Any, url: str) -> str:
    """The table of a list page (the filter bar names every department)."""
    html = client.get(url).content.decode()
    return html[html.index("<tbody>") : html.index("</table>")]


def _budget(plan: PlanRecord) -> Decimal:
    return sum(
        (p.budget_total or Decimal(0) for p in ProjectRecord.objects.filter(plan=plan)),
        Decimal(0),
    )


@pytest.mark.django_db
def test_the_plans_list_filters_totals_and_exports_what_is_filtered(world: World) -> None:
    client = world.client("bureau")
    page = _body(client, "/lists/plans/")
    assert world.own.name in page and world.other.name in page
    assert page.count('name="ids"') == 2  # a reviewer selects rows for batch decisions
    assert (
        '<th class="num"><a href="?sort=budget" class="sort ">预算数（万元）'
        in client.get("/lists/plans/").content.decode()
    )
    total = _budget(world.own_plan) + _budget(world.other_plan)
    assert f"{total:,.2f}" in page  # 合计 over both plans, two decimals
    only_2023 = _body(client, "/lists/plans/?year=2023")
    assert world.own.name in only_2023 and world.other.name not in only_2023
    assert f"{_budget(world.own_plan):,.2f}" in only_2023
    rows = _sheet(client.get("/lists/plans/?year=2023&export=xlsx").content)
    assert rows[0][0] == "部门" and "预算数（万元）" in rows[0]
    assert [r[0] for r in rows[1:]] == [world.own.name, "合计"]
    budget_at = rows[0].index("预算数（万元）")
    assert rows[1][budget_at] == pytest.approx(float(_budget(world.own_plan)))
    assert rows[2][budget_at] == pytest.approx(float(_budget(world.own_plan)))
    searched = _body(client, "/lists/plans/?q=张家口")
    assert world.other.name in searched and world.own.name not in searched
    # sorted by budget, both directions
    ascending = _body(client, "/lists/plans/?sort=budget")
    descending = _body(client, "/lists/plans/?sort=-budget")
    smaller, larger = sorted([world.own_plan, world.other_plan], key=lambda p: _budget(p))
    for html, first in ((ascending, smaller), (descending, larger)):
        assert html.index(first.department.name) < html.index(
            ({smaller.department.name, larger.department.name} - {first.department.name}).pop()
        )


@pytest.mark.django_db
def test_an_editor_lists_only_the_own_department(world: World) -> None:
    page = _body(world.client("editor"), "/lists/plans/")
    assert world.own.name in page and world.other.name not in page
    assert 'name="ids"' not in page  # no batch for editors


@pytest.mark.django_db
def test_malformed_query_strings_are_ignored(world: World) -> None:
    client = world.client("admin")
    bad = [
        "year=abc",
        "year=99999999999999999999",
        "department=-1",
        "department=1e9",
        "sort=nope",
        "sort=--year",
        "page=-3",
        "page=abc",
        "size=7",
        "size=",
        "status=%00",
        "q=%00a",
        "action=x%00",
        "q=" + "长" * 500,
        "grade=X&year=&page=9999",
        "export=pdf",
    ]
    for path in (
        "/lists/plans/",
        "/lists/monitoring/",
        "/lists/evaluation/",
        "/lists/off-track/",
        "/lists/budget/",
        f"/lists/plans/{world.other_plan.pk}/projects/",
    ):
        for query in bad:
            response = client.get(f"{path}?{query}")
            assert response.status_code == 200, (path, query, response.status_code)


@pytest.mark.django_db
def test_a_plans_projects_by_unit_with_totals(world: World) -> None:
    client = world.client("bureau")
    plan = world.other_plan
    url = f"/lists/plans/{plan.pk}/projects/"
    unit = "430004"
    projects = ProjectRecord.objects.filter(plan=plan, unit_code=unit)
    rows = _sheet(client.get(f"{url}?unit={unit}&export=xlsx").content)
    assert len(rows) == projects.count() + 2  # header, rows, 合计
    assert rows[-1][0] == "合计"
    at = rows[0].index("预算数（万元）")
    expected = sum((p.budget_total or Decimal(0) for p in projects), Decimal(0))
    assert rows[-1][at] == pytest.approx(float(expected))
    paged = client.get(f"{url}?size=20&page=1").content.decode()
    assert "共 14 条" in paged


# the engine itself, on rows in Python: what a reference computation says

ROWS = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.text(alphabet="甲乙丙丁ab３1２0", min_size=1, max_size=4),
            "year": st.integers(2020, 2025),
            "money": st.one_of(st.none(), st.decimals(0, 10_000, places=2)),
        }
    ),
    max_size=40,
)
SPEC = ListSpec(
    "t",
    (
        Column("name", "名称"),
        Column("year", "年度", "int"),
        Column("money", "金额", "money", total=True),
    ),
    filters=(Filter("year", "年度", "year", lambda: [], integer=True),),
    search=("name",),
    page_sizes=(5, 10),
)


@settings(max_examples=60, deadline=None)
@given(
    ROWS,
    st.integers(2019, 2026),
    st.sampled_from(["", "甲", "a"]),
    st.sampled_from(["money", "-money", "year", "name", "bogus"]),
    st.sampled_from(["5", "10", "3"]),
)
def test_the_engine_filters_sorts_pages_and_totals_like_a_reference(
    rows: list[dict[str, Any]], year: int, q: str, sort: str, size: str
) -> None:
    params = QueryDict(mutable=True)
    params.update({"year": str(year), "q": q, "sort": sort, "size": size})
    wanted = [r for r in rows if r["year"] == year and q.lower() in r["name"].lower()]
    listing = run_list(SPEC, list(rows), params)
    assert sorted(map(id, listing.rows)) == sorted(map(id, wanted))
    assert listing.totals["money"] == sum(
        (r["money"] for r in wanted if r["money"] is not None), Decimal(0)
    )
    key = sort.lstrip("-")
    if key in ("money", "year", "name"):
        present = [r[key] for r in listing.rows if r[key] is not None]
        by = natural_key if key == "name" else None  # text as read: 样本3 before 样本28
        assert present == sorted(present, key=by, reverse=sort.startswith("-"))
        assert all(r[key] is None for r in listing.rows[len(present) :])  # empty last
    # the pages, one after another, are the rows
    page_size = int(size) if size in ("5", "10") else 5
    collected = []
    for number in range(1, listing.page.paginator.num_pages + 1):
        params["page"] = str(number)
        collected += list(run_list(SPEC, list(rows), params).page.object_list)
    assert [id(r) for r in collected] == [id(r) for r in listing.rows]
    assert listing.page_size == page_size


@pytest.mark.django_db
def test_batch_approval_confirms_lists_and_audits_the_error_override(world: World) -> None:
    admin = world.users["admin"]
    for plan in (world.own_plan, world.other_plan):
        act(admin, Role.ADMIN, plan, Action.SUBMIT)
        act(admin, Role.ADMIN, plan, Action.FORWARD)
    PlanRecord.objects.filter(pk=world.other_plan.pk).update(errors=0)
    PlanRecord.objects.filter(pk=world.own_plan.pk).update(errors=2)
    client = world.client("bureau")
    ids = [str(world.own_plan.pk), str(world.other_plan.pk)]
    confirm = client.post("/lists/plans/batch/", {"ids": ids, "action": "approve"})
    page = confirm.content.decode()
    assert confirm.status_code == 200 and "确认批量审核通过（批复并公开）" in page
    assert world.own.name in page and world.other.name in page and 'name="override"' in page
    # without the override, only the plan without errors is approved
    client.post("/lists/plans/batch/apply/", {"ids": ids, "action": "approve"})
    statuses = dict(PlanRecord.objects.values_list("pk", "status"))
    assert statuses[world.other_plan.pk] == "approved"
    assert statuses[world.own_plan.pk] == "bureau_review"
    assert not AuditEntry.objects.filter(action="approve_with_errors").exists()
    client.post("/lists/plans/batch/apply/", {"ids": ids, "action": "approve", "override": "1"})
    assert PlanRecord.objects.get(pk=world.own_plan.pk).status == "approved"
    override = AuditEntry.objects.get(action="approve_with_errors")
    assert override.plan_id == world.own_plan.pk and "2 个错误级审核发现" in override.summary
    assert AuditEntry.objects.filter(action="workflow_approve").count() == 2


@pytest.mark.django_db
def test_batch_return_applies_one_comment_and_checks_each_permission(world: World) -> None:
    editor = world.users["editor"]
    act(editor, Role.UNIT_EDITOR, world.own_plan, Action.SUBMIT)
    act(world.users["other_editor"], Role.UNIT_EDITOR, world.other_plan, Action.SUBMIT)
    ids = [str(world.own_plan.pk), str(world.other_plan.pk)]
    # the own department's reviewer: the other department's plan is not theirs
    world.client("reviewer").post(
        "/lists/plans/batch/apply/", {"ids": ids, "action": "return", "comment": "请补充"}
    )
    statuses = dict(PlanRecord.objects.values_list("pk", "status"))
    assert statuses == {world.own_plan.pk: "returned", world.other_plan.pk: "department_review"}
    assert world.own_plan.comments.filter(text="请补充").count() == 1
    # a return without a comment is refused for each, nothing moves
    act(editor, Role.UNIT_EDITOR, world.own_plan, Action.SUBMIT)
    response = world.client("admin").post(
        "/lists/plans/batch/apply/", {"ids": ids, "action": "return"}, follow=True
    )
    assert "退回时请填写修改意见" in response.content.decode()
    assert set(PlanRecord.objects.values_list("status", flat=True)) == {"department_review"}
    # an editor cannot batch at all
    world.client("editor").post("/lists/plans/batch/apply/", {"ids": ids, "action": "forward"})
    assert set(PlanRecord.objects.values_list("status", flat=True)) == {"department_review"}


@pytest.mark.django_db
def test_approving_one_plan_with_errors_on_its_page_needs_the_confirmation(world: World) -> None:
    admin = world.users["admin"]
    plan = world.own_plan
    for action in (Action.SUBMIT, Action.FORWARD):
        act(admin, Role.ADMIN, plan, action)
    PlanRecord.objects.filter(pk=plan.pk).update(errors=3)
    client = world.client("bureau")
    page = client.get(f"/plans/{plan.pk}/").content.decode()
    assert "仍有 3 个错误级审核发现，确认批复" in page
    refused = client.post(f"/plans/{plan.pk}/action/", {"action": "approve"}, follow=True)
    assert "仍有 3 个错误级审核发现" in refused.content.decode()
    assert PlanRecord.objects.get(pk=plan.pk).status == "bureau_review"
    client.post(f"/plans/{plan.pk}/action/", {"action": "approve", "override": "1"})
    assert PlanRecord.objects.get(pk=plan.pk).status == "approved"
    assert AuditEntry.objects.filter(action="approve_with_errors", plan=plan).count() == 1


@pytest.mark.django_db
def test_the_public_list_shows_only_published_plans_with_a_year_filter(world: World) -> None:
    admin = world.users["admin"]
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(admin, Role.ADMIN, world.own_plan, action)
    visitor = world.client(None)
    listed = _body(visitor, "/public/")
    assert world.own.name in listed and world.other.name not in listed  # never unpublished
    assert world.own.name in _body(visitor, "/public/?year=2023")
    assert world.own.name not in _body(visitor, "/public/?year=2024")
    assert "没有找到符合条件的绩效文本" in _body(visitor, "/public/?q=不存在的部门")
    rows = _sheet(visitor.get("/public/?export=xlsx").content)
    assert [r[0] for r in rows[1:]] == [world.own.name, "合计"]


@pytest.mark.django_db
def test_the_public_list_offers_every_format_the_plans_page_does(world: World) -> None:
    """The list's download links were five of its own: no 网页, the plan's page has six."""
    approve(world.own_plan, world.users["admin"])
    visitor = world.client(None)
    page = visitor.get(f"/public/plans/{world.own_plan.pk}/").content.decode()
    offered = set(re.findall(rf"/public/plans/{world.own_plan.pk}/download/(\w+)", page))
    listed = set(
        re.findall(rf"/public/plans/{world.own_plan.pk}/download/(\w+)", _body(visitor, "/public/"))
    )
    assert "html" in offered and listed == offered, (listed, offered)


@pytest.mark.django_db
def test_the_audit_log_filters_by_action_plan_and_department(world: World) -> None:
    admin = world.users["admin"]
    act(admin, Role.ADMIN, world.own_plan, Action.SUBMIT)
    act(admin, Role.ADMIN, world.own_plan, Action.RETURN, "请补充")
    act(admin, Role.ADMIN, world.other_plan, Action.SUBMIT)
    bureau = world.client("bureau")
    returns = _body(bureau, "/audit/?action=workflow_return")
    assert returns.count("<tr>") == 1 and "请补充" in returns
    own = _body(bureau, f"/audit/?plan={world.own_plan.pk}")
    assert own.count("<tr>") == AuditEntry.objects.filter(plan=world.own_plan).count() >= 2
    # the own department's reviewer never sees the other department's entries
    reviewer = _body(world.client("reviewer"), "/audit/?size=200")
    assert world.other.name not in reviewer and world.own.name in reviewer
    rows = _sheet(bureau.get("/audit/?action=workflow_submit&export=xlsx").content)
    assert len(rows) == 3 and rows[0][0] == "时间"


@pytest.mark.django_db
def test_malformed_posts_are_refused_or_ignored_never_a_server_error(world: World) -> None:
    bureau = world.client("bureau")
    for body in (
        {"ids": ["²", "1e3", "-1", "9" * 30], "action": "approve"},
        {"ids": [str(world.own_plan.pk)], "action": "return", "comment": "改\x00"},
        {"ids": [str(world.own_plan.pk)], "action": "nope"},
    ):
        for path in ("/lists/plans/batch/", "/lists/plans/batch/apply/"):
            assert bureau.post(path, body).status_code in (200, 302, 404), (path, body)
    for body in (
        {"year": "２０２３", "stage": "declare", "deadline": "2023-01-01", "all": "1"},
        {"year": "2023", "stage": "declare", "deadline": "2023-01-01", "all": "1", "note": "a\x00"},
        {"year": "2023", "stage": "declare", "deadline": "2023-01-01", "departments": ["²"]},
    ):
        assert bureau.post("/tasks/new/", body).status_code in (302, 400, 403), body
