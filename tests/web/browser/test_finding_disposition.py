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
