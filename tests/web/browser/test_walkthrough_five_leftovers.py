"""What the fifth walk left: the public's goal table on a phone, and the 自评 score chart
whose 中/良/优 lines ran through the printed scores."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from playwright.sync_api import expect

from jixiao.evaluation.engine import ProjectScore
from jixiao.web.pages import charting
from jixiao.web.plans.models import PlanRecord
from tests.web.browser.conftest import Session

PHONE = {"width": 390, "height": 844}


def test_the_public_reads_each_indicator_whole_on_a_phone(
    approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """At 390 px the goal table scrolled sideways inside its card: 指标值 and 确定依据 were
    past the screen's edge. Each indicator is a card now, every cell under its name."""
    visitor = open_session("walk5-public-goals")
    page = visitor.page
    page.set_viewport_size(PHONE)
    page.goto(f"/public/plans/{approved.pk}/")
    table = page.locator("section.goal-table table.grid-view").first
    expect(table).to_be_visible()
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth + 1"), "the table scrolls sideways"
    values = table.locator('td[data-label="指标值"]')
    assert values.count() > 3
    for n in range(values.count()):
        box = values.nth(n).bounding_box()
        assert box is not None and box["width"] > 0
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (n, box)
    # the project's 绩效目标 above the indicators wraps instead of running off the screen
    head = page.locator("section.goal-table table.official:not(.grid-view)").first
    assert head.evaluate("t => t.scrollWidth <= t.clientWidth + 1"), "the head table scrolls"
    # the cell says which column it is (the table's head is hidden on a phone)
    label = values.first.evaluate("td => getComputedStyle(td, '::before').content")
    assert "指标值" in label, label
    visitor.shot("public-goals-phone", top_of="section.goal-table", height=700)


def _score(name: str, total: str, grade: str) -> ProjectScore:
    return ProjectScore(
        name=name,
        budget_total=None,
        executed=None,
        execution_rate=None,
        execution_weight=Decimal(10),
        execution_score=Decimal(0),
        indicators=[],
        total=Decimal(total),
        grade=grade,
    )


# the pixels of each printed score, with the grade lines shown and then hidden
LABELS = """async () => {
  const labels = [...document.querySelectorAll('text.chart-value')];
  const lines = [...document.querySelectorAll('line.chart-reference')];
  return labels.map(t => { const b = t.getBoundingClientRect();
    const crossed = lines.some(l => { const x = l.getBoundingClientRect().x;
      return x > b.left && x < b.right; });
    return {x: b.left, y: b.top, width: b.width, height: b.height, crossed}; });
}"""


def test_the_grade_lines_leave_the_printed_scores_readable(
    approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    """绩效自评's 各项目自评得分: a score just under a boundary (88.5 良 beside the 优 line at
    90) was printed across the dashed line; the line crossed its digits."""
    unit = open_session("walk5-score-lines")
    page = unit.page
    chart = charting.scores(
        [
            (_score("道路养护", "88.5", "良"), 1),
            (_score("图书购置", "78", "中"), 2),
            (_score("设备更新", "58", "差"), 3),
            (_score("培训经费", "95", "优"), 4),
        ]
    )
    page.set_content(f"<!doctype html><body style='margin:0;width:800px'>{chart}</body>")
    labels = page.evaluate(LABELS)
    crossed = [label for label in labels if label["crossed"]]
    assert len(crossed) >= 3, labels  # the lines do run through the printed scores' place
    for label in crossed:
        clip = {k: label[k] for k in ("x", "y", "width", "height")}
        shown = page.screenshot(clip=clip)
        page.add_style_tag(content="line.chart-reference { visibility: hidden }")
        hidden = page.screenshot(clip=clip)
        page.add_style_tag(content="line.chart-reference { visibility: visible }")
        assert shown == hidden, f"a grade line crosses the score at x={label['x']}"
