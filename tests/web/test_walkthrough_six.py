"""Sixth walk through the web app, as each user: what they met, each a test that failed
before its fix (the browser's share is in tests/web/browser/test_walkthrough_six.py)."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest
from django.test import Client

from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord
from jixiao.web.surveys.models import SurveyRecord
from jixiao.workflow import Action, Role
from tests.web.conftest import World
from tests.web.reports_world import approve
from tests.web.test_imported_kinds import MONITORING, SELF_EVALUATION, goal_plan_of, preview_of

BOM = b"\xef\xbb\xbf"


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_the_open_data_csv_opens_in_a_chinese_excel(world: World) -> None:
    """公众: indicators.csv and projects.csv were UTF-8 without a byte-order mark, which Excel
    on a Chinese Windows reads as GBK — every department and indicator name came out
    garbled on a double-click. Each CSV now starts with the mark (and the README says so)."""
    plan = approve(world.own_plan, world.users["bureau"])
    public = Client()
    with zipfile.ZipFile(io.BytesIO(public.get("/public/open-data.zip").content)) as bundle:
        for name in ("projects.csv", "indicators.csv"):
            data = bundle.read(name)
            assert data.startswith(BOM), name
            assert _csv_rows(data)[0]["department"] == world.own.name
        assert "UTF-8 带 BOM" in bundle.read("README.md").decode()
    single = public.get(f"/public/plans/{plan.pk}/download/csv")
    with zipfile.ZipFile(io.BytesIO(single.content)) as bundle:
        data = bundle.read("indicators.csv")
    assert data.startswith(BOM) and _csv_rows(data)[0]["department"] == world.own.name


@pytest.mark.django_db
def test_a_stale_csrf_token_is_answered_in_chinese(world: World) -> None:
    """单位填报人, 编辑器: a save sent with the token of an earlier sign-in was refused with
    django-ninja's English 'CSRF check Failed', shown as it was under the grid."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["editor"])
    project = world.own_plan.projects.first()
    assert project is not None
    answer = client.put(
        f"/api/projects/{project.pk}",
        data={"name": project.name},
        content_type="application/json",
        headers={"X-CSRFToken": "stale-token-from-the-last-sign-in"},
    )
    assert answer.status_code == 403
    detail = answer.json()["detail"]
    assert "CSRF check" not in detail and "重新登录" in detail


@pytest.mark.django_db
def test_the_survey_qr_code_has_a_text_alternative(world: World) -> None:
    """单位填报人, 满意度调查: the QR code was an SVG with no name — a screen reader said
    'graphic' and nothing else. It carries a <title> naming it and its link."""
    plan = approve(world.own_plan, world.users["bureau"])
    editor = world.client("editor")
    made = editor.post(f"/plans/{plan.pk}/surveys/", {"projects": [], "title": "服务满意度调查"})
    assert made.status_code in (200, 302)
    survey = SurveyRecord.objects.filter(plan=plan).first()
    assert survey is not None, made.content.decode()[:400]
    page = editor.get(f"/surveys/{survey.pk}/").content.decode()
    qr = re.search(r'<div class="qr">(<svg.*?</svg>)', page, re.S)
    assert qr is not None
    title = re.search(r"<svg[^>]*>\s*<title>([^<]+)</title>", qr.group(1))
    assert title is not None and "二维码" in title.group(1)
    assert f"/s/{survey.token}/" in title.group(1)


