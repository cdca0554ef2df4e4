"""Ninth walk, view tests: each failed before its fix."""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest
from django.db.models import F

from jixiao.web.audit.log import record
from jixiao.web.audit.models import AuditEntry
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord, ProjectRecord
from jixiao.web.plans.suggesting import current_library
from jixiao.web.rectification.models import RectificationRecord
from jixiao.web.rectification.tracking import candidates
from jixiao.workflow import Action, Role
from tests.web.conftest import World
from tests.web.reports_world import approve
from tests.web.test_editing import first_project, project_payload


def _main(response: object) -> str:
    page: str = response.content.decode()  # type: ignore[attr-defined]
    return page.split("<main", 1)[1]


@pytest.mark.django_db
def test_the_lists_tell_the_time_in_beijing(world: World) -> None:
    """财政局 › 清单 and 审计日志: a plan saved at 15:40 in Beijing read 「07:40」 in 更新时间,
    the audit log's 时间 and their Excel exports (UTC, written without localtime), while the
    版本对比 of the same plan said 15:40."""
    at = dt.datetime(2024, 3, 5, 7, 40, tzinfo=dt.UTC)  # 15:40 in Beijing
    PlanRecord.objects.filter(pk=world.own_plan.pk).update(updated_at=at)
    entry = record(
        world.users["editor"], "edit_project", object_type="project", plan=world.own_plan
    )
    AuditEntry.objects.filter(pk=entry.pk).update(at=at)
    client = world.client("bureau")
    assert "2024-03-05 15:40" in _main(client.get("/lists/plans/"))
    assert "2024-03-05 07:40" not in _main(client.get("/lists/plans/"))
    audit = _main(client.get(f"/audit/?plan={world.own_plan.pk}"))
    assert "2024-03-05 15:40" in audit and "07:40" not in audit
    book = openpyxl.load_workbook(io.BytesIO(client.get("/lists/plans/?export=xlsx").content))
    cells = {str(c) for row in book.active.iter_rows(values_only=True) for c in row}  # type: ignore[union-attr]
    assert "2024-03-05 15:40" in cells


def _mark_errors(world: World, plan: PlanRecord, count: int) -> list[RectificationRecord]:
    found = candidates(plan, dt.date(2030, 1, 1))
    keys = [c.key for c in found if c.item.severity.value == "error"][:count]
    response = world.client("bureau").post(
        f"/plans/{plan.pk}/rectification/mark/", {"findings": keys, "deadline": "2030-06-30"}
    )
    assert response.status_code == 302
    return list(RectificationRecord.objects.filter(plan=plan).order_by("pk"))


@pytest.mark.django_db
def test_the_rectification_board_rates_as_every_page_does(world: World) -> None:
    """财政局 › 整改看板: 核实率 read 「33.3%」 (one decimal, 「25.0%」 for a quarter) where every
    other rate of the site has two decimals, trailing zeros dropped (model.percent)."""
    first, *_ = _mark_errors(world, world.own_plan, 3)
    url = f"/rectification/{first.pk}/"
    world.client("editor").post(url, {"action": "report", "comment": "已改", "lock_version": "1"})
    world.client("bureau").post(url, {"action": "verify", "lock_version": "2"})
    page = _main(world.client("bureau").get("/rectification/"))
    assert '<td class="num">33.33%</td>' in page and "33.3%<" not in page


