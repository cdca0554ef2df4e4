"""编辑冲突 in a real browser: two editors open the same goal table; the second save is refused
with the conflict message, and the second editor's typing stays in the grid (nothing lost)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Locator, Page, expect

from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import IndicatorRecord, ProjectRecord
from jixiao.web.plans.storing import store_plan
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, NAMES, Session

SEED = "002_9d52ecbd56ee9879"


def cell(page: Page, row: int, column: str) -> Locator:
    return page.locator(f'#grid tr[data-row="{row - 1}"] [data-column="{column}"]')


def open_editor(session: Session, user: User, project: ProjectRecord) -> Page:
    session.login(user)
    session.page.goto(f"/projects/{project.pk}/")
    expect(session.page.locator("#project-title")).to_have_text(project.name)
    return session.page


@pytest.mark.browser
def test_second_save_gets_the_conflict_and_keeps_its_input(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    department = Department.objects.get(name=DEPARTMENT)
    plan = store_plan(import_file(seed_path(SEED)), department, people["editor"])
    project = plan.projects.get(position=1)
    first, second = project.indicators.all()[:2]

    alice = open_session("conflict-1-first")
    bob = open_session("conflict-2-second")
    page_a = open_editor(alice, people["editor"], project)
    page_b = open_editor(bob, people["second_editor"], project)

    cell(page_a, 1, "value").fill("≥6次")
    page_a.get_by_role("button", name="保存").click()
    expect(page_a.locator("#save-state")).to_contain_text("已保存")

    typed_value = "390台"
    typed_description = "行政和事业单位公务用车（含新能源车）"
    cell(page_b, 2, "value").fill(typed_value)
    cell(page_b, 2, "description").fill(typed_description)
    page_b.keyboard.press("Control+s")  # the editor's save key
    conflict = page_b.locator("#conflict")
    expect(conflict).to_be_visible()
    expect(conflict).to_contain_text(f"已被{NAMES['editor']}")
    expect(conflict).to_contain_text("修改")
    expect(page_b.locator("#save-state")).to_have_text("未保存：编辑冲突")
    # the second editor's input is still in the grid
    expect(cell(page_b, 2, "value")).to_have_value(typed_value)
    expect(cell(page_b, 2, "description")).to_have_value(typed_description)
    bob.shot("conflict")
    # and the first editor's save was not overwritten
    assert IndicatorRecord.objects.get(pk=first.pk).value == "≥6次"
    assert IndicatorRecord.objects.get(pk=second.pk).value == second.value

    # having looked, the second editor may knowingly overwrite with their version
    conflict.get_by_role("button", name="我已核对，用我的内容覆盖").click()
    expect(page_b.locator("#save-state")).to_contain_text("已保存")
    expect(conflict).to_be_hidden()
    saved = IndicatorRecord.objects.get(pk=second.pk)
    assert (saved.value, saved.description) == (typed_value, typed_description)