@pytest.mark.django_db
def test_a_refused_judgement_keeps_the_bureaus_scores(world: World) -> None:
    """财政局审核人, 部门整体自评 › 定性指标评分: one score over its weight sent the page
    back empty — a redirect that lost every score and comment typed. The page now comes
    back (400) with the refusal and every score and comment as typed."""
    plan = world.own_plan
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(world.users["admin"], Role.ADMIN, plan, action)
    assert world.client("editor").post(f"/plans/{plan.pk}/department/start/").status_code == 302
    record = DepartmentSelfEvaluation.objects.get(plan=plan)
    bureau = world.client("bureau")
    typed = {
        "judged-management": "80",  # over the weight
        "comment-management": "预算编制较规范，但资产台账未及时更新",
        "judged-benefits": "9",
        "comment-benefits": "履职目标基本完成",
        "lock_version": str(record.lock_version),
    }
    answer = bureau.post(f"/department/{record.pk}/judge/", typed)
    assert answer.status_code == 400
    page = answer.content.decode()
    assert "评分未保存" in page and "超过分值" in page
    for name, value in typed.items():
        if name != "lock_version":
            assert re.search(f'name="{name}"[^>]* value="{value}"', page), name
    record.refresh_from_db()
    assert record.lock_version == int(typed["lock_version"])  # nothing was saved


@pytest.mark.django_db
def test_the_dashboard_of_a_bureau_with_many_plans_stays_short(world: World) -> None:
    """财政局审核人, 工作台: the 绩效文本 table listed every plan of the region — 60 rows
    for a bureau of 60 departments, more each year — below the 待办. It shows the most
    recently changed ones and says how many there are, with the link to the full 清单."""
    source = world.own_plan
    for year in range(1950, 1950 + 45):
        PlanRecord.objects.create(
            department=source.department if year % 2 else world.other,
            year=year,
            title=f"{year}年部门预算绩效文本",
        )
    total = PlanRecord.objects.filter(department__region=world.region).count()
    page = world.client("bureau").get("/").content.decode()
    table = page.split("<h2>绩效文本", 1)[1].split("</section>", 1)[0]
    assert table.count('href="/plans/') <= 20
    assert f"共 {total} 个" in table and 'href="/lists/plans/"' in table
    assert "<td>1994</td>" in table  # the newest first


@pytest.mark.django_db
def test_the_import_preview_gives_each_reports_execution_rate_as_a_percentage(
    world: World,
) -> None:
    """单位填报人, 导入预览 of another province's 自评表 and 监控表: the 执行率 column printed
    the stored fraction — 1 for 安徽霍邱's stated 100% — and — for 湖北黄石's 1-6月 87.57 of
    220 the document left to be worked out. It is the core's rate (stated, else 执行数 /
    预算数) as a percentage; and the round it goes to is 截至2019年6月30日, not 2019-06-30."""
    editor = world.client("editor")
    goal_plan_of(world, MONITORING)
    _, preview = preview_of(editor, SELF_EVALUATION, MONITORING)
    row = r"<td>(科技特派员创业行动经费|申遗经费)</td>((?:<td[^>]*>[^<]*</td>){3})"
    rows = dict(re.findall(row, preview))
    cells = {name: re.findall(r">([^<]*)</td>", row) for name, row in rows.items()}
    # money as every list prints it, 万元 with two decimals (walk ten)
    assert cells["科技特派员创业行动经费"] == ["25.00", "25.00", "100%"]
    assert cells["申遗经费"] == ["220.00", "87.57", "39.8%"]
    assert "截至2019年6月30日的绩效运行监控" in preview and "2019-06-30" not in preview


@pytest.mark.django_db
def test_a_goals_conflict_keeps_every_sub_goal_typed_in_chinese(world: World) -> None:
    """单位填报人, 部门整体绩效目标, 409: the conflict page listed the raw form —
    lock_version: 1, csrfmiddlewaretoken, sub_title: … — one value a name, so of the three
    分项绩效目标 typed only the last one was there to copy back. It lists every part under
    the form's own names, and says what to do."""
    plan = world.own_plan
    editor, admin = world.client("editor"), world.client("admin")
    version = str(plan.lock_version)
    assert (
        admin.post(
            f"/plans/{plan.pk}/goals/", {"overall_goal": "先保存的目标", "lock_version": version}
        ).status_code
        == 302
    )
    typed = {
        "overall_goal": "我的总体目标",
        "sub_title": ["保障机关运行", "推进节能降耗", "加强公车管理"],
        "sub_goal": ["运行经费按时拨付", "公共机构能耗下降2%", "公车使用登记率100%"],
        "sub_indicator": ["拨付及时率100%", "能耗下降≥2%", "登记率=100%"],
        "measures": "健全制度\n加强督导",
        "lock_version": version,
    }
    late = editor.post(f"/plans/{plan.pk}/goals/", typed)
    assert late.status_code == 409
    page = late.content.decode()
    for text in [*typed["sub_title"], *typed["sub_goal"], *typed["sub_indicator"]]:
        assert text in page, text
    assert "我的总体目标" in page and "健全制度<br>加强督导" in page
    assert "分项绩效目标3" in page and "在新窗口打开最新版本" in page
    for raw in ("lock_version", "csrfmiddlewaretoken", "sub_title:", "overall_goal:"):
        assert raw not in page.split("<main", 1)[1], raw


