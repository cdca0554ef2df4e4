"""The 事前评估 申报 form, as the department's 单位填报人 opens it: 预算年度 is filled in with
the year of the plan being drafted (as a project in the editor has its plan's), and its
indicator drafts get the project editor's 指标库推荐 — the same list, fed by the name typed;
添加 fills an empty row of the indicator table."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Department
from jixiao.web.plans.storing import store_plan
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, Session

SEED = "002_9d52ecbd56ee9879"  # 2023, with a 公务用车 project (公车改革经费)


@pytest.mark.browser
def test_the_proposal_form_has_the_plans_year_and_library_suggestions(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    department = Department.objects.get(name=DEPARTMENT)
    plan = store_plan(import_file(seed_path(SEED)), department, people["editor"])
    session = open_session("exante-form")
    session.login(people["editor"])
    page = session.page
    page.goto("/exante/new/")
    expect(page.locator("#ex-year")).to_have_value(str(plan.year))

    page.locator("#ex-name").fill("公车改革经费")
    page.locator('[name="ind-0-level1"]').fill("产出指标")
    page.locator('[name="ind-0-level3"]').focus()
    offered = page.locator("#suggestions li").filter(has=page.locator("button"))
    expect(offered.first).to_be_visible()
    expect(offered.first.locator(".hint")).to_contain_text("个用过此指标")
    name = offered.first.locator("b").inner_text()
    offered.first.get_by_role("button", name="添加").click()
    expect(page.locator('[name="ind-0-level3"]')).to_have_value(name)
    expect(page.locator('[name="ind-0-level1"]')).to_have_value("产出指标")
    # the indicator written is no longer offered
    expect(page.locator("#suggestions li b").filter(has_text=name)).to_have_count(0)
