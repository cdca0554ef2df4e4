"""Seventh walk, view tests: each failed before its fix (the browser tests of the same walk
are tests/web/browser/test_walkthrough_seven.py)."""

from __future__ import annotations

import pytest

from jixiao.web.exante.models import ProposalRecord
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.models import Comment
from tests.web.conftest import World
from tests.web.test_exante_pages import _propose, scores
from tests.web.test_exante_pages import act as act_on_proposal


def _main(response: object) -> str:
    page: str = response.content.decode()  # type: ignore[attr-defined]
    return page.split("<main", 1)[1]


def _assessed(world: World) -> ProposalRecord:
    record = _propose(world, 2023)
    act_on_proposal(world.client("editor"), record, action="submit")
    member = Membership.objects.get(user=world.users["expert"])
    act_on_proposal(world.client("bureau"), record, action="assign", member=member.pk)
    world.client("expert").post(f"/exante/{record.pk}/sheet/", scores())
    record.refresh_from_db()
    return record


@pytest.mark.django_db
def test_a_second_conclusion_is_a_conflict_that_says_what_was_concluded(world: World) -> None:
    """财政局, 事前评估结论: two reviewers conclude the same proposal; the later one got 400
    「只有评估中的申报可以出具结论」 — as if they had erred — and nothing said who concluded
    what. Now 409, the conclusion already given, by whom, and the opinion typed kept."""
    record = _assessed(world)
    opened_at = str(record.lock_version)
    first = {"action": "conclude", "opinion": "同意", "lock_version": opened_at}
    assert world.client("bureau").post(f"/exante/{record.pk}/action/", first).status_code == 302
    mine = "建议压减设备数量后支持"
    late = world.client("admin").post(
        f"/exante/{record.pk}/action/",
        {"action": "conclude", "opinion": mine, "lock_version": opened_at},
    )
    assert late.status_code == 409
    page = _main(late)
    assert "保存冲突" in page and mine in page
    assert "bureau" in page and "评估结论：予以支持" in page and "现为“已出结论”" in page
    record.refresh_from_db()
    assert record.opinion == "同意"


@pytest.mark.django_db
def test_a_step_on_a_proposal_changed_meanwhile_is_a_conflict(world: World) -> None:
    """财政局, 指派评估人 after another reviewer assigned one: 400 before, 409 now."""
    record = _propose(world, 2023)
    act_on_proposal(world.client("editor"), record, action="submit")
    record.refresh_from_db()
    opened_at = str(record.lock_version)
    expert, expert2 = (Membership.objects.get(user=world.users[w]) for w in ("expert", "expert2"))
    url = f"/exante/{record.pk}/action/"
    bureau, admin = world.client("bureau"), world.client("admin")
    posted = {"action": "assign", "lock_version": opened_at}
    assert bureau.post(url, posted | {"member": expert.pk}).status_code == 302
    late = admin.post(url, posted | {"member": expert2.pk}, follow=True)
    assert "已有新的办理" in late.content.decode() and "指派专家" in late.content.decode()
    assert record.sheets.count() == 1


@pytest.mark.django_db
def test_a_comment_goes_on_the_plan_or_on_one_of_its_projects(world: World) -> None:
    """审核人, 审核意见: add_comment had no test. A comment on the plan, one on a project,
    and one naming a project of another plan (refused, the text given back)."""
    plan, other = world.own_plan, world.other_plan
    project = plan.projects.order_by("pk").first()
    stranger = other.projects.order_by("pk").first()
    assert project is not None and stranger is not None
    bureau = world.client("bureau")
    url = f"/plans/{plan.pk}/comments/"
    assert bureau.post(url, {"text": "整体意见：请补充成本指标"}).status_code == 302
    assert bureau.post(url, {"text": "预算偏高", "project_id": project.pk}).status_code == 302
    stray = bureau.post(url, {"text": "该项目不属于本文本", "project_id": stranger.pk})
    assert stray.status_code == 400
    assert "该项目不属于本绩效文本" in _main(stray) and "该项目不属于本文本" in _main(stray)
    comments = {c.text: c for c in Comment.objects.filter(plan=plan)}
    assert comments["整体意见：请补充成本指标"].project is None
    assert comments["预算偏高"].project == project
    assert "该项目不属于本文本" not in comments
    page = bureau.get(f"/plans/{plan.pk}/").content.decode()
    assert f"项目「{project.name}」</b>：预算偏高" in page


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["abc", "99999999999999999999999", "-1"])
def test_a_comment_on_a_project_that_is_no_project_is_refused_in_chinese(
    world: World, target: str
) -> None:
    """审核人, 审核意见 with a 意见针对 that is no project id (a stale page, a hand-made
    request): 'abc' answered Python's English 「invalid literal for int()…」 and a number
    past 64 bits a 500."""
    said = "请补充成本指标"
    url = f"/plans/{world.own_plan.pk}/comments/"
    refused = world.client("bureau").post(url, {"text": said, "project_id": target})
    assert refused.status_code == 400
    page = _main(refused)
    assert "该项目不属于本绩效文本" in page and said in page and "invalid" not in page
    assert not Comment.objects.filter(plan=world.own_plan).exists()


