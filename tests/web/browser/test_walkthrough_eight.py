"""Eighth walk in a real browser: a goal table printed by a browser without CSS field-sizing.
The view tests of the same walk are tests/web/test_walkthrough_eight.py."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from django.db.models import F
from playwright.sync_api import expect

from jixiao.web.jobs.models import Job
from jixiao.web.plans.models import IndicatorRecord, PlanRecord
from tests.web.browser.conftest import Session
from tests.web.browser.test_walkthrough_seven import CUT_CELLS, _project_page

# Firefox has no field-sizing: a box keeps its size in print, whatever its text (an inline
# style: the site's CSP refuses a <style> added to the page)
NO_FIELD_SIZING = "bs => bs.forEach(b => b.style.setProperty('field-sizing', 'fixed', 'important'))"
CUT_BOXES = (
    "bs => bs.filter(b => b.offsetParent && (b.scrollWidth > b.clientWidth + 2"
    " || b.scrollHeight > b.clientHeight + 2)).map(b => b.value)"
)


def test_a_goal_table_prints_whole_without_field_sizing(
    approved: PlanRecord, people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """审核人 prints a goal table in a browser without CSS field-sizing (Firefox): the
    print style relied on it — each 指标值 printed as one line cut at its box's width, each
    三级指标 and 确定依据 cut at its box's height. Now every box prints its plain text."""
    project = approved.projects.order_by("position").first()
    assert project is not None
    first = IndicatorRecord.objects.filter(project=project).order_by("position").first()
    assert first is not None
    long_value = "≥95%，且不低于上年同期水平，其中重点区域、重点时段和重点车辆的覆盖率均达到100%"
    long_basis = "依据《党政机关公务用车管理办法》及本年度实施方案测算；" * 6
    first.value, first.basis = long_value, long_basis
    first.save()
    # a new revision: the editor's state is cached by it
    PlanRecord.objects.filter(pk=approved.pk).update(lock_version=F("lock_version") + 1)
    session = open_session("walk8-print")
    page = _project_page(session, people["bureau"], approved)
    boxes = page.locator("#editor input, #editor textarea")
    boxes.evaluate_all(NO_FIELD_SIZING)
    page.emulate_media(media="print")
    assert boxes.evaluate_all(CUT_BOXES) == [], "a box cut in print"
    assert page.locator("#grid textarea").evaluate_all(CUT_CELLS) == []
    expect(page.locator("#grid").get_by_text(long_value)).to_be_visible()
    expect(page.locator("#grid").get_by_text(long_basis.strip())).to_be_visible()
    session.shot("print-goal-table-no-field-sizing")
    page.emulate_media(media="screen")
    expect(page.get_by_label("第1行 指标值", exact=True)).to_have_value(long_value)
    expect(page.locator("#grid .print-text").first).to_be_hidden()


def test_a_job_followed_after_signing_out_says_so(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """单位填报人 follows an import's job and the session runs out (or 退出 in another
    window): the status answered the login page, the page polled it for ever and read
    「进行中」 with nothing said. Now it says the page no longer follows the job, that the
    job runs on, and links to sign in again; the bar is named for a screen reader."""
    job = Job.objects.create(
        kind=Job.Kind.IMPORT_STAGE,
        title="识别 2024年目标表.docx",
        state=Job.State.RUNNING,
        total=2,
        done=1,
        created_by=people["editor"],
    )
    session = open_session("walk8-job-signed-out")
    session.login(people["editor"])
    page = session.page
    page.goto(f"/jobs/{job.pk}/")
    expect(page.get_by_role("progressbar", name="任务进度")).to_be_visible()
    page.context.clear_cookies()
    error = page.locator("#job-error")
    expect(error).to_contain_text("登录已过期", timeout=10_000)
    expect(error).to_contain_text("任务仍在后台进行")
    expect(error.get_by_role("link", name="重新登录后查看进度")).to_have_attribute(
        "href", f"/accounts/login/?next=%2Fjobs%2F{job.pk}%2F"
    )
    session.shot("job-signed-out")
