"""Tenth walk, view tests: each failed before its fix."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from jixiao.web.plans.decisions import act
from jixiao.web.plans.demo import ACCOUNTS, load_demo
from jixiao.web.plans.models import ImportBatch
from jixiao.workflow import Action, Role
from tests.conftest import SEEDS_DIR
from tests.web.conftest import World
from tests.web.reports_world import approve


def _main(response: object) -> str:
    page: str = response.content.decode()  # type: ignore[attr-defined]
    return page.split("<main", 1)[1]


@pytest.mark.django_db
def test_the_lists_sort_departments_as_read(world: World) -> None:
    """财政局 › 清单 with many departments: 部门 sorted 「…（样本28）」 before 「…（样本3）」 (the
    database compared the names as text, in another order on PostgreSQL than on SQLite);
    the dashboards already read numbers by value. Now a stored key (natural_text)."""
    world.own.name = "张家口市机关事务管理局（样本28）"
    world.own.save()
    world.other.name = "张家口市机关事务管理局（样本3）"
    world.other.save()
    client = world.client("bureau")
    page = _main(client.get("/lists/plans/?sort=department__name")).split("<tbody>", 1)[1]
    assert page.index("（样本3）") < page.index("（样本28）")
    backwards = _main(client.get("/lists/plans/?sort=-department__name")).split("<tbody>", 1)[1]
    assert backwards.index("（样本28）") < backwards.index("（样本3）")
    choices = _main(client.get("/lists/plans/")).split('name="department"', 1)[1]
    assert choices.index("（样本3）") < choices.index("（样本28）")
    audit = _main(client.get("/audit/?sort=department__name"))
    assert "<tbody>" in audit


@pytest.mark.django_db
def test_a_plan_in_review_offers_no_import_to_replace_it(world: World) -> None:
    """单位填报人 › an approved (or submitted) plan: the page offered 「导入文档替换本文本」;
    the upload ran its job and only then the preview said 「不能导入」. Offered only while an
    import may replace the plan (编制中 / 已退回)."""
    link = "导入文档替换本文本"
    url = f"/plans/{world.own_plan.pk}/"
    assert link in _main(world.client("editor").get(url))
    act(world.users["editor"], Role.UNIT_EDITOR, world.own_plan, Action.SUBMIT)
    assert link not in _main(world.client("editor").get(url))
    assert link not in _main(world.client("admin").get(url))


@pytest.mark.django_db
def test_the_administration_reads_as_chinese(world: World) -> None:
    """系统管理员 › 系统管理: the link beside a chosen 区划 that deletes it was titled
    「取消选中 区划」 ("deselect", Django's zh_Hans), and headings read word for word from
    English: 「选择 单位 来修改」, 「增加 用户」, 「 以 区划」."""
    user = world.users["admin"]
    user.is_staff = user.is_superuser = True
    user.save()
    client = world.client("admin")
    units = client.get("/admin/orgs/unit/").content.decode()
    assert "选择要修改的单位" in units and "选择 单位 来修改" not in units
    assert "新增单位" in units and "增加 单位" not in units
    people = client.get("/admin/orgs/membership/").content.decode()
    assert "按角色" in people and " 以 " not in people
    membership = client.get("/admin/orgs/membership/add/").content.decode()
    assert "取消选中" not in membership
    assert "删除所选的区划" in membership


@pytest.mark.django_db
def test_the_demo_people_have_names(fast_passwords: None) -> None:
    """Each role in the demo: the header read 「财政局审核人 · 财政局审核人 · 示例区划财政局」 and
    the versions and the audit log 「系统管理员」 for whoever acted — the accounts were named
    by their role. Now each has a person's name."""
    load_demo(SEEDS_DIR, with_plans=False)
    for account in ACCOUNTS:
        client = Client()
        client.force_login(User.objects.get(username=account.username))
        page = client.get("/").content.decode()
        who = page.split('<div class="who">', 1)[1].split("</div>", 1)[0]
        assert who.count(account.role.label) == 1, who
        assert account.name in who and account.name not in account.role.label


@pytest.mark.django_db
def test_the_bureau_finds_a_plan_by_its_unit(world: World) -> None:
    """财政局 › 清单: 张家口市机关后勤服务中心 (a unit of 张家口市机关事务管理局) calls about its
    plan; 「搜索部门」 searched the department's name only and found nothing for the unit's
    name or code. Now the units too — each plan once, however many of its units match."""
    client = world.client("bureau")
    for q in ("机关后勤服务中心", "430005"):
        page = _main(client.get("/lists/plans/", {"q": q})).split("<tbody>", 1)[1]
        rows = page.split("</tbody>", 1)[0]
        assert rows.count("<tr") == 1 and world.other.name in rows, q
    every = _main(client.get("/lists/plans/", {"q": "张家口市"})).split("<tbody>", 1)[1]
    assert every.split("</tbody>", 1)[0].count("<tr") == 1  # four units match: one plan
    assert "搜索部门或单位" in _main(client.get("/lists/plans/"))


@pytest.mark.django_db
def test_the_findings_to_rectify_put_the_errors_first(world: World) -> None:
    """财政局 › 问题整改 after a review: 47 findings to choose from, in the review's order,
    with no word of which were 错误 and which 警告 — the errors scattered among them. Now a
    严重程度 column, the errors first and counted in the heading."""
    page = world.client("bureau").get(f"/plans/{world.own_plan.pk}/rectification/")
    found = page.context["candidates"]
    ranks = [c.item.severity.rank for c in found]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == 2
    errors = ranks.count(2)
    text = page.content.decode()
    assert f"其中错误{errors}条" in text
    assert '<td data-label="严重程度"><span class="sev sev-error">错误</span></td>' in text


@pytest.mark.django_db
def test_an_unreadable_upload_leads_back_to_the_upload(world: World) -> None:
    """单位填报人 › 导入 of a damaged .docx: the preview said 「文件已损坏或不是有效的 Office
    文档」 and offered only 「放弃」 — asked to confirm giving up documents that were never
    read, then sent to the 工作台, the 导入文档 page to be found again. Now it says what to
    do and 「重新选择文件」 returns to the upload."""
    client = world.client("editor")
    damaged = SimpleUploadedFile("目标表.docx", b"PK\x03\x04 not a document", "application/zip")
    sent = client.post("/import/", {"documents": [damaged]})
    preview = client.get(sent["Location"], follow=True)
    text = preview.content.decode()
    assert "文件已损坏" in text and "确认导入" not in text
    assert "重新选择文件" in text and "确定放弃" not in text
    batch = ImportBatch.objects.get(department=world.own, state="staged")
    again = client.post(f"/import/{batch.pk}/decide/", {"decision": "again"})
    assert again["Location"] == f"/import/?department={world.own.pk}"
    batch.refresh_from_db()
    assert batch.state != "staged"
    assert "选择" in client.get(again["Location"]).content.decode()


@pytest.mark.django_db
def test_money_reads_the_same_on_every_page(world: World) -> None:
    """单位填报人 › 绩效文本, 监控 and 自评: the lists print money as 万元 with two decimals
    (38.90), but the plan's 预算项目 read 「38.9」 and 「2」, the 自评's 全年预算数 「1357」
    under a heading with no unit, the 监控's 累计支出 the same. Now |money everywhere."""
    plan, client = world.own_plan, world.client("editor")
    page = _main(client.get(f"/plans/{plan.pk}/"))
    assert '<td class="num">38.90</td>' in page and '<td class="num">38.9</td>' not in page
    approve(plan, world.users["admin"])
    assert client.post(f"/plans/{plan.pk}/evaluation/start/").status_code == 302
    evaluation = _main(client.get(f"/plans/{plan.pk}/evaluation/"))
    assert "全年预算数（万元）" in evaluation and '<td class="num">38.90</td>' in evaluation
    opened = client.post(f"/plans/{plan.pk}/monitoring/new/", {"monitor_date": "2023-07-31"})
    assert opened.status_code == 302
    round_ = _main(client.get(opened["Location"]))
    assert "累计支出（万元）" in round_ and '<td class="num">38.90</td>' in round_
