"""Sixth walk in a real browser: the public's goal table on a phone, the keyboard (跳到正文,
the phone menu), and a save in the editor after the session ran out. Each failed before
its fix; the view tests of the same walk are tests/web/test_walkthrough_six.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.contrib.auth.models import User
from django.contrib.sessions.models import Session as StoredSession
from playwright.sync_api import Locator, Page, expect

from jixiao.web.plans.models import IndicatorRecord, PlanRecord
from tests.web.browser.conftest import Session
from tests.web.conftest import PASSWORD

PHONE = {"width": 390, "height": 844}


def test_the_public_goal_table_is_short_on_a_phone(
    approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """公众, 390 px: each indicator's card was six column names each on its own line above
    its value — about 270 px an indicator, seed 002's 81 indicators some 25 screens. 一级 ›
    二级 are one line now and every other name sits beside its value."""
    visitor = open_session("walk6-public-goals")
    page = visitor.page
    page.set_viewport_size(PHONE)
    page.goto(f"/public/plans/{approved.pk}/")
    table = page.locator("section.goal-table table.grid-view").first
    rows = table.locator("tbody tr")
    heights = [rows.nth(n).bounding_box()["height"] for n in range(rows.count())]  # type: ignore[index]
    assert len(heights) > 3
    assert sum(heights) / len(heights) <= 150, heights
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth + 1"), "the table scrolls sideways"
    # a name beside its value: the 指标值 cell is one line high for a short value
    value = table.locator('td[data-label="指标值"]').first
    assert value.evaluate("td => getComputedStyle(td, '::before').content").count("指标值")
    assert value.bounding_box()["height"] < 40  # type: ignore[index]
    # 一级 › 二级 on one line
    level1, level2 = (table.locator(f"tbody tr td:nth-child({n})").first for n in (1, 2))
    assert "›" in level2.evaluate("td => getComputedStyle(td, '::before').content")
    top1, top2 = (cell.bounding_box()["y"] for cell in (level1, level2))  # type: ignore[index]
    assert abs(top1 - top2) < 4
    visitor.shot("public-goals-phone", top_of="section.goal-table", height=800)


def _on_a_phone(session: Session, user: User, url: str) -> Page:
    """Signed in, at 390 px, on ``url``."""
    session.login(user)
    page = session.page
    page.set_viewport_size(PHONE)
    page.goto(url)
    return page


def _sign_in_in_a_new_window(page: Page, link: Locator, user: User, then: str) -> None:
    """Follow ``link`` (target=_blank) to the login page, sign in, close that window."""
    with page.context.expect_page() as opened:
        link.click()
    login = opened.value
    login.get_by_label("用户名").fill(user.username)
    login.get_by_label("密码").fill(PASSWORD)
    login.get_by_role("button", name="登录").click()
    login.wait_for_url(re.compile(then))
    login.close()


def _focused(page: Page) -> str:
    return str(
        page.evaluate(
            "() => { const e = document.activeElement; "
            "return e.id || e.getAttribute('aria-label') || e.textContent.trim(); }"
        )
    )


def test_the_first_tab_skips_to_the_content(
    approved: PlanRecord, people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """Keyboard only: the Tab key went through a dozen menu links on every page before
    reaching the page itself — there was no 跳到正文."""
    editor = open_session("walk6-skip")
    editor.login(people["editor"])
    page = editor.page
    page.goto(f"/plans/{approved.pk}/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_have_text("跳到正文")
    assert skip.bounding_box()["x"] >= 0  # type: ignore[index]  # seen while focused
    page.keyboard.press("Enter")
    assert _focused(page) == "main"
    page.keyboard.press("Tab")
    inside = page.evaluate("() => !!document.activeElement.closest('main')")
    assert inside, _focused(page)


def test_the_phone_menu_opens_from_the_keyboard(
    approved: PlanRecord, people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """Keyboard only, 390 px (or a desktop zoomed to 200%): 「☰ 菜单」 could not be reached,
    its box being display: none — the Tab key went from the logo to 消息, the menu shut."""
    editor = open_session("walk6-keyboard")
    page = _on_a_phone(editor, people["editor"], f"/plans/{approved.pk}/")
    nav_link = page.locator("header nav a", has_text="清单")
    expect(nav_link).to_be_hidden()
    for _ in range(8):
        page.keyboard.press("Tab")
        if _focused(page) == "nav-toggle":
            break
    assert _focused(page) == "nav-toggle", "the menu button is not in the Tab order"
    page.keyboard.press("Space")
    expect(nav_link).to_be_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # 工作台, 任务, … in order after the button
    assert page.evaluate("() => !!document.activeElement.closest('header nav')")
    editor.shot("phone-menu-keyboard")


def test_a_save_after_the_session_ran_out_keeps_the_input_and_saves_after_signing_in(
    approved: PlanRecord, people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """单位填报人, 项目绩效目标表编辑器: the session ran out while editing (12 hours, or
    signed out in another tab). The save said 「保存失败：未登录…请先登录」 with no way
    back; signing in again in another tab did not help — the editor kept the CSRF token
    of the old sign-in and every later save was refused ('CSRF check Failed', in English).
    Now the page says the input is kept and links to a sign-in in a new window; after it
    the same page saves."""
    plan = approved
    PlanRecord.objects.filter(pk=plan.pk).update(status="draft")
    project = plan.projects.get(position=1)
    indicator = project.indicators.all()[0]
    editor = open_session("walk6-session")
    editor.login(people["editor"])
    page = editor.page
    page.goto(f"/projects/{project.pk}/")
    value = page.locator('#grid tr[data-row="0"] [data-column="value"]')
    value.fill("≥7次")

    StoredSession.objects.all().delete()  # the session ran out
    page.get_by_role("button", name="保存").click()
    notice = page.locator("#conflict")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("您的修改仍在本页")
    expect(page.locator("#save-state")).to_contain_text("未保存")
    expect(value).to_have_value("≥7次")
    link = notice.locator("#sign-in-again")
    expect(link).to_have_attribute("target", "_blank")

    _sign_in_in_a_new_window(page, link, people["editor"], rf"/projects/{project.pk}/$")

    page.bring_to_front()
    page.get_by_role("button", name="保存").click()
    expect(page.locator("#save-state")).to_contain_text("已保存")
    expect(notice).to_be_hidden()
    assert IndicatorRecord.objects.get(pk=indicator.pk).value == "≥7次"
    editor.shot("saved-after-signing-in")


def test_a_form_sent_after_the_session_ran_out_is_sent_again_without_retyping(
    approved: PlanRecord, people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """单位填报人, 部门整体绩效目标 (any form): sent after the session ran out, it led to the
    login page and then to the form's page again, empty — the input lost without a word.
    The answer (401) now says nothing was saved and how to keep it: sign in in a new window,
    go back (the input is still there), send again."""
    plan = approved
    PlanRecord.objects.filter(pk=plan.pk).update(status="draft")
    editor = open_session("walk6-form-session")
    editor.login(people["editor"])
    page = editor.page
    page.goto(f"/plans/{plan.pk}/")
    goal = page.get_by_label("总体绩效目标")
    typed = "2024年保障机关高效运转，公务用车管理规范率100%。"
    goal.fill(typed)

    StoredSession.objects.all().delete()  # the session ran out
    page.get_by_role("button", name="保存部门目标").click()
    expect(page.locator("h1")).to_have_text("登录已过期")
    expect(page.locator("main")).to_contain_text("没有保存")
    _sign_in_in_a_new_window(page, page.locator("#sign-in-again"), people["editor"], r"/$")

    page.locator("#go-back").click()
    expect(page.get_by_label("总体绩效目标")).to_have_value(typed)
    page.get_by_role("button", name="保存部门目标").click()
    expect(page.locator("ul.messages")).to_contain_text("部门整体绩效目标已保存")
    plan.refresh_from_db()
    assert plan.overall_goal == typed


def test_the_findings_to_mark_for_rectification_fit_a_phone(
    approved: PlanRecord, people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """财政局审核人, 问题整改 at 390 px: the 47 findings to pick ran past the screen's edge —
    a box, 来源 and half a rule on screen, the project and the 问题 it would pick off it.
    Each is a card: the box and rule on one line, 项目 and 问题 below, all on the screen."""
    bureau = open_session("walk6-rectification-phone")
    page = _on_a_phone(bureau, people["bureau"], f"/plans/{approved.pk}/rectification/")
    section = page.locator("section", has_text="从审核、监控和自评发现中下达整改")
    table = section.locator("table")
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth + 1"), "the table scrolls sideways"
    problems = table.locator("tbody td:last-child")  # 问题
    assert problems.count() > 10
    for n in (0, problems.count() - 1):
        box = problems.nth(n).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    first_box = table.locator("td.pick input").first.bounding_box()
    first_rule = table.locator("td.rule").first.bounding_box()
    assert first_box is not None and first_rule is not None
    assert abs(first_box["y"] - first_rule["y"]) < 12  # the box beside its rule
    table.locator("td.rule label").first.click()  # the rule's words tick its box
    expect(table.locator("td.pick input").first).to_be_checked()
    bureau.shot("findings-to-mark-phone", height=900)
