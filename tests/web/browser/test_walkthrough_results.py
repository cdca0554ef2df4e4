"""The third walk: 满意度 into 自评, and the reviewer's page on a phone.

A unit that answers its survey first and fills the 满意率 into the 自评 (the survey page
offers it before anything else is filled) saw every project graded 差 on 10 points and the
budget office told to 取消 all eight: a 自评 without its 全年执行数 is unfinished and is not
ground for a budget line. At 390 px the finance bureau's 意见 box beside 「审核通过」 and
「退回修改」 was squeezed to a sliver; a 整改事项's 问题 and 整改要求 ran off the phone on one
line each, and the blue button offered to the bureau was 「退回继续整改」, not 「核实通过」.
The survey page, once the 满意率 were filled in, offered no way on to the 自评.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.importers.api import import_file
from jixiao.web.monitoring.rounds import open_round
from jixiao.web.orgs.models import Department
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.storing import store_plan
from jixiao.web.rectification.models import RectificationRecord
from jixiao.web.rectification.tracking import candidates
from jixiao.web.reporting.decisions import act_on_report
from jixiao.web.reportstore.models import StoredScore
from jixiao.web.surveys.collecting import open_survey
from jixiao.workflow import Action, ReportAction, Role
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, SEED, Session

PHONE = {"width": 390, "height": 844}


def test_satisfaction_filled_in_before_the_rest_cancels_no_budget(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    survey = open_survey(people["editor"], approved)
    visitor = open_session("walk3-survey")
    page = visitor.page
    page.set_viewport_size(PHONE)
    page.goto(f"/s/{survey.token}/")
    questions = page.locator("fieldset.question")
    for n in range(questions.count()):
        questions.nth(n).get_by_label("满意", exact=True).check()
    page.get_by_role("button", name="提交问卷").click()
    expect(page.get_by_role("heading", name="提交成功")).to_be_visible()

    editor = open_session("walk3-evaluation")
    editor.login(people["editor"])
    page = editor.page
    page.goto(f"/plans/{approved.pk}/evaluation/")
    page.get_by_role("button", name="开始绩效自评").click()
    page.goto(f"/surveys/{survey.pk}/")
    page.get_by_role("button", name="填入自评实际完成值").click()
    expect(page.locator(".messages")).to_contain_text("满意率填入自评的实际完成值")
    page.get_by_role("link", name="绩效自评", exact=True).last.click()  # the way on
    expect(page.locator("h1")).to_contain_text("项目支出绩效自评")
    filled = StoredScore.objects.filter(evaluation__plan=approved).exclude(missing="")
    assert filled.count() > 0, "the 满意率 filled nothing in: nothing measured"
    # fourth walk: filled in part, they are 填报中 — not scored, not graded 差
    assert all(s.blank and s.grade == "" for s in filled)
    advice = page.locator("#budget-advice")
    expect(advice).to_contain_text("已填报的项目中没有需要压减、调整或取消的")
    expect(advice.locator("b.treatment")).to_have_count(0)


def test_the_bureau_writes_its_opinion_on_a_phone(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    plan = store_plan(
        import_file(seed_path(SEED)), Department.objects.get(name=DEPARTMENT), force=True
    )
    for action in (Action.SUBMIT, Action.FORWARD):
        act(people["bureau"], Role.ADMIN, plan, action)
    bureau = open_session("walk3-bureau-phone")
    bureau.login(people["bureau"])
    page = bureau.page
    page.set_viewport_size(PHONE)
    page.goto(f"/plans/{plan.pk}/")
    expect(page.get_by_role("button", name="退回修改")).to_be_visible()
    box = page.locator(".action-form textarea[name=comment]").bounding_box()
    form = page.locator(".action-form").bounding_box()
    assert box is not None and form is not None
    assert box["width"] >= form["width"] * 0.9, (
        f"the 意见 box is {box['width']:.0f} px wide in a {form['width']:.0f} px form"
    )


def test_a_rectification_item_read_and_verified_on_a_phone(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    finding = next(c for c in candidates(approved, dt.date(2030, 1, 1)) if c.item.suggestion)
    bureau = open_session("walk3-rect-bureau")
    bureau.login(people["bureau"])
    page = bureau.page
    page.set_viewport_size(PHONE)
    page.goto(f"/plans/{approved.pk}/rectification/")
    page.locator(f"input[name=findings][value='{finding.key}']").check()
    page.get_by_role("button", name="下达整改").click()
    expect(page.locator(".messages")).to_contain_text("已下达整改1项")
    record = RectificationRecord.objects.get()

    unit = open_session("walk3-rect-unit")
    unit.login(people["editor"])
    unit.page.set_viewport_size(PHONE)
    unit.page.goto(f"/rectification/{record.pk}/")
    unit.page.locator("textarea[name=comment]").fill("已按要求修改指标值")
    expect(unit.page.locator("button.primary")).to_have_text("报送整改情况")
    unit.page.locator("button.primary").click()
    expect(unit.page.locator("h1 small")).to_contain_text("已整改")

    page.goto(f"/rectification/{record.pk}/")
    fields = page.locator("table.fields")
    expect(fields).to_contain_text(finding.item.message)
    clipped = fields.evaluate("t => t.scrollWidth - t.clientWidth")
    assert clipped <= 1, f"the 问题 runs {clipped} px past the phone's table"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    expect(page.locator("button.primary")).to_have_text("核实通过")
    page.locator("button[value=send_back]").click()  # asked first; the test says yes
    assert bureau.dialogs and "退回" in bureau.dialogs[-1]


def test_a_unit_cost_finding_leads_to_its_chart(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    """Seed 000's 物业费 is 109.19 元/平方米·年 against a 15–80 range (C106): the reviewer on
    the finding follows a link to its chart in the 审核报告, whose figures are whole."""
    plan = store_plan(
        import_file(seed_path("000_6fea33418e000787")),
        Department.objects.get(name=DEPARTMENT),
        force=True,
    )
    bureau = open_session("walk3-benchmark")
    bureau.login(people["bureau"])
    page = bureau.page
    page.set_viewport_size(PHONE)
    page.goto(f"/plans/{plan.pk}/findings/")
    row = page.locator("tr", has_text="C106")
    expect(row).to_have_count(1)
    link = row.get_by_role("link", name="单位成本与参考区间、同类项目对比图")
    with page.context.expect_page() as opened:
        link.click()
    report = opened.value
    report.wait_for_load_state()
    chart = report.locator("figure.unit-cost:target")
    expect(chart).to_contain_text("物业费")
    expect(chart.locator(".chart-value")).to_have_text(["109.19"])
    expect(chart).to_contain_text("参考上限80")


def test_the_bureau_counts_and_returns_the_monitoring_it_waits_for(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """A 监控 reported to the bureau is listed under 待办 (the count beside it said 0); on
    the round, 退回修改 came first and was done without a question."""
    monitoring = open_round(people["editor"], approved, dt.date(approved.year, 7, 31))
    act_on_report(people["editor"], Role.UNIT_EDITOR, monitoring, ReportAction.SUBMIT)
    bureau = open_session("walk3-todo")
    bureau.login(people["bureau"])
    todo = bureau.page.locator("section", has=bureau.page.get_by_role("heading", name="待办"))
    expect(todo.locator("ul.reports-todo li")).to_have_count(1)
    expect(todo.locator("ul.todo li")).to_have_count(1)  # the 监控 alone: no plan waits
    expect(todo.locator("h2 .count")).to_have_text("1")

    # the round: 审核通过 first, as on a plan; 退回修改 asks before it acts
    bureau.page.goto(f"/monitoring/{monitoring.pk}/")
    buttons = bureau.page.locator(".action-form button")
    expect(buttons).to_have_text(["审核通过", "退回修改"])
    bureau.page.locator(".action-form textarea").fill("7月执行数与账务数据不一致，请核对")
    buttons.last.click()
    expect(bureau.page.locator(".messages")).to_contain_text("已退回修改")
    assert bureau.dialogs == ["确定退回修改？单位将收到退回意见。"]


def test_the_public_knows_the_open_data_csv_comes_zipped(
    approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """The public's 「CSV」 link handed over a .zip (indicators.csv, datapackage.json and the
    JSON): the link now says so, on the plan's page and in the list."""
    visitor = open_session("walk3-public-csv")
    page = visitor.page
    page.set_viewport_size(PHONE)
    page.goto(f"/public/plans/{approved.pk}/")
    link = page.locator(".downloads a", has_text="CSV")
    expect(link).to_have_text("CSV（压缩包）")
    with page.expect_download() as got:
        link.click()
    assert got.value.suggested_filename.endswith(".zip")
    page.goto("/public/")
    expect(page.get_by_role("link", name="CSV（压缩包）")).to_have_count(1)


