"""Eleventh walk in a real browser. The view tests of the same walk are
tests/web/test_walkthrough_eleven.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.importers.api import import_file
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.storing import store_plan
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, Session
from tests.web.browser.test_walkthrough_phone import PHONE
from tests.web.conftest import World, build_world
from tests.web.reports_world import approve
from tests.web.test_evaluation_pages import evaluate_example

# the lines a cell's text runs over
LINES = (
    "e => { const r = document.createRange(); r.selectNodeContents(e);"
    " return r.getClientRects().length; }"
)


@pytest.fixture
def graded(transactional_db: None) -> World:
    """Seed 003 approved and self-evaluated from the example year: some projects 中/差."""
    world = build_world()
    approve(world.other_plan, world.users["admin"])
    started = world.client("other_editor").post(f"/plans/{world.other_plan.pk}/evaluation/start/")
    assert started.status_code == 302
    evaluate_example(world, SelfEvaluationRecord.objects.get(plan=world.other_plan))
    return world


def test_the_budget_advice_reads_on_one_line(
    graded: World, open_session: Callable[[str], Session]
) -> None:
    """财政局 › 清单 › 预算安排建议 at 1280 px: the 建议 「压减」 broke over two lines, one
    character a line, in its narrow column."""
    session = open_session("walk11-budget")
    session.login(graded.users["bureau"])
    page = session.page
    page.goto("/lists/budget/")
    advice = page.locator("span.treatment").first
    expect(advice).to_be_visible()
    session.shot("budget")
    box = advice.bounding_box()
    line = page.evaluate(
        "e => parseFloat(getComputedStyle(e).lineHeight) || 20", advice.element_handle()
    )
    assert box is not None and box["height"] < 1.5 * line, (box, line)


def test_the_review_report_chart_stays_readable_on_a_phone(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """财政局 › 审核报告 at 390 px: the unit-cost chart shrank to the phone's width, its labels
    about 4 px high (the dashboards keep 560 px and scroll); its <desc> said 「…：109.19
    （超出区间）」 without the 参考区间 or the unit; 审核方案 read 「hebei-county」."""
    plan = store_plan(
        import_file(seed_path("000_6fea33418e000787")),
        Department.objects.get(name=DEPARTMENT),
        force=True,
    )
    session = open_session("walk11-report-phone")
    session.login(people["bureau"])
    page = session.page
    page.set_viewport_size(PHONE)
    page.goto(f"/plans/{plan.pk}/download/review.html")
    chart = page.locator("figure.unit-cost svg").first
    expect(chart).to_be_visible()
    session.shot("report-phone")
    box = chart.bounding_box()
    assert box is not None and box["width"] >= 560, box
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    desc = chart.locator("desc").text_content() or ""
    assert "参考上限80" in desc and "单位：元/平方米·年" in desc, desc
    expect(page.locator("body")).to_contain_text("审核方案：河北省县（市、区）部门预算绩效目标审核")
    expect(page.locator("body")).to_contain_text("没有针对部门整体绩效目标或公开表的审核发现")


def test_the_versions_table_keeps_names_and_times_whole(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """单位填报人 › 绩效文本 › 版本 at 1280 px: in the half-width card the person broke 「刘管 /
    理」 and the time 「2026-12-06 / 12:01」 over two lines, the link 「与当前稿对比」 too."""
    session = open_session("walk11-versions")
    session.login(people["editor"])
    page = session.page
    page.goto(f"/plans/{approved.pk}/")
    table = page.locator("table.versions")
    expect(table.locator("tbody tr")).to_have_count(3)
    session.shot("versions", top_of="table.versions", height=400)
    for cell in ("td.who", "td.when", "td.compare a"):
        found = table.locator(cell).first
        assert found.evaluate(LINES) == 1, cell
    expect(table.locator("thead")).to_contain_text("操作人")
