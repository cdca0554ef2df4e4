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


def test_a_unit_fills_an_exante_estimate_on_a_phone(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """事前绩效评估 › 新建申报 at 390 px: the 资金测算 and 绩效指标 rows were six inputs across
    a scrolling table, 数量 a 25 px box; now each row is a card, each box labelled and wide."""
    unit = open_session("walkthrough-exante-phone")
    unit.login(people["editor"])
    page = unit.page
    page.set_viewport_size(PHONE)
    page.goto("/exante/new/")
    unit.shot("exante-new-phone")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for label in ("测算内容1", "数量1", "单价1", "金额1", "一级指标1", "指标值1"):
        box = page.get_by_label(label, exact=True).bounding_box()
        assert box is not None and box["width"] >= 200, f"{label}: {box}"
        assert box["x"] + box["width"] <= PHONE["width"], f"{label} runs off the screen: {box}"
    expect(page.locator("table.estimate td").nth(1)).to_have_attribute("data-label", "数量")

    page.get_by_label("项目名称").fill("机关食堂油烟净化改造")
    page.get_by_label("预算年度").fill("2025")
    page.get_by_label("申请金额（万元）").fill("24")
    for label, value in (("测算内容1", "油烟净化设备"), ("数量1", "2"), ("单价1", "12")):
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("金额1", exact=True).fill("24")
    page.get_by_role("button", name="保存申报").click()
    expect(page.locator(".exante-checks")).to_be_visible()
    assert not unit.errors, unit.errors
