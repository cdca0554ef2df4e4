"""The fifth walk, in the browser: what a person met on pages the earlier walks passed by."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.web.plans.models import PlanRecord
from jixiao.web.surveys.models import SurveyRecord
from tests.web.browser.conftest import Session


def test_the_survey_projects_are_ticked_beside_their_names(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """满意度调查 › 发起新的调查: each project's box stood alone in the middle of the card, a
    line above the project's name (every input was 100% wide); which box was whose?"""
    unit = open_session("walk5-survey-projects")
    unit.login(people["editor"])
    page = unit.page
    page.goto(f"/plans/{approved.pk}/surveys/")
    labels = page.locator("fieldset.checks label")
    assert labels.count() == approved.projects.count()
    for n in range(labels.count()):
        label = labels.nth(n)
        box = label.locator("input[type=checkbox]").bounding_box()
        around = label.bounding_box()
        assert box is not None and around is not None
        assert box["width"] < 30, f"the box of {label.inner_text()} is {box['width']} px wide"
        assert box["x"] - around["x"] < 10, "the box is not at the start of its line"
        assert around["height"] < 2.2 * box["height"], "the box and its name take two lines"
    unit.shot("survey-projects", top_of="fieldset.checks", height=400)

    first = labels.first
    name = first.inner_text().split("（")[0].strip()
    first.locator("input").check()
    page.get_by_role("button", name="生成问卷").click()
    expect(page.locator("h1")).to_contain_text("满意度")
    survey = SurveyRecord.objects.get(plan=approved)
    assert name in str(survey.questionnaire), (name, survey.questionnaire)
    assert not unit.errors, unit.errors