@pytest.mark.django_db
def test_each_box_to_tick_says_what_it_picks(world: World) -> None:
    """Screen reader: every box of 从审核…发现中下达整改 (47 on seed 002) and of a list's
    batch selection was read 「选择 复选框」 — which finding or plan, it did not say. Each
    is named by its rule and project, or by its row's first cells."""
    bureau = world.client("bureau")
    page = bureau.get(f"/plans/{world.own_plan.pk}/rectification/").content.decode()
    names = re.findall(r'name="findings" value="[^"]*" id="[^"]*" aria-label="([^"]*)"', page)
    assert len(names) > 10
    assert all(n.startswith("下达整改：") and len(n) > len("下达整改：") + 4 for n in names)
    assert any("（纪委楼维修改造项目尾款" in n for n in names), names[:5]
    listing = bureau.get("/lists/plans/").content.decode()
    boxes = re.findall(r'name="ids" value="\d+" form="batch-form" aria-label="([^"]*)"', listing)
    assert boxes and all(b != "选择" for b in boxes)
    assert any(world.own.name in b for b in boxes) and any(world.other.name in b for b in boxes)


@pytest.mark.django_db
def test_a_chart_gives_a_screen_reader_its_figures(world: World) -> None:
    """Screen reader, 部门整体自评 › 各指标得分率 (and every chart): the chart is
    role="img", so only its <title> was read — 「各指标得分率，图像」 — never a bar or a
    figure. Its <desc> now says every bar: 「预算执行率：未填报；…」."""
    plan = world.own_plan
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(world.users["admin"], Role.ADMIN, plan, action)
    editor = world.client("editor")
    assert editor.post(f"/plans/{plan.pk}/department/start/").status_code == 302
    page = editor.get(f"/plans/{plan.pk}/department/").content.decode()
    chart = re.search(r'<svg[^>]*class="chart chart-bars".*?</svg>', page, re.S)
    assert chart is not None
    desc = re.search(r"<desc>([^<]+)</desc>", chart.group(0))
    assert desc is not None, chart.group(0)[:300]
    labels = re.findall(r'data-label="([^"]+)"', chart.group(0))
    assert len(labels) > 3
    for label in labels:
        assert f"{label}：" in desc.group(1), label


@pytest.mark.django_db
def test_the_task_boards_progress_chart_says_its_counts(world: World) -> None:
    """Screen reader, 任务进度: the bars were role="img" named 「各状态部门数」 — the counts
    drawn beside them were hidden from it. The name carries them."""
    from django.utils import timezone

    from jixiao.web.tasks.models import Task

    bureau = world.client("bureau")
    deadline = timezone.localdate().replace(month=12, day=31)
    created = bureau.post(
        "/tasks/new/",
        {"year": "2023", "stage": "declare", "deadline": deadline.isoformat(), "all": "1"},
    )
    assert created.status_code == 302, created.content.decode()[:300]
    task = Task.objects.get()
    board = bureau.get(f"/tasks/{task.pk}/").content.decode()
    label = re.search(r'class="hbars progress-chart" role="img" aria-label="([^"]+)"', board)
    assert label is not None
    assert re.fullmatch(r"各状态部门数：(\S+?\d+个，)*\S+?\d+个", label.group(1)), label.group(1)
    assert sum(int(n) for n in re.findall(r"(\d+)个", label.group(1))) == 2  # two departments
