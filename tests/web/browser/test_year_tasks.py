"""A whole year of tasks in a real browser, for three departments: the bureau opens the
申报 task, two departments fill (import) and submit, one is returned and reminded, the
board shows who is late, batch approval; then the 监控 and 自评 tasks. Every page is shot
at 1440 px and at 390 px and must not be wider than the window; any 500 or console error
fails the test."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from playwright.sync_api import Page, expect

from jixiao.importers.api import import_file
from jixiao.web.orgs.models import Department
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.storing import store_plan
from jixiao.workflow import Role
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, Session
from tests.web.conftest import make_user

WIDE, NARROW = 1440, 390
SECOND = "秦皇岛经济技术开发区机关事务服务中心"  # seed 004, 2023
THIRD = "秦皇岛市北戴河区机关事务管理局"  # no 2023 plan: never starts
RETURN_COMMENT = "产出指标缺少数量目标，请补充后再报。"


class Walker:
    """A signed-in person whose every page is checked: no server error, no console
    error, no page wider than the window at either width; screenshots at both."""

    def __init__(self, session: Session, failures: list[str]) -> None:
        self.session = session
        self.page: Page = session.page
        self.failures = failures
        self.page.on(
            "response",
            lambda r: failures.append(f"{r.status} {r.url}") if r.status >= 500 else None,
        )
        self.page.on(
            "console",
            lambda m: failures.append(f"console: {m.text}") if m.type == "error" else None,
        )

    def both(self, name: str) -> None:
        page = self.page
        for width in (WIDE, NARROW):
            page.set_viewport_size({"width": width, "height": 900})
            page.wait_for_timeout(50)
            wider = page.evaluate("document.documentElement.scrollWidth")
            assert wider <= width, f"{page.url} is {wider}px wide at {width}px"
            self.session.shot(f"{name}-{width}")
        page.set_viewport_size({"width": WIDE, "height": 900})


@pytest.fixture
def county(people: dict[str, User]) -> dict[str, User]:
    """Three departments; the first two have imported their 2023 plans."""
    first = Department.objects.get(name=DEPARTMENT)
    region = first.region
    second = Department.objects.create(region=region, name=SECOND)
    third = Department.objects.create(region=region, name=THIRD)
    store_plan(import_file(seed_path("002_9d52ecbd56ee9879")), first, force=True)
    store_plan(import_file(seed_path("004_c52ee38ce6c6c3d2")), second, force=True)
    users = dict(people)
    users["editor_b"] = make_user("editor_b", Role.UNIT_EDITOR, region, second)
    users["reviewer_b"] = make_user("reviewer_b", Role.DEPARTMENT_REVIEWER, region, second)
    users["editor_c"] = make_user("editor_c", Role.UNIT_EDITOR, region, third)
    return users


def _open_task(
    page: Page, stage: str, deadline: dt.date, departments: list[str], **more: str
) -> None:
    page.goto("/tasks/")
    page.get_by_label("预算年度").fill("2023")
    page.get_by_label("环节").select_option(label=stage)
    page.get_by_label("截止日期", exact=True).fill(deadline.isoformat())
    if "monitor_date" in more:
        page.get_by_label("监控数据截至日期（运行监控）").fill(more["monitor_date"])
    for name in departments:
        page.locator("fieldset.departments label", has_text=name).locator("input").check()
    page.get_by_role("button", name="下发任务").click()
    page.wait_for_url(re.compile(r"/tasks/\d+/$"))
    expect(page.locator(".messages")).to_contain_text(f"共 {len(departments)} 个部门")


def _row(page: Page, department: str) -> object:
    return page.locator(f'table.board tr[data-department="{department}"]')


def _submit(walker: Walker, plan: PlanRecord) -> None:
    page = walker.page
    page.goto(f"/plans/{plan.pk}/")
    page.get_by_role("button", name="提交审核").click()
    expect(page.locator("h1 .status")).to_have_text("待主管部门初审")


@pytest.mark.browser
def test_a_year_of_tasks_for_three_departments(
    county: dict[str, User], open_session: Callable[[str], Session], artifacts: Path
) -> None:
    failures: list[str] = []
    today = timezone.localdate()
    plan_a = PlanRecord.objects.get(department__name=DEPARTMENT)
    plan_b = PlanRecord.objects.get(department__name=SECOND)

    def person(key: str, prefix: str) -> Walker:
        walker = Walker(open_session(f"year-{prefix}"), failures)
        walker.session.login(county[key])
        return walker

    # 1. the bureau opens the 申报 task for the three departments
    bureau = person("bureau", "bureau")
    _open_task(
        bureau.page, "绩效目标申报", today + dt.timedelta(days=5), [DEPARTMENT, SECOND, THIRD]
    )
    board = bureau.page
    expect(board.locator("h1")).to_contain_text("2023年度绩效目标申报")
    expect(_row(board, DEPARTMENT)).to_contain_text("填报中")
    expect(_row(board, THIRD)).to_contain_text("未开始")
    task_url = board.url

    # 2. the departments see it on their 工作台 with days left, and submit
    editor_a = person("editor", "editor-a")
    panel = editor_a.page.locator(".task-panel")
    expect(panel).to_contain_text("2023年度绩效目标申报")
    expect(panel).to_contain_text("还剩 5 天")
    expect(editor_a.page.locator("#inbox .unread")).to_have_text("1")  # 新任务
    editor_a.both("01-home-editor")
    _submit(editor_a, plan_a)
    editor_b = person("editor_b", "editor-b")
    _submit(editor_b, plan_b)

    # 3. department A's reviewer forwards by batch; B's reviewer returns with a comment
    reviewer_a = person("reviewer", "reviewer-a")
    page = reviewer_a.page
    page.goto("/lists/plans/")
    page.locator('input[name="ids"]').first.check()
    page.get_by_label("批量操作").select_option(label="初审通过，报财政局")
    page.get_by_role("button", name="批量处理…").click()
    expect(page.locator("table.batch-items")).to_contain_text(DEPARTMENT)
    page.get_by_role("button", name="确认初审通过，报财政局").click()
    expect(page.locator(".messages")).to_contain_text("1 项")
    reviewer_b = person("reviewer_b", "reviewer-b")
    page = reviewer_b.page
    page.goto(f"/plans/{plan_b.pk}/")
    page.locator('.action-form textarea[name="comment"]').fill(RETURN_COMMENT)
    page.get_by_role("button", name="退回修改").click()
    expect(page.locator("h1 .status")).to_have_text("已退回修改")

    # 4. the board: who submitted, who was returned, who never started; the deadline
    #    passes (moved to yesterday) and the late are shown in red and reminded
    board.goto(task_url)
    expect(_row(board, DEPARTMENT)).to_contain_text("已提交")
    expect(_row(board, SECOND)).to_contain_text("已退回")
    board.get_by_label("截止日期").fill((today - dt.timedelta(days=1)).isoformat())
    board.get_by_role("button", name="修改截止日期").click()
    expect(board.locator("tr.overdue")).to_have_count(2)
    expect(board.locator("h1")).to_contain_text("逾期 1 天")
    bureau.both("02-board-late")
    board.get_by_role("button", name="一键催报（2 个部门）").click()
    expect(board.locator(".messages")).to_contain_text(f"已催报：{THIRD}、{SECOND}")  # board order

    # 5. department B reads the return and the reminder in its messages, fixes, resubmits
    page = editor_b.page
    page.goto("/")
    expect(page.locator("#inbox .unread")).to_have_text("3")  # 新任务, 退回, 催报
    page.locator("#inbox").click()
    expect(page.locator("li.message.kind-returned")).to_contain_text(RETURN_COMMENT)
    expect(page.locator("li.message.kind-reminder")).to_contain_text("已逾期 1 天")
    editor_b.both("03-messages")
    page.locator("li.message.kind-reminder button").click()
    page.wait_for_url(re.compile(r"/tasks/\d+/$"))
    expect(page.locator("table.board tbody tr")).to_have_count(1)  # only its own row
    _submit(editor_b, plan_b)
    page = reviewer_b.page
    page.goto(f"/plans/{plan_b.pk}/")
    page.get_by_role("button", name="初审通过，报财政局").click()

    # 6. the bureau approves both by batch (confirming open errors, if any)
    page = bureau.page
    page.goto("/lists/plans/?status=bureau_review")
    expect(page.locator("table.listing tbody tr")).to_have_count(2)
    bureau.both("04-list-plans")
    page.locator(".pick-all").check()
    page.get_by_label("批量操作").select_option(label="审核通过（批复并公开）")
    page.get_by_role("button", name="批量处理…").click()
    expect(page.locator("table.batch-items tbody tr")).to_have_count(2)
    with_errors = PlanRecord.objects.filter(pk__in=[plan_a.pk, plan_b.pk], errors__gt=0).count()
    expect(page.locator("#override")).to_have_count(1 if with_errors else 0)
    bureau.both("05-batch-confirm")
    if with_errors:
        page.locator("#override").check()
    page.get_by_role("button", name="确认审核通过（批复并公开）").click()
    expect(page.locator(".messages")).to_contain_text("2 项")
    assert set(PlanRecord.objects.values_list("status", flat=True)) == {"approved"}
    board.goto(task_url)
    expect(_row(board, DEPARTMENT)).to_contain_text("已审核/已批复")
    expect(_row(board, THIRD)).to_contain_text("逾期")
    bureau.both("06-board-declared")

    # 7. the 监控 task: A opens its round at the task's date and reports it; accepted by batch
    _open_task(
        board,
        "绩效运行监控",
        today + dt.timedelta(days=10),
        [DEPARTMENT, SECOND],
        monitor_date="2023-06-30",
    )
    monitor_url = board.url
    page = editor_a.page
    page.goto(f"/plans/{plan_a.pk}/monitoring/")
    page.get_by_label("数据截至日期").fill("2023-06-30")
    page.get_by_role("button", name="开始新一轮监控").click()
    page.get_by_role("button", name="报送财政局").click()
    expect(page.locator(".messages")).to_contain_text("已报送财政局")
    board.goto(monitor_url)
    expect(_row(board, DEPARTMENT)).to_contain_text("已提交")
    expect(_row(board, SECOND)).to_contain_text("未开始")
    page = bureau.page
    page.goto("/lists/monitoring/")
    bureau.both("07-list-rounds")
    page.locator('input[name="ids"]').first.check()
    page.get_by_label("批量操作").select_option(label="审核通过")
    page.get_by_role("button", name="批量处理…").click()
    page.get_by_role("button", name="确认审核通过").click()
    board.goto(monitor_url)
    expect(_row(board, DEPARTMENT)).to_contain_text("已审核/已批复")

    # 8. the 自评 task: A starts its self-evaluation
    _open_task(board, "单位自评", today + dt.timedelta(days=30), [DEPARTMENT, SECOND])
    evaluate_url = board.url
    page = editor_a.page
    page.goto(f"/plans/{plan_a.pk}/evaluation/")
    page.get_by_role("button", name="开始绩效自评").click()
    board.goto(evaluate_url)
    expect(_row(board, DEPARTMENT)).to_contain_text("填报中")
    expect(_row(board, SECOND)).to_contain_text("未开始")
    bureau.both("08-board-evaluation")
    page.goto("/tasks/")
    expect(page.locator("table.tasks tbody tr")).to_have_count(3)
    bureau.both("09-tasks")

    # the other pages of the year, at both widths
    editor_a.page.goto("/")
    editor_a.both("10-home-editor-year")
    project = plan_a.projects.order_by("position").first()
    assert project is not None
    editor_a.page.goto(f"/projects/{project.pk}/")
    editor_a.both("11-project")
    for path, name in (
        (f"/plans/{plan_a.pk}/", "12-plan"),
        (f"/lists/plans/{plan_a.pk}/projects/", "13-projects"),
        ("/lists/evaluation/", "14-list-evaluations"),
        ("/lists/off-track/", "15-list-off-track"),
        ("/lists/budget/", "16-list-budget"),
        ("/monitoring/", "17-monitoring-dashboard"),
        ("/evaluation/", "18-evaluation-dashboard"),
        ("/audit/", "19-audit"),
        ("/", "20-home-bureau"),
    ):
        bureau.page.goto(path)
        bureau.both(name)
    assert not failures, failures
