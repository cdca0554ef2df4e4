"""Tenth walk in a real browser. The view tests of the same walk are
tests/web/test_walkthrough_ten.py."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.web.plans.models import PlanRecord
from tests.web.browser.conftest import Session
from tests.web.browser.test_walkthrough_phone import PHONE

WIDTH = "document.documentElement.scrollWidth"


def test_the_versions_of_a_plan_are_compared_on_a_phone(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """单位填报人 › 版本对比 at 390 px: each 版本 choice is named by its step, who and when
    (「版本 2 · 初审通过，报财政局 · 赵财政 · 2024-03-05 15:40」) and the select was as wide as
    that, the page 421 px — 对比 and the changes past the screen's edge."""
    session = open_session("walk10-versions-phone")
    session.login(people["editor"])
    page = session.page
    page.set_viewport_size(PHONE)
    page.goto(f"/plans/{approved.pk}/versions/")
    choice = page.get_by_label("从版本")
    expect(choice).to_contain_text("初审通过，报财政局")
    session.shot("versions-phone")
    assert page.evaluate(WIDTH) <= PHONE["width"]
    box = choice.bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    page.get_by_role("button", name="对比").click()
    expect(page.locator("main h2")).to_be_visible()
