"""Eleventh walk, view tests: each failed before its fix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import QueryDict
from django.utils.timezone import localtime

from jixiao.tasks import Stage
from jixiao.web.jobs.models import Job
from jixiao.web.listing import run_list
from jixiao.web.orgs.models import Department
from jixiao.web.pages.listspecs import budget_spec
from jixiao.web.plans.decisions import act
from jixiao.web.tasks.actions import open_task
from jixiao.workflow import Action, Role
from tests.web.conftest import World
from tests.web.reports_world import approve


def _main(response: object) -> str:
    page: str = response.content.decode()  # type: ignore[attr-defined]
    return page.split("<main", 1)[1]


def test_the_budget_advice_sorts_projects_and_departments_as_read() -> None:
    """财政局 › 清单 › 预算安排建议 sorted by 项目 or 部门: 「…（样本28）」 before 「…（样本3）」 —
    its rows are computed, sorted in Python as plain text, where every other list reads
    numbers by value (Department.sort_key)."""
    rows = [
        {
            "department": f"机关事务管理局（样本{n}）",
            "year": 2024,
            "name": f"{n}号楼维修",
            "code": "",
            "grade": "差",
            "treatment": "压减",
        }
        for n in (28, 3, 100)
    ]
    spec = budget_spec(Department.objects.none(), lambda: [])
    for key in ("name", "department"):
        listing = run_list(spec, rows, QueryDict(f"sort={key}"))
        assert [r[key] for r in listing.rows] == [
            rows[1][key],
            rows[0][key],
            rows[2][key],
        ]
        backwards = run_list(spec, rows, QueryDict(f"sort=-{key}"))
        assert [r[key] for r in backwards.rows] == [rows[2][key], rows[0][key], rows[1][key]]


@pytest.mark.django_db
def test_the_versions_and_comments_carry_their_year(world: World) -> None:
    """单位填报人 › 绩效文本 › 版本: 「03-05 15:40」 — no year, on a plan whose review runs
    from one year into the next (a 2025 plan drafted in 2024); the returned comments too."""
    editor = world.users["editor"]
    act(editor, Role.UNIT_EDITOR, world.own_plan, Action.SUBMIT)
    reviewer = world.users["reviewer"]
    act(reviewer, Role.DEPARTMENT_REVIEWER, world.own_plan, Action.RETURN, "补充依据")
    version = world.own_plan.versions.order_by("number").last()
    assert version is not None
    page = _main(world.client("editor").get(f"/plans/{world.own_plan.pk}/"))
    stamp = f"{localtime(version.created_at):%Y-%m-%d %H:%M}"
    versions = page.split("<h2>版本</h2>", 1)[1]
    assert stamp in versions.split("</table>", 1)[0], stamp
    banner = page.split('class="comments"', 1)[1].split("</ul>", 1)[0]  # the 退回意见 up top
    assert stamp in banner, banner


@pytest.mark.django_db
def test_an_import_whose_files_all_failed_is_a_failed_job(world: World) -> None:
    """单位填报人 › 后台任务: an upload whose every file was unreadable read 「已完成 100%」 —
    nothing said of what failed; the job now ends 失败 with each file's reason, and still
    leads to the preview (重新选择文件). A batch with one file unread says so, 已完成."""
    client = world.client("editor")
    damaged = SimpleUploadedFile("目标表.docx", b"PK\x03\x04 not a document", "application/zip")
    sent = client.post("/import/", {"documents": [damaged]})
    job = Job.objects.get(kind=Job.Kind.IMPORT_STAGE)
    assert job.state == Job.State.FAILED
    assert job.error.startswith("1 个文件未能读出：目标表.docx：文件已损坏"), job.error
    preview = client.get(sent["Location"], follow=True).content.decode()
    assert "重新选择文件" in preview
    listed = _main(client.get("/jobs/"))
    assert "失败" in listed and "目标表.docx：文件已损坏" in listed and "100%" not in listed


@pytest.mark.django_db
def test_a_new_round_proposes_the_date_the_task_asks_for(world: World) -> None:
    """单位填报人 › 任务「2023年度绩效运行监控（截至7月31日）」 › 绩效运行监控: the date field
    proposed 6月30日, and a round opened for it never counted for the task (its progress
    reads the round of 7月31日). Now the task's date, until its round is opened."""
    plan = approve(world.own_plan, world.users["admin"])
    july = dt.date(2023, 7, 31)
    bureau = world.users["bureau"]
    open_task(bureau, world.region, 2023, Stage.MONITOR, dt.date(2023, 8, 10), [world.own], july)
    client = world.client("editor")
    url = f"/plans/{plan.pk}/monitoring/"
    assert 'name="monitor_date" value="2023-07-31"' in _main(client.get(url))
    opened = client.post(f"/plans/{plan.pk}/monitoring/new/", {"monitor_date": "2023-07-31"})
    assert opened.status_code == 302
    assert 'name="monitor_date" value="2023-06-30"' in _main(client.get(url))


@pytest.mark.django_db
def test_the_plan_page_names_its_downloads_as_the_public_page_does(world: World) -> None:
    """单位填报人 › 绩效文本 › 下载: 「CSV」 downloaded a zip (the public page says
    「CSV（压缩包）」), the links had no description, and a pack's own format was not offered:
    the page wrote its five formats out by hand."""
    page = _main(world.client("editor").get(f"/plans/{world.own_plan.pk}/"))
    downloads = page.split('class="downloads"', 1)[1].split("</p>", 1)[0]
    assert ">CSV（压缩包）</a>" in downloads
    assert 'title="Word 文档（公文版式）"' in downloads
    assert "审核报告" in downloads


@pytest.mark.django_db
def test_an_error_page_leads_a_visitor_back_to_the_public_site(world: World) -> None:
    """The public › a stale link (a plan withdrawn): the 404 page's first way back was
    「返回工作台」, which sends a citizen to the login page. A visitor goes back to 公开信息;
    someone signed in to the 工作台 as before."""
    missing = "/public/plans/999999/"
    visitor = world.client(None).get(missing)
    assert visitor.status_code == 404
    page = _main(visitor)
    assert "返回公开信息" in page and "返回工作台" not in page
    assert "<title>没有找到 · jixiao</title>" in visitor.content.decode()
    signed_in = _main(world.client("editor").get(missing))
    assert "返回工作台" in signed_in


@pytest.mark.django_db
def test_the_jishan_self_evaluation_previews_its_budget_and_rate(world: World) -> None:
    """单位填报人 › 导入 of 稷山 翟店卫生院's 自评表: the preview's 预算 and 执行率 read 「—」. The
    import lost them (the page shows what it is given): the flattened row prints 年初预算数
    before its label and its 0 first — now read in the core (importers glued_budget)."""
    name = "shanxi_jishan-zhaidian-weishengyuan-jibengonggongweisheng-xlsxflat_2021.txt"
    source = Path(__file__).resolve().parents[1] / "fixtures/corpus/self_evaluation" / name
    upload = SimpleUploadedFile("自评表.txt", source.read_bytes(), "text/plain")
    client = world.client("editor")
    sent = client.post("/import/", {"documents": [upload]})
    preview = _main(client.get(sent["Location"], follow=True))
    row = preview.split("国家基本公共卫生服务", 1)[1].split("</tr>", 1)[0]
    assert "207.45" in row and "100%" in row, row
