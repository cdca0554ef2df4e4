"""What people read is Chinese: the audit log's operations, every model and field in the
admin, and a rule's title beside its code wherever a finding is shown as a badge."""

from __future__ import annotations

import re

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.db import models
from django.test import Client
from django.utils import translation

from jixiao.web.audit.labels import ACTION_LABELS, action_label
from jixiao.web.plans.presenting import plan_findings
from jixiao.workflow import Action, ReportAction
from tests.web.conftest import World

CJK = re.compile(r"[\u4e00-\u9fff]")
CODE = re.compile(r"\b(?:workflow|report|edit|open|add|delete|import)_[a-z_]+\b")


def test_every_workflow_and_report_action_has_a_label() -> None:
    for action in Action:
        assert CJK.search(ACTION_LABELS[f"workflow_{action.value}"])
    for report_action in ReportAction:
        assert CJK.search(ACTION_LABELS[f"report_{report_action.value}"])
    assert action_label("workflow_approve") == "批复公开"
    assert action_label("something_new") == "something_new"  # never hidden


@pytest.mark.django_db
def test_the_audit_log_shows_operations_in_chinese(world: World) -> None:
    editor, reviewer = world.client("editor"), world.client("reviewer")
    plan = world.own_plan.pk
    for client, action, comment in ((editor, "submit", ""), (reviewer, "return", "请修改")):
        client.post(f"/plans/{plan}/action/", {"action": action, "comment": comment})
    reviewer.post(f"/plans/{plan}/comments/", {"text": "成本指标请写上限"})
    page = reviewer.get("/audit/").content.decode()
    table = page[page.index("<tbody>") : page.index("</tbody>")]
    assert "提交审核" in table and "退回修改" in table and "添加审核意见" in table
    cells = re.findall(r"<td>([^<]*)</td>", table)
    assert not [c for c in cells if CODE.fullmatch(c.strip())], cells


def test_every_model_and_field_in_the_admin_is_named_in_chinese() -> None:
    english = []
    with translation.override("zh-hans"):
        for model in admin.site._registry:
            meta = model._meta
            for name in (meta.verbose_name, meta.verbose_name_plural, meta.app_config.verbose_name):
                if not CJK.search(str(name)):
                    english.append(f"{meta.label}: {name}")
            for field in meta.get_fields():
                labelled = not isinstance(field, models.Field) or field.auto_created
                if not labelled and not CJK.search(str(field.verbose_name)):
                    english.append(f"{meta.label}.{field.name}: {field.verbose_name}")
    assert english == []


@pytest.mark.django_db
def test_the_admin_index_lists_models_in_chinese() -> None:
    client = Client()
    client.force_login(User.objects.create_superuser("root", password="x"))
    page = client.get("/admin/").content.decode()
    names = re.findall(r'<th scope="row"[^>]*>\s*<a [^>]*>([^<]+)</a>', page)
    assert names and all(CJK.search(n) for n in names), names


def _badges(page: str) -> list[str]:
    return re.findall(r'<span class="sev sev-\w+"[^>]*>([A-Z]\d{3}[^<]*)</span>', page)


@pytest.mark.django_db
def test_finding_badges_carry_the_rules_title(world: World) -> None:
    """The editor's dashboard lists its plan's findings; the plan page those of the whole
    department (seed 003 has some): each badge says the rule's code and its title."""
    own = plan_findings(world.own_plan)
    dashboard = world.client("editor").get("/").content.decode()
    badges = _badges(dashboard)
    assert badges, "no finding badges on the dashboard"
    titles = {f"{f['rule']} {f['title']}" for f in own}
    assert set(badges) <= titles, set(badges) - titles
    document = [f for f in plan_findings(world.other_plan) if f["project_index"] is None]
    assert document
    page = world.client("other_editor").get(f"/plans/{world.other_plan.pk}/").content.decode()
    for finding in document:
        assert f"{finding['rule']} {finding['title']}" in _badges(page)


def test_every_audit_code_written_in_the_source_has_a_label() -> None:
    """A new operation cannot reach the audit log as a raw code unnoticed."""
    from pathlib import Path

    web = Path(__file__).resolve().parents[2] / "src" / "jixiao" / "web"
    codes: set[str] = set()
    for path in web.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r"\baudit\(\s*[\w.]+,\s*\"([a-z_]+)\"", text))
        codes |= set(re.findall(r"\baction=\"([a-z]+_[a-z_]+)\"", text))
    assert {"edit_project", "import", "edit_progress"} <= codes  # the scan finds them
    assert sorted(code for code in codes if code not in ACTION_LABELS) == []


@pytest.mark.django_db
def test_a_refused_admin_form_is_titled_in_chinese() -> None:
    """Django's Chinese catalogue lacks the admin's 「Error:」 before a refused form's title
    (and a refused sign-in's): the project's own catalogue supplies it."""
    root = User.objects.create_superuser("root", password="x")
    client = Client()
    refused = client.post("/admin/login/", {"username": "root", "password": "wrong"})
    client.force_login(root)
    added = client.post("/admin/auth/user/add/", {"username": "", "password1": ""})
    for response in (refused, added):
        assert response.status_code == 200
        title = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
        assert title is not None and title.group(1).startswith("错误："), title
        assert "Error" not in title.group(1)
