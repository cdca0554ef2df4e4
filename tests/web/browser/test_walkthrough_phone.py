"""What the walk left open on a phone: the 审核报告 (its 8-column 绩效目标表 beside the
findings) made the page 465 px wide at 390. Its tables scroll inside their own box now; the
page itself is no wider than the phone and still shows every column's heading. The second
walk, as the public at 390: the 网页 of a published plan was 476 px wide (its cover's
120 mm field block)."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.web.plans.models import PlanRecord
from tests.web.browser.conftest import Session

PHONE = {"width": 390, "height": 844}

# each table wider than its box, and whether that box scrolls it
TABLES = """() => [...document.querySelectorAll('table')].map(t => ({
    wide: t.scrollWidth > t.clientWidth + 1,
    scrolls: ['auto', 'scroll'].includes(getComputedStyle(t).overflowX)}))"""


def test_the_review_report_fits_a_phone_and_its_tables_scroll(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    reviewer = open_session("walkthrough-review-phone")
    reviewer.login(people["reviewer"])
    page = reviewer.page
    page.set_viewport_size(PHONE)
    page.goto(f"/plans/{approved.pk}/download/review.html")
    expect(page.locator("h1")).to_contain_text("审核报告")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the 审核报告 is {width} px wide on a 390 px phone"
    tables = page.evaluate(TABLES)
    assert any(t["wide"] for t in tables), "no table is wider than the phone: nothing measured"
    assert all(t["scrolls"] for t in tables if t["wide"])
    expect(page.get_by_role("columnheader", name="审核意见").first).to_be_attached()
    viewport = page.evaluate("document.querySelector('meta[name=viewport]')?.content || ''")
    assert "width=device-width" in viewport, "a phone would lay the report out 980 px wide"


def test_the_public_reads_a_published_plan_on_a_phone(
    approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    visitor = open_session("walkthrough-public-phone")
    page = visitor.page
    page.set_viewport_size(PHONE)
    widths = {}
    for path in ("/public/", f"/public/plans/{approved.pk}/"):
        page.goto(path)
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    page.goto(f"/public/plans/{approved.pk}/download/html")
    expect(page.locator(".cover")).to_contain_text(approved.department.name)
    widths["网页"] = page.evaluate("document.documentElement.scrollWidth")
    assert all(w <= PHONE["width"] for w in widths.values()), widths
