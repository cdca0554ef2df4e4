"""双监控 and 自评 in a real browser, charts included: on seed 002 approved, the unit opens a
monitoring round, reports a late project and sees its light and spending curve; the bureau
reads the dashboard's charts and accepts; the unit scores a project and sees the score chart."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.contrib.auth.models import User
from playwright.sync_api import Locator, Page, expect

from jixiao.web.evaluation.models import EvaluationEntryRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.plans.models import PlanRecord
from tests.web.browser.conftest import DEPARTMENT, Session

SEED = "002_9d52ecbd56ee9879"  # 承德县机关事务管理办公室 2023, 8 projects
PROJECT = "公车改革经费"


def drawn(chart: Locator, min_height: int = 100) -> None:
    """The chart is on screen with a real size (the browser laid the SVG out)."""
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 250 and box["height"] > min_height, box


def number(page: Page, selector: str, attribute: str) -> Decimal:
    value = page.locator(selector).first.get_attribute(attribute)
    assert value is not None, (selector, attribute)
    return Decimal(value)


def test_monitoring_round_with_charts(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    editor = open_session("monitor-1-editor")
    editor.login(people["editor"])
    page = editor.page
    page.goto(f"/plans/{approved.pk}/")
    page.get_by_role("link", name="绩效运行监控").click()
    page.get_by_label("数据截至日期").fill("2023-07-31")
    page.get_by_role("button", name="开始新一轮监控").click()
    expect(page.locator(".messages")).to_contain_text("已开始2023年7月31日的绩效运行监控")
    round_ = MonitoringRoundRecord.objects.get(plan=approved)

    # one project: 10% spent by 31 July, month by month — clearly late
    page.get_by_role("link", name=PROJECT).first.click()
    entry = ProgressRecord.objects.get(round=round_, project__name=PROJECT)
    budget = entry.project.budget_total
    assert budget is not None
    monthly = [budget * Decimal("0.01") * m for m in (1, 1, 2, 2, 1, 2, 1)]
    page.get_by_label("1–7月累计支出（万元）").fill(str(sum(monthly)))
    for month, amount in enumerate(monthly, start=1):
        page.get_by_label(f"{month}月", exact=True).fill(str(amount))
    page.get_by_role("button", name="保存并重新计算").click()
    expect(page.locator(".messages")).to_contain_text("监控结果：红灯")
    expect(page.locator("h1 .light")).to_have_text("红灯")
    chart = page.locator("svg.chart-spending")
    drawn(chart)
    # the curve of the plan, the 序时进度 diagonal, the actual with a point per month
    # and one at the date, the forecast from the last point, the date marker
    assert chart.get_attribute("data-plan-points") not in (None, "0")
    for part in ("chart-plan", "chart-time", "chart-actual", "chart-forecast", "chart-today"):
        expect(chart.locator(f".{part}")).to_have_count(1)
    # 1–6月 from the monthly series, then 1–7月 as reported at the date
    expect(chart.locator("circle.chart-point")).to_have_count(7)
    share = number(page, "svg.chart-spending circle.chart-point:last-of-type", "data-share")
    assert abs(share - Decimal("0.10")) < Decimal("0.001")
    editor.shot("01-entry-red")
    editor.shot("docs-monitoring-entry", top_of="h1", height=760)

    page.get_by_role("link", name="监控（截至2023年7月31日）").click()
    bars = page.locator("svg.chart-bars")
    drawn(bars)
    expect(bars.locator("rect.chart-bar")).to_have_count(approved.projects.count())
    expect(bars.locator(f'rect.chart-bar[data-label="{PROJECT}"]')).to_have_class(
        "chart-bar tone-red"
    )
    drawn(page.locator("svg.chart-spending"))
    editor.shot("02-round")
    page.get_by_role("button", name="报送财政局").click()
    expect(page.locator(".messages")).to_contain_text("已报送财政局")

    bureau = open_session("monitor-2-bureau")
    bureau.login(people["bureau"])
    page = bureau.page
    page.get_by_role("link", name="监控看板").click()
    stacked = page.locator("svg.chart-stacked")
    drawn(stacked, min_height=40)  # one department: one bar
    red = stacked.locator("rect.chart-segment.seg-red")
    expect(red).to_have_count(1)
    assert red.get_attribute("data-count") == str(
        ProgressRecord.objects.filter(round=round_, light="red").count()
    )
    expect(page.locator("table.off-track")).to_contain_text(PROJECT)
    bureau.shot("03-dashboard")
    bureau.shot("docs-monitoring-dashboard", top_of="h1", height=720)
    page.get_by_role("link", name=f"{DEPARTMENT}", exact=False).first.click()
    page.get_by_role("button", name="审核通过").click()
    expect(page.locator(".messages")).to_contain_text("已审核通过")
    round_.refresh_from_db()
    assert round_.status == "accepted"


def test_self_evaluation_with_score_charts(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    editor = open_session("evaluate-1-editor")
    editor.login(people["editor"])
    page = editor.page
    page.goto(f"/plans/{approved.pk}/")
    page.get_by_role("link", name="绩效自评").click()
    page.get_by_role("button", name="开始绩效自评").click()
    expect(page.locator(".messages")).to_contain_text("已开始2023年度绩效自评")

    page.get_by_role("link", name=PROJECT).first.click()
    entry = EvaluationEntryRecord.objects.get(project__name=PROJECT)
    assert entry.total is None and entry.grade == ""  # 未填报
    budget = entry.project.budget_total
    assert budget is not None
    page.get_by_label("全年执行数").fill(str(budget))
    rows = page.locator("table.evaluation-grid tbody tr:not(.total-row)")
    for i in range(rows.count()):
        target = rows.nth(i).locator("td.target").inner_text()
        rows.nth(i).locator('input[name$="-actual"]').fill(target)
    page.get_by_role("button", name="保存并重新打分").click()
    expect(page.locator(".messages")).to_contain_text("已保存。自评得分")
    entry.refresh_from_db()
    assert entry.total is not None and entry.grade
    editor.shot("01-entry", top_of="h1", height=1000)

    page.get_by_role("link", name="绩效自评").last.click()
    scores = page.locator("svg.chart-bars")
    drawn(scores, min_height=40)  # one bar
    expect(scores.locator("rect.chart-bar")).to_have_count(1)  # the one filled in
    bar = scores.locator(f'rect.chart-bar[data-label="{PROJECT}"]')
    assert Decimal(bar.get_attribute("data-value") or "0") == Decimal(str(entry.total))
    distribution = page.locator("svg.chart-distribution")
    drawn(distribution)
    assert (
        sum(
            int(c.get_attribute("data-value") or 0)
            for c in distribution.locator("rect.chart-column").all()
        )
        == 1  # the one project filled in
    )
    editor.shot("02-evaluation")
    editor.shot("docs-evaluation", top_of="h1", height=760)
