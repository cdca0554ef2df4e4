"""The fourth walk: a 自评 filled in part is 填报中, not 差.

The unit filled one project's 满意度 and saved: the project read 差 with a handful of points,
the 自评 page counted it under 差 and the 自评看板 showed the department with one 差 — a grade
of the 全年执行数 and 实际完成值 it had not entered yet. Now the page says 填报中 and lists what
is missing (the core's :func:`jixiao.evaluation.missing_to_score`), the grade totals and the
average leave it out, and the project is scored once the rest is entered.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.web.plans.models import PlanRecord
from tests.web.browser.conftest import Session


def test_a_partly_filled_self_evaluation_is_filling_not_graded(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    editor = open_session("walk4-filling")
    editor.login(people["editor"])
    page = editor.page
    page.goto(f"/plans/{approved.pk}/evaluation/")
    page.get_by_role("button", name="开始绩效自评").click()
    page.locator("table.evaluation tbody tr").first.locator("a").first.click()
    actuals = page.locator("input[name$='-actual']")
    rows = actuals.count()
    assert rows > 1
    actuals.last.fill("95%")  # the 满意度 only: no 全年执行数, the other indicators empty
    page.get_by_role("button", name="保存并重新打分").click()
    expect(page.locator(".messages")).to_contain_text("填报中，暂不计分定级")
    expect(page.locator("h1 .filling")).to_have_text("填报中")
    expect(page.locator("h1 .grade")).to_have_count(0)
    expect(page.locator(".missing-to-score")).to_contain_text("全年执行数")
    entry_url = page.url

    page.goto(f"/plans/{approved.pk}/evaluation/")
    first = page.locator("table.evaluation tbody tr").first
    expect(first.locator(".filling")).to_have_text("填报中")
    expect(first.locator("small.missing")).to_contain_text("尚缺：全年执行数、实际完成值：")
    expect(first).to_have_attribute("data-grade", "")
    expect(page.locator("table.evaluation .grade")).to_have_count(0)
    expect(page.locator("p.meta")).to_contain_text("平均得分 —")

    page.goto("/evaluation/")  # 自评看板: the department counts no grade at all
    row = page.locator("table.list").first.locator("tbody tr").first
    expect(row).to_contain_text("—")
    assert row.locator("td").all_inner_texts()[-4:] == ["0", "0", "0", "0"]

    page.goto(entry_url)
    page.get_by_label("全年执行数").fill(page.get_by_label("全年预算数").input_value())
    for n in range(rows - 1):
        target = page.locator("td.target").nth(n).inner_text()
        actuals.nth(n).fill(target.lstrip("≥≤<>＜＞=") or "完成")
    page.get_by_role("button", name="保存并重新打分").click()
    expect(page.locator(".messages")).to_contain_text("自评得分")
    expect(page.locator("h1 .grade")).to_have_count(1)
    expect(page.locator(".missing-to-score")).to_have_count(0)