@pytest.mark.django_db
def test_the_rectification_list_filters_by_department(world: World) -> None:
    """财政局 › 整改看板 › 整改事项 with many departments: the only filter was the status, so
    one department's items (to 催办 or to export its 整改台账) meant paging through the
    region's. Now a 部门 filter, kept on the ledger and the pager."""
    _mark_errors(world, world.own_plan, 2)
    _mark_errors(world, world.other_plan, 1)
    client = world.client("bureau")
    everyone = _main(client.get("/rectification/"))
    rows = everyone.split("<h2>整改事项</h2>", 1)[1].split("<tbody>", 1)[1]
    assert world.own.name in rows and world.other.name in rows
    only = _main(client.get(f"/rectification/?department={world.other.pk}"))
    items = only.split("<h2>整改事项</h2>", 1)[1].split("<tbody>", 1)[1]
    assert world.other.name in items and world.own.name not in items
    assert f'ledger.xlsx?department={world.other.pk}"' in only
    ledger = client.get(f"/rectification/ledger.xlsx?department={world.other.pk}").content
    sheet = openpyxl.load_workbook(io.BytesIO(ledger)).active
    rows = list(sheet.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert any(world.other.name in str(c) for row in rows for c in row)  # its subtitle
    assert [row[0] for row in rows if isinstance(row[0], int)] == [1]  # its one item
    assert client.get("/rectification/?department=abc").status_code == 200


@pytest.mark.django_db
def test_the_findings_are_handled_by_severity(world: World) -> None:
    """主管部门 / 财政局 › 审核发现处理: 117 findings of seed 002 could be filtered by 处理状态
    only — the 错误 (which stop an approval) were scattered among the 提示 over two pages.
    Now 严重程度 filters too, combined with the status and kept after each 保存."""
    client = world.client("bureau")
    url = f"/plans/{world.own_plan.pk}/findings/"
    everything = client.get(url).context["handling"].items
    errors = [i for i in everything if i.finding["severity_label"] == "错误"]
    assert 0 < len(errors) < len(everything)
    page = client.get(f"{url}?severity=error&status=pending")
    shown = page.context["page"].object_list
    assert [i.key for i in shown] == [i.key for i in errors]
    assert f"<b>错误（{len(errors)}）</b>" in page.content.decode()
    saved = client.post(
        f"{url}mark/",
        {
            "finding": errors[0].key,
            "status": "verified",
            "back": "pending",
            "back_severity": "error",
        },
    )
    assert saved["Location"].startswith(f"{url}?status=pending&severity=error")
    assert saved["Location"].endswith(f"#finding-{errors[1].key}")
    assert client.get(f"{url}?severity=bogus").context["page"].paginator.count == len(everything)


@pytest.mark.django_db
def test_the_indicator_library_is_not_rebuilt_by_a_workflow_step(world: World) -> None:
    """单位填报人 › 编辑器 › 指标库推荐: every submit, return or approval of any plan of the
    region rebuilt the library (keyed by the latest updated_at), reading up to 300 plans for
    the next editor to open. Now keyed by the plans' content; an edit still rebuilds it."""
    client = world.client("editor")
    project = world.own_plan.projects.order_by("pk").first()
    assert project is not None
    assert client.get(f"/api/suggestions?name={project.name}").status_code == 200
    before = current_library()
    act(world.users["admin"], Role.ADMIN, world.other_plan, Action.SUBMIT)
    act(world.users["admin"], Role.ADMIN, world.other_plan, Action.RETURN, "请补充")
    assert current_library() is before
    ProjectRecord.objects.filter(pk=project.pk).update(lock_version=F("lock_version") + 1)
    assert current_library() is not before


@pytest.mark.django_db
def test_the_audit_log_says_what_an_edit_changed(world: World) -> None:
    """审核人 › 审计日志 › 修改项目: 「修改前 / 修改后」 was two dumps of the whole project in
    the model's English keys ("level3", "value", "spend_plan"), cut at 4,000 characters — a
    change past the cut could not be seen at all. Now the changes, worded as 版本对比 does."""
    client = world.client("editor")
    project = first_project(world)
    body = project_payload(client.get(f"/api/projects/{project.pk}").json())
    last = len(body["indicators"]) - 1
    old = body["indicators"][last]["value"]
    body["indicators"][last]["value"] = "≥95%"
    saved = client.put(f"/api/projects/{project.pk}", body, content_type="application/json")
    assert saved.status_code == 200, saved.content
    audit = _main(world.client("reviewer").get(f"/audit/?plan={world.own_plan.pk}"))
    level3 = body["indicators"][last]["level3"]
    assert f"指标「{level3}」 · 指标值：{old} → ≥95%" in audit
    assert "&quot;level3&quot;" not in audit and '"level3"' not in audit


@pytest.mark.django_db
def test_a_chart_of_many_departments_tells_them_apart(world: World) -> None:
    """财政局 with 60 departments (bench/province.py) › 监控看板, 整改看板: each department's
    row label was cut at its end, so 「张家口市机关事务管理局（样本13）」 and 「…（样本18）」
    both read 「张家口市机关事务管理…」 — a column of identical names. Labels that would read
    the same are cut in the middle now, keeping their different ends."""
    for number, department in enumerate((world.own, world.other), start=13):
        department.name = f"张家口市机关事务管理局（样本{number}）"
        department.save(update_fields=["name"])
    _mark_errors(world, world.own_plan, 1)
    _mark_errors(world, world.other_plan, 1)
    page = _main(world.client("bureau").get("/rectification/"))
    shown = r'<text[^>]*class="chart-label"[^>]*><title>[^<]*</title>([^<]*)<'
    labels = re.findall(shown, page)
    assert sorted(label[-5:] for label in labels) == ["样本13）", "样本14）"], labels


@pytest.mark.django_db
def test_the_monitoring_dashboard_lists_each_department_not_yet_reported(world: World) -> None:
    """财政局 › 监控看板 › 各部门最近一轮监控: each department's row had 红 黄 绿 only — a
    round opened and never filled read 0 0 0, like one with nothing to report, though the
    page's own summary counted 未填报 (its 数据截至 also read 「2024年7月31日」 in a table
    column, wrapped on two lines, where tables write 2024-07-31)."""
    admin = world.users["admin"]
    approve(world.other_plan, admin)
    opened = world.client("admin").post(
        f"/plans/{world.other_plan.pk}/monitoring/new/", {"monitor_date": "2024-07-31"}
    )
    assert opened.status_code == 302
    projects = world.other_plan.projects.count()
    page = _main(world.client("bureau").get("/monitoring/"))
    table = page.split("各部门最近一轮监控", 1)[1].split("</table>", 1)[0]
    assert '<th class="num">未填报</th>' in table
    assert f'<td class="num">{projects}</td></tr>' in table
    assert "<td>2024-07-31</td>" in table


@pytest.mark.django_db
def test_a_step_says_where_the_plan_went(world: World) -> None:
    """单位填报人 › 提交审核: the page answered 「提交审核：已生成版本 1」 — the program's word
    (版本) and nothing of what became of the plan or who has it now."""
    page = world.client("editor").post(
        f"/plans/{world.own_plan.pk}/action/", {"action": "submit"}, follow=True
    )
    text = page.content.decode()
    assert "已提交审核，文本现为“待主管部门初审”。" in text
    assert "此时的内容已存为版本 1" in text and "已生成版本" not in text
