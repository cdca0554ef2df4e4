"""Dashboards of a bureau with many departments (web-leftovers-9): names in the order a
person reads them, 只看 filters, the worst rows charted with the rest counted, tables cut
with 显示全部. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from bench import province

from jixiao.tasks import Stage
from jixiao.textnorm.natural import natural_key
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import PlanRecord
from jixiao.web.rectification.tracking import candidates
from jixiao.web.tasks.actions import open_task
from jixiao.web.tasks.board import board_rows
from tests.web.conftest import World
from tests.web.reports_world import approve
from tests.web.test_exante_pages import proposal_form
from tests.web.test_province_lists import _bureau


def _main(response: object) -> str:
    page: str = response.content.decode()  # type: ignore[attr-defined]
    return page.split("<main", 1)[1]


def _table(page: str, heading: str) -> str:
    return page.split(heading, 1)[1].split("</table>", 1)[0]


def _linked_names(table: str) -> list[str]:
    return re.findall(r"<tr><td><a href=\"[^\"]+\">([^<]+)</a>", table)


def _start_reports(world: World) -> None:
    admin = world.users["admin"]
    for plan in (world.own_plan, world.other_plan):
        approve(plan, admin)
        opened = world.client("admin").post(
            f"/plans/{plan.pk}/monitoring/new/", {"monitor_date": f"{plan.year}-07-31"}
        )
        assert opened.status_code == 302
        assert MonitoringRoundRecord.objects.filter(plan=plan).exists()
        assert world.client("admin").post(f"/plans/{plan.pk}/evaluation/start/").status_code == 302


def _mark(world: World, plan: PlanRecord, deadline: str) -> None:
    keys = [c.key for c in candidates(plan, dt.date(2030, 1, 1))][:1]
    response = world.client("bureau").post(
        f"/plans/{plan.pk}/rectification/mark/", {"findings": keys, "deadline": deadline}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_the_dashboards_sort_names_as_a_person_reads_them(world: World) -> None:
    """财政局 › 自评看板 (and 监控看板, 整改看板's 部门 list): 「…（样本28）」 came before
    「…（样本3）」, the names compared as text ("2" < "3")."""
    for department, number in ((world.own, 28), (world.other, 3)):
        department.name = f"张家口市机关事务管理局（样本{number}）"
        department.save(update_fields=["name"])
    PlanRecord.objects.filter(pk=world.own_plan.pk).update(year=world.other_plan.year)
    _start_reports(world)
    _mark(world, world.own_plan, "2030-06-30")
    _mark(world, world.other_plan, "2030-06-30")
    client = world.client("bureau")
    read = ["张家口市机关事务管理局（样本3）", "张家口市机关事务管理局（样本28）"]
    evaluation = _table(_main(client.get("/evaluation/")), "各部门自评")
    assert _linked_names(evaluation) == read
    monitoring = _table(_main(client.get("/monitoring/")), "各部门最近一轮监控")
    assert _linked_names(monitoring) == read
    board = _main(client.get("/rectification/"))
    options = re.findall(r'<option value="\d+">([^<]+)</option>', board)
    assert options == read
    ledger_rows = _table(board, "各部门整改情况")
    assert re.findall(r"<tr><td>([^<]+)</td>", ledger_rows) == read


@pytest.mark.django_db
def test_the_task_board_and_the_exante_list_sort_names_as_read(world: World) -> None:
    """财政局 › 任务进度 (departments at one stage) and 事前绩效评估 (proposals of one year):
    「…·28」 came before 「…·3」."""
    read = ["机关事务服务中心·3", "机关事务服务中心·28"]
    late = [Department.objects.create(region=world.region, name=n) for n in reversed(read)]
    task = open_task(
        world.users["bureau"], world.region, 2031, Stage.DECLARE, dt.date(2031, 3, 31), late
    )
    rows = board_rows(task, late, dt.date(2031, 3, 1))
    assert [r.department.name for r in rows] == read
    for who, department, number in (("editor", world.own, 28), ("other_editor", world.other, 3)):
        department.name = f"机关事务管理局·{number}"
        department.save(update_fields=["name"])
        response = world.client(who).post("/exante/new/", proposal_form(2025))
        assert response.status_code == 302
    page = _main(world.client("bureau").get("/exante/"))
    assert re.findall(r"<td>2025</td><td>([^<]+)</td>", page) == [
        name.replace("服务中心", "管理局") for name in read
    ]


@pytest.mark.django_db
def test_the_dashboards_show_only_the_departments_that_need_attention(world: World) -> None:
    """财政局 › 监控看板 / 自评看板 / 整改看板: every department was listed, with no way to
    see only those to act on. Now 只看 待审核 / 未完成 / 逾期 (and 有红灯, 未填报, 有“差”)."""
    _start_reports(world)
    MonitoringRoundRecord.objects.filter(plan=world.other_plan).update(status="submitted")
    SelfEvaluationRecord.objects.filter(plan=world.own_plan).update(status="accepted")
    _mark(world, world.own_plan, "2030-06-30")
    _mark(world, world.other_plan, "2020-06-30")  # overdue
    client = world.client("bureau")
    own, other = world.own.name, world.other.name

    def rows(path: str, heading: str) -> str:
        return _table(_main(client.get(path)), heading)

    waiting = rows("/monitoring/?attention=waiting", "各部门最近一轮监控")
    assert other in waiting and own not in waiting
    assert own in rows("/monitoring/", "各部门最近一轮监控")
    assert "还没有监控数据" in rows("/monitoring/?attention=red", "各部门最近一轮监控")
    unfilled = rows("/monitoring/?attention=unfilled", "各部门最近一轮监控")
    assert own in unfilled and other in unfilled
    unfinished = rows("/evaluation/?attention=unfinished", "各部门自评")
    assert other in unfinished and own not in unfinished
    overdue = rows("/rectification/?attention=overdue", "各部门整改情况")
    assert other in overdue and own not in overdue
    assert own in rows("/rectification/?attention=bogus", "各部门整改情况")
    page = _main(client.get("/monitoring/?attention=waiting"))
    assert '<a href="?attention=waiting" aria-current="true">待审核</a>' in page


@pytest.mark.django_db
def test_a_bureau_of_many_departments_sees_the_worst_and_can_show_all() -> None:
    """财政局 with 24 departments (bench/province.py) › 监控看板, 自评看板, 整改看板: each chart
    and table had a row per department. Now a chart draws the worst 20 and says how many it
    left out; a table (and the 工作台's 待办) lists 20, with 「显示全部」 for the rest, in the
    order names are read."""
    client = _bureau(24)
    for path, heading in (
        ("/monitoring/", "各部门最近一轮监控"),
        ("/evaluation/", "各部门自评"),
        ("/rectification/", "各部门整改情况"),
    ):
        page = _main(client.get(path))
        assert 'data-rows="20"' in page, path
        assert "列出最需关注的20个部门，另有4个部门未列出" in page, path
        table = _table(page, heading)
        assert table.count("<tr><td>") == 20, path
        assert 'all=1">显示全部24个</a>' in page, path
        everyone = _table(_main(client.get(f"{path}?all=1")), heading)
        assert everyone.count("<tr><td>") == 24, path
    names = _linked_names(_table(_main(client.get("/evaluation/?all=1")), "各部门自评"))
    assert len(names) == 24 and names == sorted(names, key=natural_key)
    assert names != sorted(names)  # 「…·11」 before 「…·6」 as text

    # 工作台: the 监控 and 自评 each department reported, 48 lines to the 财政局's 待办
    region = PlanRecord.objects.filter(department__region__name=province.region_name(1))
    MonitoringRoundRecord.objects.filter(plan__in=region).update(status="submitted")
    SelfEvaluationRecord.objects.filter(plan__in=region).update(status="submitted")
    home = _main(client.get("/"))
    assert home.count('<span class="status report-submitted">') == 20
    assert '<a href="?all=1">显示全部48项</a>' in home
    assert _main(client.get("/?all=1")).count('<span class="status report-submitted">') == 48
    province.clear()