@pytest.mark.django_db
def test_a_blank_comment_says_so(world: World) -> None:
    """审核人, 「添加意见」 with only spaces typed: the page came back as it was, without a
    word, as if the comment had been added."""
    url = f"/plans/{world.own_plan.pk}/comments/"
    answer = world.client("bureau").post(url, {"text": "  \n "}, follow=True)
    assert "请填写审核意见" in answer.content.decode()
    assert not Comment.objects.filter(plan=world.own_plan).exists()


def _task_form(**given: object) -> dict[str, object]:
    return {"year": "2025", "stage": "declare", "deadline": "2025-03-31", "all": "1"} | given


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ({"deadline": "0001-01-01"}, "截止日期0001-01-01早于2024年"),
        ({"deadline": "2000-03-31"}, "截止日期2000-03-31早于2024年"),
        (
            {"stage": "monitor", "monitor_date": "2019-06-30", "deadline": "2025-08-10"},
            "监控数据截至日期2019-06-30不在预算年度2025年内",
        ),
        (
            {"stage": "monitor", "monitor_date": "2025-07-31", "deadline": "2025-07-10"},
            "截止日期2025-07-10早于监控数据截至日期2025-07-31",
        ),
        ({"stage": "monitor", "monitor_date": "2025-13-01"}, "“2025-13-01”不是日期"),
    ],
)
def test_a_task_that_cannot_be_meant_is_refused_with_its_form_kept(
    world: World, given: dict[str, str], reason: str
) -> None:
    """财政局, 任务 › 下发任务: a 2025 monitoring task 「截至2019年6月30日」, or one due on
    0001-01-01, was opened and sent to every department; a refused form redirected and lost
    the 说明 and the departments ticked. Now refused with the reason, the form as typed."""
    from jixiao.web.tasks.models import Message, Task

    note = "请于截止日前报送，逾期通报"
    posted = _task_form(**given) | {"all": "", "departments": [str(world.other.pk)], "note": note}
    refused = world.client("bureau").post("/tasks/new/", posted)
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "任务未下发" in page and reason in page
    assert f'value="{note}"' in page
    assert f'name="departments" value="{world.other.pk}" checked' in page
    assert f'name="departments" value="{world.own.pk}">' in page
    assert not Task.objects.exists() and not Message.objects.exists()


@pytest.mark.django_db
def test_a_deadline_moved_to_a_slip_of_the_keyboard_is_refused(world: World) -> None:
    """财政局, 任务进度 › 修改截止日期 to 0001-01-01: saved, and the page said 「截止日期已改为
    1-01-01」; every department was 逾期 some 740,000 days."""
    from jixiao.web.tasks.models import Task

    bureau = world.client("bureau")
    assert bureau.post("/tasks/new/", _task_form()).status_code == 302
    task = Task.objects.get()
    moved = bureau.post(f"/tasks/{task.pk}/deadline/", {"deadline": "0001-01-01"}, follow=True)
    assert "截止日期未修改：截止日期0001-01-01早于2024年" in moved.content.decode()
    task.refresh_from_db()
    assert task.deadline.isoformat() == "2025-03-31"


