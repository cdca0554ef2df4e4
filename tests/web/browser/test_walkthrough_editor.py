"""What a walk through the goal-table editor found, checked in the browser: a row's
finding badges ran out of their 56-pixel 审核 column (under the 意见 button, under the side
panel, and out of the page: 1,448 px wide at 1,280, 497 at 390), and a refused save named
the field by its name in the code ("budget_total：应为数字")."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from playwright.sync_api import Dialog, Page, expect

from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Department
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.storing import store_plan
from jixiao.workflow import Action, Role
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, SEED, Session

# Each finding badge of a row whose right edge passes its cell's.
BADGES_OUT = """() => [...document.querySelectorAll('#grid td.row-findings .sev')]
  .filter(b => b.getBoundingClientRect().right > b.closest('td').getBoundingClientRect().right + 1)
  .map(b => b.textContent)"""


def _stored(people: dict[str, User], *actions: Action) -> PlanRecord:
    department = Department.objects.get(name=DEPARTMENT)
    plan = store_plan(import_file(seed_path(SEED)), department, force=True)
    for action in actions:
        act(people["bureau"], Role.ADMIN, plan, action)
    return plan


def _signed_in(open_session: Callable[[str], Session], user: User, prefix: str) -> Page:
    session = open_session(prefix)
    session.login(user)
    return session.page


def _fits(page: Page) -> bool:
    fits: bool = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    return fits


def test_a_rows_findings_stay_in_their_column_on_a_laptop_and_a_phone(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    plan = _stored(people, Action.SUBMIT)
    page = _signed_in(open_session, people["reviewer"], "walkthrough-badges")
    badges = 0
    for project in plan.projects.order_by("position"):
        for width, height in ((1280, 900), (390, 844)):
            page.set_viewport_size({"width": width, "height": height})
            page.goto(f"/projects/{project.pk}/")
            expect(page.locator("#findings li").first).to_be_visible()
            badges += page.locator("#grid td.row-findings .sev").count()
            assert page.evaluate(BADGES_OUT) == [], (project.name, width)
            assert _fits(page), f"{project.name} is wider than {width} px"
    assert badges > 20  # seed 002's rows have findings of every kind


def test_a_refused_save_names_the_field_as_the_page_labels_it(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    project = _stored(people).projects.get(position=1)
    page = _signed_in(open_session, people["editor"], "walkthrough-refused-save")
    page.goto(f"/projects/{project.pk}/")
    budget = page.get_by_label("预算数（万元）")
    budget.fill("十二万")
    page.get_by_role("button", name="保存").click()
    state = page.locator("#save-state")
    expect(state).to_contain_text("保存失败")
    expect(state).to_contain_text("预算数（万元）：应为数字")
    assert "budget" not in state.inner_text()
    expect(budget).to_have_value("十二万")  # what the person typed is still there


def test_submitting_with_errors_asks_first_and_no_keeps_the_draft(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """A unit submitted seed 002 with its error-level findings without a word; the
    bureau's approval asked, the unit's submission did not."""
    plan = _stored(people)
    plan.refresh_from_db()
    assert plan.errors > 0
    unit = open_session("walkthrough-submit")
    unit.login(people["editor"])
    page = unit.page
    page.goto(f"/plans/{plan.pk}/")
    asked: list[str] = []

    def say_no(dialog: Dialog) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.remove_listener("dialog", unit._confirm)
    page.on("dialog", say_no)
    page.get_by_role("button", name="提交审核").click()
    expect(page.locator("h1 .status")).to_have_text("编制中")
    assert asked and f"{plan.errors}个错误级审核发现" in asked[0]
    plan.refresh_from_db()
    assert plan.status == "draft"
