"""A unit's own note on submitting is a 说明, not a 退回意见: the returned plan shows the
reviewers' comments only, and the unit's report pages speak to the unit, not to a reviewer."""

from __future__ import annotations

from typing import Any

import pytest

from jixiao.web.monitoring.models import MonitoringRoundRecord
from tests.web.conftest import World
from tests.web.reports_world import approve


def _act(client: Any, plan_id: int, action: str, comment: str = "") -> None:
    response = client.post(f"/plans/{plan_id}/action/", {"action": action, "comment": comment})
    assert response.status_code == 302, response.content.decode()[:500]


def _returned_section(page: str) -> str:
    start = page.index('id="returned"')
    return page[start : page.index("</section>", start)]


@pytest.mark.django_db
def test_the_units_submit_note_is_not_shown_as_a_return_comment(world: World) -> None:
    editor, reviewer = world.client("editor"), world.client("reviewer")
    plan = world.own_plan.pk
    _act(editor, plan, "submit", "已按去年的意见补充满意度指标")
    _act(reviewer, plan, "return", "第3个项目的成本指标请写上限")
    page = editor.get(f"/plans/{plan}/").content.decode()
    returned = _returned_section(page)
    assert "第3个项目的成本指标请写上限" in returned
    assert "已按去年的意见补充满意度指标" not in returned
    # the note is still on the page, as the unit's 说明
    assert "已按去年的意见补充满意度指标" in page and "填报说明" in page
    dashboard = editor.get("/").content.decode()
    assert "第3个项目的成本指标请写上限" in dashboard
    assert "已按去年的意见补充满意度指标" not in dashboard
    # resubmitted and returned again: only the new round's comments are 退回意见
    _act(editor, plan, "submit", "已改")
    _act(reviewer, plan, "return", "满意度指标值请写≥90%")
    returned = _returned_section(editor.get(f"/plans/{plan}/").content.decode())
    assert "满意度指标值请写≥90%" in returned and "成本指标请写上限" not in returned


@pytest.mark.django_db
def test_the_units_report_page_asks_for_a_note_not_a_review(world: World) -> None:
    approve(world.other_plan, world.users["admin"])
    client = world.client("other_editor")
    client.post(f"/plans/{world.other_plan.pk}/monitoring/new/", {"monitor_date": "2024-07-31"})
    round_ = MonitoringRoundRecord.objects.get(plan=world.other_plan)
    page = client.get(f"/monitoring/{round_.pk}/").content.decode()
    assert "报送财政局" in page
    assert "退回时必填" not in page and "请核对" not in page
    assert "说明（选填）" in page


@pytest.mark.django_db
def test_a_forwarding_note_is_not_shown_as_a_return_comment(world: World) -> None:
    """The walkthrough: 初审 passed the plan on with 「初审同意」, the bureau returned it, and
    the unit's 退回意见 (plan page and 工作台) listed 「初审同意」 as something to act on."""
    editor, reviewer = world.client("editor"), world.client("reviewer")
    bureau = world.client("bureau")
    plan = world.own_plan.pk
    _act(editor, plan, "submit")
    _act(reviewer, plan, "forward", "初审同意，报财政局")
    _act(bureau, plan, "return", "请补充成本指标")
    page = editor.get(f"/plans/{plan}/").content.decode()
    returned = _returned_section(page)
    assert "请补充成本指标" in returned and "初审同意" not in returned
    assert "初审同意，报财政局" in page  # still among the plan's comments
    dashboard = editor.get("/").content.decode()
    assert "请补充成本指标" in dashboard and "初审同意" not in dashboard


@pytest.mark.django_db
def test_a_comment_on_one_indicator_is_written_and_shown_beside_it_on_the_review_page(
    world: World,
) -> None:
    """docs/web.md: a comment may go on the plan, a project or one indicator — the plan page
    offered the first two only. The 审核发现处理 page, where findings stand per indicator,
    offers 意见针对 each indicator; the comment is shown beside it; another plan's indicator
    is refused; one query reads the comments of the page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jixiao.web.plans.models import Comment, IndicatorRecord

    plan = world.own_plan
    reviewer = world.client("reviewer")
    url = f"/plans/{plan.pk}/findings/"
    page = reviewer.get(url)
    item = next(i for i in page.context["handling"].items if i.finding.get("indicator_id"))
    indicator = IndicatorRecord.objects.get(pk=item.finding["indicator_id"])
    assert f'name="indicator_id" value="{indicator.pk}"' in page.content.decode()

    text = "该指标的目标值请与上年实际完成值对照"
    posted = reviewer.post(
        f"/plans/{plan.pk}/comments/",
        {"indicator_id": str(indicator.pk), "text": text, "back": "findings"},
    )
    assert posted.status_code == 302 and posted["Location"] == url
    comment = Comment.objects.get(text=text)
    assert (comment.indicator_id, comment.project_id) == (indicator.pk, indicator.project_id)
    with CaptureQueriesContext(connection) as queries:
        shown = reviewer.get(url).content.decode()
    cell = shown[
        shown.index(f'value="{indicator.pk}"') - 3000 : shown.index(f'value="{indicator.pk}"')
    ]
    assert text in cell, "the comment stands in its indicator's cell"
    assert sum("plans_comment" in q["sql"] for q in queries.captured_queries) == 1
    assert f"指标「{indicator.level3}」" in reviewer.get(f"/plans/{plan.pk}/").content.decode()

    elsewhere = IndicatorRecord.objects.filter(project__plan=world.other_plan).first()
    assert elsewhere is not None
    refused = reviewer.post(
        f"/plans/{plan.pk}/comments/",
        {"indicator_id": str(elsewhere.pk), "text": "不属于本文本", "back": "findings"},
    )
    assert refused.status_code == 400 and "该指标不属于本绩效文本" in refused.content.decode()
    assert not Comment.objects.filter(text="不属于本文本").exists()
    assert 'name="indicator_id"' not in world.client("editor").get(url).content.decode()
