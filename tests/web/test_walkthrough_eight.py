"""Eighth walk, view tests: each failed before its fix."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from jixiao.web.jobs.models import Job
from jixiao.web.orgs.models import Membership
from jixiao.web.plans.decisions import act
from jixiao.workflow import Action, Role
from tests.web.conftest import World
from tests.web.test_imported_kinds import MONITORING, SELF_EVALUATION, preview_of


def _main(response: object) -> str:
    page: str = response.content.decode()  # type: ignore[attr-defined]
    return page.split("<main", 1)[1]


@pytest.mark.django_db
def test_the_administrator_finds_the_administration_in_the_menu(world: World) -> None:
    """系统管理员: no page linked to 系统管理 (/admin/, units, users, roles) — the only way
    in was to type the address. Now the menu has it, for staff only."""
    admin = world.users["admin"]
    admin.is_staff = True
    admin.save()
    page = world.client("admin").get("/").content.decode()
    assert 'href="/admin/">系统管理</a>' in page
    assert "系统管理</a>" not in world.client("bureau").get("/").content.decode()


@pytest.mark.django_db
def test_an_english_browser_still_gets_chinese(world: World) -> None:
    """系统管理员 with a browser set to English: the 系统管理 pages came in English
    ("Select user to change", "Django site admin"), as did Django's own form errors, and
    every response (the public files too) carried Vary: Accept-Language."""
    admin = world.users["admin"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client = world.client("admin")
    page = client.get("/admin/auth/user/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    text = page.content.decode()
    assert "Select user to change" not in text
    assert "选择要修改的用户" in text and "jixiao 系统管理" in text
    public = world.client(None).get("/public/", HTTP_ACCEPT_LANGUAGE="en-US")
    assert "Accept-Language" not in public.get("Vary", "")


@pytest.mark.django_db
def test_the_job_list_says_why_a_job_failed_and_shows_the_administrator_the_region(
    world: World,
) -> None:
    """后台任务: a failed import read 「失败」 in the list, the reason only on its page; and the
    administrator, who may open any job of the region, listed only his own — a unit's
    failed import could not be found to help with."""
    Job.objects.create(
        kind=Job.Kind.IMPORT_STAGE,
        title="识别 2024年目标表.xlsx",
        state=Job.State.FAILED,
        error="预算数“两万”不是数字 · 原文：目标表!C4",
        department=world.own,
        created_by=world.users["editor"],
    )
    mine = _main(world.client("editor").get("/jobs/"))
    assert "预算数“两万”不是数字" in mine
    everyone = _main(world.client("admin").get("/jobs/"))
    assert "本区划的任务" in everyone
    assert "识别 2024年目标表.xlsx" in everyone and "<td>editor</td>" in everyone
    assert "识别 2024年目标表.xlsx" not in _main(world.client("other_editor").get("/jobs/"))


@pytest.mark.django_db
def test_the_versions_compared_say_which_step_froze_them_by_whom_and_when(
    world: World,
) -> None:
    """版本对比: the choices read 「版本 1」「版本 2」 — nothing said which was the submission
    and which the bureau's return, by whom, when; two equal versions said 「两个版本内容相同」
    twice (the heading and an empty table)."""
    plan = world.own_plan
    act(world.users["editor"], Role.UNIT_EDITOR, plan, Action.SUBMIT)
    act(world.users["reviewer"], Role.DEPARTMENT_REVIEWER, plan, Action.RETURN, "补充依据")
    page = _main(world.client("editor").get(f"/plans/{plan.pk}/versions/?old=1&new=2"))
    assert "版本 1 · 提交审核 · editor · " in page
    assert "版本 2 · 退回修改 · reviewer · " in page
    equal = _main(world.client("editor").get(f"/plans/{plan.pk}/versions/?old=2"))
    assert equal.count("两个版本内容相同") == 1


@pytest.mark.django_db
def test_a_monitoring_tables_preview_reads_as_chinese_without_score_columns(
    world: World,
) -> None:
    """单位填报人 imports another province's 监控表: the preview's 导入提示 read
    「indicator-without-value 指标没有指标值」 — the importer's English code before the
    Chinese name — and its projects had 公布总分 and 公布等级 columns, always 「—」: a 监控表
    publishes no score. Both stay for a 自评表, whose preview shows them."""
    _, preview = preview_of(world.client("editor"), MONITORING)
    assert "指标没有指标值" in preview
    assert "indicator-without-value 指标没有指标值" not in preview
    assert '<th class="num">执行率</th>' in preview and "公布总分" not in preview
    _, scored = preview_of(world.client("editor"), SELF_EVALUATION)
    assert "公布总分" in scored and "公布等级" in scored


def _superuser(world: World) -> Client:
    admin = world.users["admin"]
    admin.is_staff = admin.is_superuser = True
    admin.save()
    return world.client("admin")


INLINE = {
    "membership-TOTAL_FORMS": "1",
    "membership-INITIAL_FORMS": "0",
    "membership-MIN_NUM_FORMS": "0",
    "membership-MAX_NUM_FORMS": "1",
}


@pytest.mark.django_db
def test_a_new_account_gets_its_role_on_the_same_page(world: World) -> None:
    """系统管理员 adds a 单位填报人 for one of 200 units: 用户 › 增加 saved an account with no
    role, which could open nothing, and the role was a second form under 人员角色; the
    users' list showed neither role nor place to find one by. Now the role is on the user's
    page (checked as 人员角色 is) and the list shows and filters by it."""
    client = _superuser(world)
    form = client.get("/admin/auth/user/add/").content.decode()
    assert 'name="membership-0-role"' in form
    added = client.post(
        "/admin/auth/user/add/",
        {
            "username": "wang",
            "password1": "a-long-pass-9371",
            "password2": "a-long-pass-9371",
            "usable_password": "true",
            **INLINE,
            "membership-0-role": Role.UNIT_EDITOR.value,
            "membership-0-region": str(world.region.pk),
            "membership-0-department": str(world.own.pk),
        },
    )
    assert added.status_code == 302, added.content.decode()[-3000:]
    member = Membership.objects.get(user__username="wang")
    assert (member.role, member.department) == (Role.UNIT_EDITOR.value, world.own)
    listed = client.get("/admin/auth/user/?membership__role=unit_editor").content.decode()
    assert "wang" in listed and world.own.name in listed and "单位填报人" in listed
    assert ">bureau<" not in listed


@pytest.mark.django_db
def test_a_role_without_its_department_is_refused_on_the_users_page(world: World) -> None:
    """The placement check of 人员角色 holds on the user's page too."""
    client = _superuser(world)
    refused = client.post(
        "/admin/auth/user/add/",
        {
            "username": "li",
            "password1": "a-long-pass-9371",
            "password2": "a-long-pass-9371",
            "usable_password": "true",
            **INLINE,
            "membership-0-role": Role.UNIT_EDITOR.value,
            "membership-0-region": str(world.region.pk),
        },
    )
    assert refused.status_code == 200
    assert "单位填报人（编制）须选择所属部门" in refused.content.decode()
    assert not User.objects.filter(username="li").exists()


@pytest.mark.django_db
def test_the_year_is_asked_only_of_a_document_without_one(world: World) -> None:
    """导入预览: every preview asked 「文档未写明年度时使用的预算年度」, a 2019 监控表 too —
    as if the year read were in doubt. Now only a document without a year is named and its
    year asked."""
    _, dated = preview_of(world.client("editor"), MONITORING)
    assert "年度：2019" in dated and 'name="year"' not in dated
    undated = MONITORING.with_name(
        "unknown_ru10-jiankong-baogao-zhaotoubiao-banyue-tradmirror-cut_nd.txt"
    )
    _, asked = preview_of(world.client("editor"), undated)
    assert f"{undated.name}未写明年度，导入为预算年度" in asked and 'name="year"' in asked
