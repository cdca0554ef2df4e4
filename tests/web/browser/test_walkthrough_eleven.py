"""Eleventh walk in a real browser. The view tests of the same walk are
tests/web/test_walkthrough_eleven.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from jixiao.web.evaluation.models import SelfEvaluationRecord
from tests.web.browser.conftest import Session
from tests.web.conftest import World, build_world
from tests.web.reports_world import approve
from tests.web.test_evaluation_pages import evaluate_example


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
