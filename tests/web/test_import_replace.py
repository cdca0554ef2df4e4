"""Replacing a draft by an import: the preview says what will be replaced, the draft is
frozen as a version first (compared and restored from the versions page), and comments stay
on the projects and indicators that still exist."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from jixiao.exporters.formats import export_bytes
from jixiao.web.plans.commenting import add_comment
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.models import Comment, ImportBatch, PlanVersion
from jixiao.web.plans.replacing import freeze_draft
from tests.web.conftest import World
from tests.web.test_editing import project_payload


@pytest.mark.django_db
def test_an_import_over_a_draft_keeps_the_draft_and_the_comments(world: World) -> None:
    plan = world.own_plan
    reviewer = world.users["reviewer"]
    first, last = plan.projects.order_by("position")[0], plan.projects.order_by("position").last()
    assert last is not None
    kept, dropped = first.indicators.order_by("position")[:2]
    on_kept = add_comment(reviewer, plan, "请核实目标值", indicator_id=kept.pk)
    on_dropped = add_comment(reviewer, plan, "该指标不适用", indicator_id=dropped.pk)
    on_project = add_comment(reviewer, plan, "预算偏高", project_id=first.pk)
    on_removed_project = add_comment(reviewer, plan, "请补充依据", project_id=last.pk)

    # The unit's new document: the second indicator of project 1 and the last project gone.
    document = plan_to_domain(plan)
    projects = list(document.projects[:-1])
    projects[0] = projects[0].model_copy(
        update={"indicators": [i for n, i in enumerate(projects[0].indicators) if n != 1]}
    )
    document = document.model_copy(update={"projects": projects})
    upload = SimpleUploadedFile("新版.docx", export_bytes(document, "docx"))
    client = world.client("editor")
    client.post("/import/", {"documents": [upload]})
    batch = ImportBatch.objects.get(department=world.own, state="staged")
    preview = client.get(f"/import/{batch.pk}/").content.decode()
    assert "确认后将替换" in preview
    assert "8 个项目、81 个指标 → 7 个项目" in preview
    assert f"删除项目：{last.name}" in preview
    assert "替换前的草稿保存为版本 1，可对比和恢复" in preview
    assert "审核意见：2 条保留在原项目或指标上，2 条所在指标不再存在，改为挂在整个文本上" in preview

    client.post(f"/import/{batch.pk}/decide/", {"decision": "commit"})
    plan.refresh_from_db()
    assert plan.projects.count() == 7
    frozen = PlanVersion.objects.get(plan=plan)
    assert frozen.action == "import_replace" and len(frozen.snapshot["projects"]) == 8

    kept_now = Comment.objects.get(pk=on_kept.pk)
    assert kept_now.indicator is not None and kept_now.indicator.level3 == kept.level3
    assert kept_now.indicator.pk != kept.pk, "the indicator row is new"
    assert Comment.objects.get(pk=on_project.pk).project.name == first.name  # type: ignore[union-attr]
    for gone in (on_dropped, on_removed_project):
        moved = Comment.objects.get(pk=gone.pk)
        assert (moved.plan_id, moved.project, moved.indicator) == (plan.pk, None, None)
    assert Comment.objects.get(pk=on_dropped.pk).indicator_label == dropped.level3

    # compared, then restored from the versions page
    compare = client.get(f"/plans/{plan.pk}/versions/?old=1&new=0").content.decode()
    assert last.name in compare and "恢复为版本 1" in compare
    restore = f"/plans/{plan.pk}/versions/1/restore/"
    restored = client.post(restore, {"revision": shown_revision(compare)}, follow=True)
    assert "已恢复为版本 1" in restored.content.decode()
    plan.refresh_from_db()
    assert plan.projects.count() == 8 and plan.versions.count() == 2
    back = Comment.objects.get(pk=on_kept.pk)
    assert back.indicator is not None and back.indicator.level3 == kept.level3


def shown_revision(page: str) -> str:
    """The draft's revision the versions page's restore form carries."""
    found = re.search(r'name="revision" value="([^"]*)"', page)
    assert found, "the restore form carries the revision it was opened at"
    return found.group(1)


@pytest.mark.django_db
def test_a_restore_over_a_colleagues_later_save_is_refused_with_who_and_when(
    world: World,
) -> None:
    """Saved after the versions page was opened: 409 naming the save; nothing replaced."""
    plan = world.own_plan
    freeze_draft(world.users["editor"], plan)
    client = world.client("editor")
    page = client.get(f"/plans/{plan.pk}/versions/?old=1&new=0").content.decode()
    opened_at = shown_revision(page)

    # a colleague saves a project's indicator after the page was opened
    colleague = world.client("admin")
    project = plan.projects.get(position=1)
    body = project_payload(colleague.get(f"/api/projects/{project.pk}").json())
    body["indicators"][0]["value"] = "≥7辆"
    put = colleague.put(f"/api/projects/{project.pk}", body, content_type="application/json")
    assert put.status_code == 200

    late = client.post(f"/plans/{plan.pk}/versions/1/restore/", {"revision": opened_at})
    assert late.status_code == 409
    text = late.content.decode()
    assert "未恢复" in text and "admin于" in text and f"修改项目“{project.name}”" in text
    assert "刷新版本页面" in text
    assert plan.versions.count() == 1, "nothing frozen, nothing restored"
    assert project.indicators.order_by("position")[0].value == "≥7辆"

    # the 409 page shows the draft as it is now; restoring from it is a decision made seeing it
    again = client.post(f"/plans/{plan.pk}/versions/1/restore/", {"revision": shown_revision(text)})
    assert again.status_code == 302 and plan.versions.count() == 2


@pytest.mark.django_db
def test_only_editors_restore_a_version(world: World) -> None:
    plan = world.own_plan
    freeze_draft(world.users["editor"], plan)
    assert world.client("reviewer").post(f"/plans/{plan.pk}/versions/1/restore/").status_code == 403
    assert world.client("editor").post(f"/plans/{plan.pk}/versions/9/restore/").status_code == 404


@pytest.mark.django_db
def test_the_preview_refuses_to_replace_an_approved_plan_before_the_commit(world: World) -> None:
    """The walkthrough: the preview promised "确认后将替换 … (已批复公开)", then the commit
    job failed with nothing to go back to. Now the preview says why and offers no commit."""
    plan = world.own_plan
    plan.status = "approved"
    plan.save(update_fields=["status"])
    body = export_bytes(plan_to_domain(plan), "docx")
    client = world.client("editor")
    client.post("/import/", {"documents": [SimpleUploadedFile("批复后又改的.docx", body)]})
    batch = ImportBatch.objects.get(department=world.own, state="staged")
    preview = client.get(f"/import/{batch.pk}/").content.decode()
    assert "确认后将替换" not in preview
    assert "不能导入：" in preview and "“已批复公开”状态，不能用导入覆盖" in preview
    assert 'value="commit"' not in preview and "请放弃本批次" in preview
    # committed anyway (a page left open from before): the failed job leads back
    job = client.post(f"/import/{batch.pk}/decide/", {"decision": "commit"}, follow=True)
    page = job.content.decode()
    assert "不能用导入覆盖" in page and f'href="/import/{batch.pk}/">返回导入预览' in page
    assert "放弃" in client.get(f"/import/{batch.pk}/").content.decode()


@pytest.mark.django_db
def test_two_goal_plans_of_one_year_in_a_batch_are_said_to_overwrite(world: World) -> None:
    body = export_bytes(plan_to_domain(world.own_plan), "docx")
    client = world.client("editor")
    uploads = [SimpleUploadedFile(name, body) for name in ("甲.docx", "乙.docx")]
    client.post("/import/", {"documents": uploads})
    batch = ImportBatch.objects.get(department=world.own, state="staged")
    preview = client.get(f"/import/{batch.pk}/").content.decode()
    assert preview.count("确认后以后者为准") == 1
    assert "本批次中的“乙.docx”也导入到" in preview
    assert 'value="commit"' in preview
