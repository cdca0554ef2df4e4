"""The input boxes of the 监控 and 自评 indicator tables are visible: a real border, in a
colour that stands out from the cell, as Chromium computes it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page

from jixiao.importers.api import import_file
from jixiao.web.evaluation.records import open_evaluation
from jixiao.web.monitoring.rounds import open_round
from jixiao.web.orgs.models import Department
from jixiao.web.plans.storing import store_plan
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, Session
from tests.web.reports_world import approve

SEED = "002_9d52ecbd56ee9879"
BORDER = """(el) => {
  const s = getComputedStyle(el);
  return [s.borderTopStyle, s.borderTopWidth, s.borderTopColor, s.borderBottomColor];
}"""


def _rgba(colour: str) -> tuple[float, ...]:
    numbers = [float(n) for n in re.findall(r"[\d.]+", colour)]
    return tuple(numbers + [1.0] * (4 - len(numbers)))


def _assert_visible_borders(page: Page, selector: str) -> int:
    boxes = page.locator(selector)
    count = boxes.count()
    assert count > 0, selector
    for index in range(count):
        style, width, top, bottom = boxes.nth(index).evaluate(BORDER)
        assert style == "solid" and float(width.rstrip("px")) >= 1, (selector, style, width)
        for colour in (top, bottom):
            red, green, blue, alpha = _rgba(colour)
            assert alpha > 0.5, (selector, colour)  # not transparent
            assert min(red, green, blue) < 230, (selector, colour)  # not white on white
    return count


@pytest.mark.browser
def test_monitoring_and_evaluation_inputs_have_visible_borders(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    department = Department.objects.get(name=DEPARTMENT)
    plan = store_plan(import_file(seed_path(SEED)), department, people["editor"])
    approve(plan, people["bureau"])
    round_ = open_round(people["editor"], plan, dt.date(plan.year, 7, 31))
    evaluation = open_evaluation(people["editor"], plan)
    session = open_session("entry-inputs")
    session.login(people["editor"])
    page = session.page
    entry = round_.entries.order_by("project__position").first()
    assert entry is not None
    page.goto(f"/monitoring/entries/{entry.pk}/")
    grid = "table.monitoring-grid tbody"
    assert _assert_visible_borders(page, f"{grid} input, {grid} textarea, {grid} select") >= 6
    session.shot("monitoring-inputs", top_of="table.monitoring-grid", height=500)
    evaluation_entry = evaluation.entries.order_by("project__position").first()
    assert evaluation_entry is not None
    page.goto(f"/evaluation/entries/{evaluation_entry.pk}/")
    grid = "table.evaluation-grid tbody"
    assert _assert_visible_borders(page, f"{grid} input, {grid} textarea") >= 2
    session.shot("evaluation-inputs", top_of="table.evaluation-grid", height=500)
