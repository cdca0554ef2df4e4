"""What a walkthrough of the cycle as each role found, checked in the browser: the bureau's
批复 asks before it publishes (and a "no" changes nothing), the 审核报告 opens styled with
no Content-Security-Policy error, every form control of the pages a reviewer and a unit use
has a name a screen reader can say, and none of them is wider than a 1366×768 screen."""

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

LAPTOP = {"width": 1366, "height": 768}

# Visible inputs, selects and textareas with no accessible name (label, aria-label(ledby),
# title): what a screen reader would announce as an unnamed field.
UNNAMED = """() => [...document.querySelectorAll(
    'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea')]
  .filter(e => e.offsetParent !== null)
  .filter(e => !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.title
                 || e.closest('label')
                 || (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))))
  .map(e => e.outerHTML.slice(0, 100))"""


def _unnamed(page: Page) -> list[str]:
    found: list[str] = page.evaluate(UNNAMED)
    return found


def _fits(page: Page) -> bool:
    fits: bool = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    return fits


def _in_bureau_review(people: dict[str, User]) -> PlanRecord:
    department = Department.objects.get(name=DEPARTMENT)
    plan = store_plan(import_file(seed_path(SEED)), department, force=True)
    for action in (Action.SUBMIT, Action.FORWARD):
        act(people["bureau"], Role.ADMIN, plan, action)
    return plan


def test_the_bureau_confirms_before_publishing_and_the_report_is_styled(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    plan = _in_bureau_review(people)
    bureau = open_session("walkthrough-bureau")
    bureau.page.set_viewport_size(LAPTOP)
    bureau.login(people["bureau"])
    page = bureau.page
    page.goto(f"/plans/{plan.pk}/")
    buttons = page.locator("form.action-form button")
    assert buttons.all_inner_texts() == ["审核通过（批复并公开）", "退回修改"]
    assert _unnamed(page) == [] and _fits(page)

    # "no" to the question: nothing happens
    page.remove_listener("dialog", bureau._confirm)
    asked: list[str] = []

    def say_no(dialog: Dialog) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", say_no)
    page.get_by_role("button", name="审核通过（批复并公开）").click()
    assert asked and "公开" in asked[0]
    plan.refresh_from_db()
    assert plan.status == "bureau_review"
    expect(page.locator("h1")).to_contain_text("待财政局审核")

    # "yes": approved and published
    page.remove_listener("dialog", say_no)
    page.on("dialog", bureau._confirm)
    override = page.locator("#override")
    if override.count():
        override.check()
    page.get_by_role("button", name="审核通过（批复并公开）").click()
    expect(page.locator("h1")).to_contain_text("已批复公开")
    assert bureau.dialogs and "公开" in bureau.dialogs[-1]

    # the 审核报告 in its own tab: styled (its <style> allowed), no console error, no 404
    failed: list[str] = []  # the session ignores failed loads; here none is expected
    page.on("console", lambda m: failed.append(m.text) if m.type == "error" else None)
    page.goto(f"/plans/{plan.pk}/download/review.html")
    page.wait_for_load_state("networkidle")
    assert failed == []
    expect(page.locator("h1")).to_contain_text("审核报告")
    border = page.evaluate("getComputedStyle(document.querySelector('table td')).borderTopStyle")
    assert border != "none", "the report's stylesheet was refused"


def test_the_units_and_reviewers_forms_name_every_field(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    plan = _in_bureau_review(people)
    act(people["bureau"], Role.BUREAU_REVIEWER, plan, Action.RETURN, "请补充成本指标")
    project = plan.projects.order_by("position").first()
    assert project is not None

    unit = open_session("walkthrough-unit")
    unit.page.set_viewport_size(LAPTOP)
    unit.login(people["editor"])
    for path in (f"/plans/{plan.pk}/", f"/projects/{project.pk}/", "/import/"):
        unit.page.goto(path)
        assert _unnamed(unit.page) == [], path
        assert _fits(unit.page), f"{path} is wider than 1366 px"

    reviewer = open_session("walkthrough-reviewer")
    reviewer.page.set_viewport_size(LAPTOP)
    reviewer.login(people["reviewer"])
    reviewer.page.goto(f"/plans/{plan.pk}/")
    assert _unnamed(reviewer.page) == []
    assert _fits(reviewer.page)


def test_the_units_monitoring_and_self_evaluation_forms_name_every_field(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    unit = open_session("walkthrough-reports")
    unit.page.set_viewport_size(LAPTOP)
    unit.login(people["editor"])
    page = unit.page
    page.goto(f"/plans/{approved.pk}/monitoring/")
    page.locator("input[name=monitor_date]").fill(f"{approved.year}-07-31")
    page.get_by_role("button", name="开始新一轮监控").click()
    page.locator("a[href*='/monitoring/entries/']").first.click()
    expect(page.locator("h1")).to_contain_text("绩效运行监控")
    assert _unnamed(page) == [] and _fits(page)
    page.goto(f"/plans/{approved.pk}/evaluation/")
    page.get_by_role("button", name="开始绩效自评").click()
    page.locator("a[href*='/evaluation/entries/']").first.click()
    expect(page.locator("h1")).to_contain_text("自评")
    assert _unnamed(page) == [] and _fits(page)
    page.goto("/rectification/")
    assert _unnamed(page) == []
    assert page.get_by_role("link", name="Excel").count() == 1