def test_the_unit_goes_from_one_project_to_the_next(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """Filling a 监控 round of eight projects, each entry page leads to the next project's
    (it led only back to the round); the last leads nowhere further."""
    monitoring = open_round(people["editor"], approved, dt.date(approved.year, 7, 31))
    names = list(approved.projects.order_by("position").values_list("name", flat=True))
    editor = open_session("walk3-next-entry")
    editor.login(people["editor"])
    page = editor.page
    page.set_viewport_size(PHONE)
    page.goto(f"/monitoring/{monitoring.pk}/")
    page.locator("a[href*='/monitoring/entries/']").first.click()
    page.wait_for_url("**/monitoring/entries/**")
    expect(page.locator("h1")).to_contain_text(names[0])
    for name in names[1:]:
        link = page.locator(".next-entry a")
        expect(link).to_have_text(name)
        link.click()
        expect(page.locator("h1")).to_contain_text(name)
    expect(page.locator(".next-entry")).to_have_count(0)


# the rendered size of a chart's label: its font size times the chart's scale on screen
LABEL_PX = """svg => { const label = svg.querySelector('text.chart-label');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return parseFloat(getComputedStyle(label).fontSize) * scale; }"""


def test_the_dashboard_charts_stay_readable_on_a_phone(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """The 监控看板's chart, shrunk to 390 px, printed its department names in 6 px type."""
    open_round(people["editor"], approved, dt.date(approved.year, 7, 31))
    bureau = open_session("walk3-chart-phone")
    bureau.login(people["bureau"])
    page = bureau.page
    page.set_viewport_size(PHONE)
    page.goto("/monitoring/")
    chart = page.locator(".chart-card svg").first
    expect(chart).to_be_visible()
    size = chart.evaluate(LABEL_PX)
    assert size >= 9, f"the chart's labels are {size:.1f} px on a phone"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
