"""审核发现处理 in a real browser: the department's reviewer opens the plan's findings,
tries 不予采纳 without a reason (refused, nothing saved), gives one, and the counts on the
page, the status filter and the 审核报告 show it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Response, expect

from jixiao.importers.api import import_file
from jixiao.web.dispositions.models import FindingDisposition
from jixiao.web.orgs.models import Department
from jixiao.web.plans.storing import store_plan
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, SEED, Session

REASON = "该指标值按上级文件规定设置，不予调整"


@pytest.mark.browser
def test_a_reviewer_rejects_a_finding_with_a_reason(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    plan = store_plan(import_file(seed_path(SEED)), Department.objects.get(name=DEPARTMENT))
    session = open_session("disposition")
    failed: list[str] = []

    def server_error(response: Response) -> None:
        if response.status >= 500:
            failed.append(f"{response.status} {response.url}")

    session.page.on("response", server_error)
    session.login(people["reviewer"])
    page = session.page
    page.goto(f"/plans/{plan.pk}/")
    page.get_by_role("link", name="审核发现处理").click()
    counts = page.locator("#disposition-counts")
    expect(counts).to_contain_text("· 不予采纳 0 ·")
    total = int(re.search(r"共 (\d+) 条", counts.inner_text()).group(1))  # type: ignore[union-attr]
    assert total > 10
    expect(counts).to_contain_text(f"待处理 {total} ·")

    row = page.locator("tbody tr[data-status]").nth(2)
    row.get_by_label("处理状态").select_option(label="不予采纳")
    row.get_by_role("button", name="保存").click()
    expect(page.locator(".messages")).to_contain_text("不予采纳须填写理由")
    assert not FindingDisposition.objects.exists()

    row = page.locator("tbody tr[data-status]").nth(2)
    row.get_by_label("处理状态").select_option(label="不予采纳")
    row.get_by_label("说明").fill(REASON)
    row.get_by_role("button", name="保存").click()
    expect(page.locator(".messages")).to_contain_text("已标记为“不予采纳”")
    expect(counts).to_contain_text(f"共 {total} 条 · 待处理 {total - 1} · 已修改 0 · 不予采纳 1")
    status = page.locator("tbody tr[data-status]").nth(2).locator(".disposition-status")
    expect(status).to_contain_text(REASON)

    page.get_by_role("link", name=re.compile(r"^不予采纳（1）")).click()
    expect(page.locator("tbody tr[data-status]")).to_have_count(1)
    expect(page.locator("tbody tr[data-status]")).to_contain_text(REASON)

    page.goto(f"/plans/{plan.pk}/download/review.html")
    expect(page.locator(".disposition-counts")).to_contain_text("不予采纳 1")
    assert FindingDisposition.objects.get().note == REASON
    assert not failed, failed


@pytest.mark.browser
def test_on_a_phone_each_finding_is_a_card_with_its_problem_and_its_controls(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """At 390 px the findings table scrolled sideways inside its card: a row showed 规则 and
    指标, and the problem, its status and the 保存 button lay past the screen's edge."""
    plan = store_plan(import_file(seed_path(SEED)), Department.objects.get(name=DEPARTMENT))
    session = open_session("disposition-phone")
    session.login(people["editor"])
    page = session.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/plans/{plan.pk}/findings/")
    session.shot("findings-phone", height=1400)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    table = page.locator("table.findings-by-place")
    assert table.evaluate("t => t.scrollWidth - t.clientWidth") <= 1, "the table scrolls sideways"
    row = page.locator("tbody tr[data-status]").nth(1)
    for part in (row.locator("td").nth(2), row.get_by_role("button", name="保存")):
        box = part.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    expect(row.locator("td").nth(2)).to_have_attribute("data-label", "问题与修改建议")

    row.get_by_label("说明").fill("已按意见补写指标值确定依据")
    row.get_by_role("button", name="保存").click()
    expect(page.locator(".messages")).to_contain_text("已标记为“已修改”")
    assert FindingDisposition.objects.get().note == "已按意见补写指标值确定依据"
    assert not session.errors, session.errors