@pytest.mark.django_db
def test_a_reminder_to_a_department_no_longer_on_the_task_reminds_nobody(world: World) -> None:
    """财政局, 任务进度 › 催报 of one department whose id is stale: every department of the
    task was reminded instead."""
    from jixiao.web.tasks.models import Reminder, Task

    bureau = world.client("bureau")
    assert bureau.post("/tasks/new/", _task_form()).status_code == 302
    task = Task.objects.get()
    stale = bureau.post(f"/tasks/{task.pk}/remind/", {"department": "9" * 20}, follow=True)
    assert "所选部门不在本任务中，未催报" in stale.content.decode()
    assert not Reminder.objects.exists()
    chosen = bureau.post(f"/tasks/{task.pk}/remind/", {"department": str(world.own.pk)})
    assert chosen.status_code == 302
    assert list(Reminder.objects.values_list("department", flat=True)) == [world.own.pk]


def _admin_client(world: World) -> object:
    from django.contrib.auth.models import User
    from django.test import Client

    root = User.objects.create_superuser("root", password="x")
    client = Client()
    client.force_login(root)
    return client


@pytest.mark.django_db
def test_a_person_placed_where_the_role_cannot_work_is_refused(world: World) -> None:
    """系统管理员, 人员角色 › 增加: a 单位填报人 tied to a 单位 of another department (unit
    codes such as 430001 recur in every department), or given no department at all, was
    saved — he then saw none of his own projects. Now the form says what is wrong."""
    from django.contrib.auth.models import User

    from jixiao.web.orgs.models import Membership, Unit
    from jixiao.workflow import Role

    client = _admin_client(world)
    person = User.objects.create_user("xinren", password="x")
    foreign = Unit.objects.filter(department=world.other).first()
    assert foreign is not None
    base = {"user": person.pk, "region": world.region.pk, "role": Role.UNIT_EDITOR.value}
    cases = [
        ({"department": world.own.pk, "unit": foreign.pk}, "不属于部门"),
        ({}, "单位填报人（编制）须选择所属部门"),
        ({"department": world.own.pk, "role": Role.BUREAU_REVIEWER.value}, "请清空“部门”"),
    ]
    for given, said in cases:
        answer = client.post("/admin/orgs/membership/add/", base | given)  # type: ignore[attr-defined]
        assert answer.status_code == 200, (given, answer.status_code)
        assert said in answer.content.decode(), given
    assert not Membership.objects.filter(user=person).exists()
    own_unit = Unit.objects.filter(department=world.own).first()
    assert own_unit is not None
    right = base | {"department": world.own.pk, "unit": own_unit.pk}
    assert client.post("/admin/orgs/membership/add/", right).status_code == 302  # type: ignore[attr-defined]
    assert Membership.objects.get(user=person).unit == own_unit


@pytest.mark.django_db
def test_the_person_form_searches_units_instead_of_listing_them_all(world: World) -> None:
    """系统管理员 of 200 units: 人员角色's 单位 was a select of every unit of the province,
    each named like 「430001 …本级」; now a search box (autocomplete) that finds a unit by
    its department's name."""
    client = _admin_client(world)
    form = client.get("/admin/orgs/membership/add/").content.decode()  # type: ignore[attr-defined]
    assert 'class="admin-autocomplete' in form and 'name="unit"' in form
    found = client.get(  # type: ignore[attr-defined]
        "/admin/autocomplete/",
        {
            "term": world.other.name[:4],
            "app_label": "orgs",
            "model_name": "membership",
            "field_name": "unit",
        },
    ).json()
    assert found["results"] and all(r["id"] for r in found["results"])


@pytest.mark.django_db
def test_an_empty_dashboard_chart_tells_a_screen_reader_it_is_empty(world: World) -> None:
    """读屏软件, 监控看板 before any round: the chart drew 暂无数据, but under role="img" a
    screen reader reads only the name — 「各部门项目监控结果，图像」, as if it had bars."""
    import re

    page = world.client("bureau").get("/monitoring/").content.decode()
    empty = re.findall(r'<svg[^>]*data-empty="true"[^>]*>(.*?)</svg>', page)
    assert empty and all("<desc>暂无数据</desc>" in chart for chart in empty)


