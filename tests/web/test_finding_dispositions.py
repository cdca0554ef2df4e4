"""审核发现处理 through the web, on seed 002: a reviewer rejects a finding with a reason and
the counts change on the page and on the (cached) 审核报告; the unit may only answer 已修改;
a disposition follows its finding through a recomputation that renumbers the findings, and
one whose finding disappeared is neither shown nor counted."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.utils.html import escape

from jixiao.web.audit.models import AuditEntry
from jixiao.web.dispositions.handling import handling
from jixiao.web.dispositions.models import FindingDisposition
from jixiao.web.findings.reading import stored
from jixiao.web.plans.editing import delete_project
from tests.web.conftest import World


def _page(world: World, who: str, query: str = "") -> Any:
    response = world.client(who).get(f"/plans/{world.own_plan.pk}/findings/{query}")
    assert response.status_code == 200
    return response


def _mark(world: World, who: str, key: str, status: str, note: str = "") -> Any:
    return world.client(who).post(
        f"/plans/{world.own_plan.pk}/findings/mark/",
        {"finding": key, "status": status, "note": note},
    )


def _report(world: World) -> str:
    response = world.client("bureau").get(f"/plans/{world.own_plan.pk}/download/review.html")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_a_rejection_with_its_reason_is_counted_and_shown_at_once(world: World) -> None:
    first = _page(world, "bureau")
    items = first.context["handling"].items
    total = len(items)
    assert total > 10 and f"共 {total} 条 · 待处理 {total} · 已修改 0" in first.content.decode()
    assert "处理情况：全部待处理" in _report(world)  # its section now in the cache
    refused = _mark(world, "bureau", items[3].key, "rejected", "  ")
    assert refused.status_code == 302 and not FindingDisposition.objects.exists()
    done = _mark(world, "bureau", items[3].key, "rejected", "该指标按文件规定设置")
    assert done.status_code == 302
    page = _page(world, "bureau").content.decode()
    assert f"待处理 {total - 1} · 已修改 0 · 不予采纳 1 · 已核实 0" in page
    assert "该指标按文件规定设置" in page
    # the report's section is cached; the counts beside it are read on every view
    assert f"待处理 {total - 1} · 已修改 0 · 不予采纳 1" in _report(world)
    shown = _page(world, "bureau", "?status=rejected").context["page"].object_list
    assert [i.key for i in shown] == [items[3].key] and shown[0].by == "bureau"
    entry = AuditEntry.objects.get(action="dispose_finding")
    assert entry.plan == world.own_plan and entry.after["status"] == "rejected"


@pytest.mark.django_db
def test_the_unit_answers_modified_but_may_not_reject(world: World) -> None:
    key = _page(world, "editor").context["handling"].items[0].key
    assert _mark(world, "editor", key, "rejected", "不改").status_code == 403
    assert _mark(world, "editor", key, "modified", "已按意见修改").status_code == 302
    assert FindingDisposition.objects.get().status == "modified"
    assert _mark(world, "reviewer", key, "verified").status_code == 302
    assert FindingDisposition.objects.get().status == "verified"
    assert AuditEntry.objects.filter(action="dispose_finding").count() == 2
    gone = _mark(world, "bureau", "0" * 32, "verified")
    assert gone.status_code == 302 and FindingDisposition.objects.count() == 1


@pytest.mark.django_db
def test_a_disposition_follows_its_finding_through_a_renumbering(world: World) -> None:
    plan = world.own_plan
    items = handling(stored(plan)).items
    first_project = items[0].finding["project_index"]
    fixed = next(i for i in items if i.finding["project_index"] == first_project)
    kept = next(i for i in reversed(items) if i.finding["project_index"] != first_project)
    assert _mark(world, "bureau", fixed.key, "modified").status_code == 302
    assert _mark(world, "bureau", kept.key, "verified", "已核实").status_code == 302
    old_number = items.index(kept)
    project = plan.projects.get(position=first_project)
    delete_project(world.users["admin"], project)  # its findings disappear, the rest move up
    plan.refresh_from_db()
    after = handling(stored(plan))
    assert after.total < len(items)
    moved = next(i for i in after.items if i.key == kept.key)
    assert after.items.index(moved) < old_number  # renumbered, same disposition
    assert moved.status == "verified" and moved.note == "已核实"
    assert moved.finding["rule"] == kept.finding["rule"]
    assert fixed.key not in {i.key for i in after.items}
    assert after.counts["modified"] == 0 and after.counts["verified"] == 1
    assert FindingDisposition.objects.filter(key=fixed.key).exists()  # kept, unshown


@pytest.mark.django_db
def test_the_api_gives_each_finding_its_status_past_the_cache(world: World) -> None:
    plan = world.own_plan
    client = world.client("bureau")
    before = client.get(f"/api/plans/{plan.pk}/findings").json()  # cached from here on
    assert before and {f["disposition"] for f in before} == {"pending"}
    key = handling(stored(plan)).items[1].key
    assert _mark(world, "bureau", key, "verified").status_code == 302
    after = client.get(f"/api/plans/{plan.pk}/findings").json()
    assert [f["disposition"] for f in after] == ["pending", "verified"] + ["pending"] * (
        len(after) - 2
    )
    project = plan.projects.get(position=after[1]["project_index"])
    of_project = client.get(f"/api/projects/{project.pk}/findings").json()
    assert [f for f in of_project if f["disposition"] == "verified"] == [after[1]]


@pytest.mark.django_db
def test_each_finding_says_where_why_and_how_to_fix_under_its_place(world: World) -> None:
    """The page a unit answers findings on showed the problem but not the fix, in one long
    list: each finding now has its 修改建议, under a heading of its project (or 部门整体)."""
    response = _page(world, "editor")
    items = response.context["page"].object_list
    html = response.content.decode()
    places = re.findall(r'<tr class="place"><th[^>]*>(.*?)</th>', html)
    projects = [i.finding["project"] for i in items]
    expected = [
        f"项目：{p}" if p else "部门整体"
        for n, p in enumerate(projects)
        if n == 0 or projects[n - 1] != p
    ]
    assert places == expected and len(places) > 1
    for item in items[:20]:
        row = html.split(f'id="finding-{item.key}"', 1)[1].split("</tr>", 1)[0]
        assert escape(item.finding["message"]) in row
        assert f"建议：{escape(item.finding['suggestion'])}" in row


@pytest.mark.django_db
def test_after_each_finding_the_reviewer_is_back_where_they_were(world: World) -> None:
    """Seed 002 has over 100 findings (two pages). Handling them one by one sent the reviewer
    to the top of page 1 after each save; now to the finding just handled, or — in the
    待处理 list it has left — to the next one still pending, on its page."""
    items = handling(stored(world.own_plan)).items
    assert len(items) > 101
    client = world.client("bureau")
    url = f"/plans/{world.own_plan.pk}/findings/"

    late = items[101]
    saved = client.post(f"{url}mark/", {"finding": late.key, "status": "verified", "note": ""})
    assert saved["Location"] == f"{url}?page=2#finding-{late.key}"
    assert f'id="finding-{late.key}"' in client.get(saved["Location"]).content.decode()

    first = items[0]
    pending = client.post(
        f"{url}mark/", {"finding": first.key, "status": "verified", "back": "pending"}
    )
    assert pending["Location"] == f"{url}?status=pending&page=1#finding-{items[1].key}"

    last = items[-1]
    end = client.post(f"{url}mark/", {"finding": last.key, "status": "verified", "back": "pending"})
    assert end["Location"] == f"{url}?status=pending"  # nothing after it: the list's top
