"""Seventh walk in a real browser: the editor's cells named for a screen reader, and a goal
table printed. Each failed before its fix; the view tests of the same walk are
tests/web/test_walkthrough_seven.py."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from jixiao.web.plans.models import PlanRecord
from tests.web.browser.conftest import Session


def _project_page(session: Session, user: User, plan: PlanRecord) -> Page:
    session.login(user)
    page = session.page
    project = plan.projects.order_by("position").first()
    assert project is not None
    page.goto(f"/projects/{project.pk}/")
    expect(page.locator("#grid tbody tr").first).to_be_visible()
    return page


def test_the_editors_cells_are_named_by_their_columns(
    approved: PlanRecord, people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """Screen reader, 项目绩效目标表编辑器: each cell was named by the field's key —
    「第1行 level1」, 「第3行 basis」 — not by its column."""
    page = _project_page(open_session("walk7-labels"), people["bureau"], approved)
    names = (
        page.locator("#grid tbody tr")
        .first.locator("input, textarea")
        .evaluate_all("cells => cells.map(c => c.getAttribute('aria-label'))")
    )
    assert names == [
        "第1行 一级指标",
        "第1行 二级指标",
        "第1行 三级指标",
        "第1行 指标描述",
        "第1行 指标值",
        "第1行 指标值确定依据",
    ]
    expect(page.get_by_label("第2行 指标值", exact=True)).to_have_count(1)


CUT_CELLS = "ts => ts.filter(t => t.scrollHeight > t.clientHeight + 2).map(t => t.value)"


def test_a_goal_table_prints_as_the_table_alone(
    approved: PlanRecord, people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """审核人 prints a project's 绩效目标表 (Ctrl+P): there was no print style — the red
    navigation came out a column of single characters, with the 保存 button, the keyboard
    hints, each row's review badges and 意见 button, the side panels; long 三级指标 and
    确定依据 were cut at their box's height. Now the page's content alone, every text whole."""
    session = open_session("walk7-print")
    page = _project_page(session, people["bureau"], approved)
    page.emulate_media(media="print")
    chrome = ("header.top", "footer", ".editor-side", "#grid .row-tools", "#grid .row-findings")
    for hidden in chrome:
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator("#save")).to_be_hidden()
    expect(page.locator("#grid")).to_be_visible()
    expect(page.locator("#grid thead th", has_text="审核")).to_be_hidden()
    assert page.locator("#grid textarea").evaluate_all(CUT_CELLS) == [], "cut in print"
    session.shot("print-goal-table")
    page.emulate_media(media="screen")
    expect(page.locator("header.top")).to_be_visible()
