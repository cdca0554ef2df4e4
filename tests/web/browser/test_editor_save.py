"""The editor's save key: Ctrl+S in a grid cell sends exactly one save; a server answer that
is not JSON (a proxy's HTML error page) is shown as a failed save, not a script error."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Request, Route, expect

from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import IndicatorRecord
from jixiao.web.plans.storing import store_plan
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, Session

SEED = "002_9d52ecbd56ee9879"


@pytest.mark.browser
def test_ctrl_s_in_a_cell_saves_once_and_a_html_error_is_reported(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    department = Department.objects.get(name=DEPARTMENT)
    plan = store_plan(import_file(seed_path(SEED)), department, people["editor"])
    project = plan.projects.get(position=1)
    first = project.indicators.order_by("position").first()
    assert first is not None
    session = open_session("editor-save")
    session.login(people["editor"])
    page = session.page
    page.goto(f"/projects/{project.pk}/")
    saves: list[str] = []
    page.on("request", lambda r: saves.append(r.url) if r.method == "PUT" else None)

    cell = page.locator('#grid tr[data-row="0"] [data-column="value"]')
    cell.fill("≥7次")
    cell.press("Control+s")
    expect(page.locator("#save-state")).to_contain_text("已保存")
    page.wait_for_timeout(500)  # a second save would have been sent by now
    assert len(saves) == 1, saves
    assert IndicatorRecord.objects.get(pk=first.pk).value == "≥7次"

    def html_error(route: Route, request: Request) -> None:
        if request.method != "PUT":
            route.continue_()
            return
        route.fulfill(status=502, content_type="text/html", body="<html><h1>Bad Gateway</h1>")

    # a row's finding badge names the rule and its title, not the code alone
    badges = page.locator("#grid .row-findings .sev")
    expect(badges.first).to_be_visible()
    for text in badges.all_inner_texts():
        assert re.fullmatch(r"[A-Z]\d{3} \S.*", text), text

    page.route("**/api/projects/*", html_error)
    cell.fill("≥8次")
    cell.press("Control+s")
    expect(page.locator("#save-state")).to_contain_text("保存失败")
    expect(page.locator("#save-state")).to_contain_text("502")
    assert IndicatorRecord.objects.get(pk=first.pk).value == "≥7次"