@pytest.mark.django_db
def test_the_plans_list_filters_by_finding_severity(world: World) -> None:
    """财政局, 清单 › 绩效文本 of many plans: no way to list only the plans with errors (to
    return them) or only those without (to approve them in one batch); the 错误 column could
    only be sorted. Now a 审核发现 filter: 有错误 / 无错误、有警告 / 无错误和警告."""
    from jixiao.web.plans.models import PlanRecord

    PlanRecord.objects.filter(pk=world.own_plan.pk).update(errors=3, warnings_count=5)
    PlanRecord.objects.filter(pk=world.other_plan.pk).update(errors=0, warnings_count=2)
    bureau = world.client("bureau")
    page = bureau.get("/lists/plans/").content.decode()
    assert '<option value="errors">有错误</option>' in page
    own, other = (f'href="/plans/{p.pk}/"' for p in (world.own_plan, world.other_plan))
    with_errors = bureau.get("/lists/plans/?findings=errors").content.decode()
    assert own in with_errors and other not in with_errors
    warned = bureau.get("/lists/plans/?findings=warnings").content.decode()
    assert other in warned and own not in warned
    assert "共 0 条" in bureau.get("/lists/plans/?findings=clean").content.decode()
    ignored = bureau.get("/lists/plans/?findings=nope").content.decode()
    assert own in ignored and other in ignored


@pytest.mark.django_db
def test_a_public_file_asked_again_unchanged_is_not_sent_again(world: World) -> None:
    """公众 / a harvester of the open data: each public file (a plan's CSV, the province's
    open-data bundle) came whole on every request, with nothing to ask «has it changed?».
    Each now carries an ETag named by what it was made from: 304 while unchanged, a new tag
    once the plan changes."""
    from django.test import Client

    from jixiao.web.plans.editing import save_goals
    from tests.web.reports_world import approve

    plan = approve(world.own_plan, world.users["bureau"])
    public = Client()
    for url in (f"/public/plans/{plan.pk}/download/csv", "/public/open-data.zip"):
        first = public.get(url)
        assert first.status_code == 200 and first.content
        tag = first["ETag"]
        assert tag.startswith('"') and "no-cache" in first["Cache-Control"]
        again = public.get(url, HTTP_IF_NONE_MATCH=tag)
        assert again.status_code == 304 and not again.content
    csv_url = f"/public/plans/{plan.pk}/download/csv"
    tag = public.get(csv_url)["ETag"]
    save_goals(world.users["bureau"], plan, "公开文件的版本标记测试。", [], [], plan.lock_version)
    changed = public.get(csv_url, HTTP_IF_NONE_MATCH=tag)
    assert changed.status_code == 200 and changed["ETag"] != tag


@pytest.mark.django_db
def test_a_tasks_dates_in_sentences_are_written_the_chinese_way(world: World) -> None:
    """单位填报人, 消息 and 任务进度: the fifth walk wrote dates in sentences as 2024年7月31日,
    but a task's message still read 「…，截止日期 2025-03-31。」, the 即将截止 notice
    「将于 2025-03-31 截止」 and the board 「截止 2025-03-31」."""
    import datetime as dt

    from jixiao.web.tasks.actions import send_due_soon
    from jixiao.web.tasks.models import Message, Task

    bureau = world.client("bureau")
    assert bureau.post("/tasks/new/", _task_form()).status_code == 302
    task = Task.objects.get()
    told = Message.objects.filter(recipient=world.users["editor"], kind="task").get()
    assert "截止日期为2025年3月31日" in told.body and "2025-03-31" not in told.body
    board = bureau.get(f"/tasks/{task.pk}/").content.decode()
    assert "2025年3月31日截止" in board
    moved = bureau.post(f"/tasks/{task.pk}/deadline/", {"deadline": "2025-04-10"}, follow=True)
    assert "截止日期已改为2025年4月10日" in moved.content.decode()
    assert send_due_soon(dt.date(2025, 4, 8))
    soon = Message.objects.filter(recipient=world.users["editor"], kind="due_soon").get()
    assert "将于2025年4月10日截止" in soon.body
