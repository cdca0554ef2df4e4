"""A 自评表 of another province uploaded in a real browser: the preview says what it is and
where it goes, the kind can be corrected there, and after confirming the plan's 自评 shows
the published 总分 beside the one the profile gives."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.contrib.auth.models import User
from playwright.sync_api import expect

from jixiao.importers.api import import_file
from jixiao.web.documents.models import PublishedEvaluation
from jixiao.web.orgs.models import Department
from jixiao.web.plans.storing import store_plan
from tests.web.browser.conftest import DEPARTMENT, Session
from tests.web.test_imported_kinds import SELF_EVALUATION, expected


def test_an_uploaded_self_evaluation_shows_published_and_recomputed_scores(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    goal_plan = import_file(SELF_EVALUATION).model_copy(update={"kind": "plan"})
    plan = store_plan(goal_plan, Department.objects.get(name=DEPARTMENT), force=True)
    editor = open_session("import-self-evaluation")
    page = editor.page
    editor.login(people["editor"])
    page.get_by_role("navigation").get_by_role("link", name="导入文档").click()
    page.locator("#documents").set_input_files([str(SELF_EVALUATION)])
    page.get_by_role("button", name="上传并预览").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"), timeout=60_000)
    document = page.locator(".preview-doc")
    expect(document.locator(".doc-kind")).to_contain_text(
        "识别为：自评表（依据：项目支出绩效自评表）"
    )
    expect(document.locator(".placement")).to_contain_text(f"{plan}的绩效自评")
    expect(document.locator(".unmatched")).to_contain_text("项目“地震经费”未读到指标")
    # a wrong correction is shown at once, and taken back the same way
    document.get_by_label("类别不对？更正为").select_option("monitoring")
    document.get_by_role("button", name="更正类别").click()
    expect(page.locator(".preview-doc .doc-kind")).to_contain_text("识别为：监控表")
    page.locator(".preview-doc").get_by_label("类别不对？更正为").select_option("self_evaluation")
    page.locator(".preview-doc").get_by_role("button", name="更正类别").click()
    expect(page.locator(".preview-doc .doc-kind")).to_contain_text("识别为：自评表")
    editor.shot("preview")

    page.get_by_role("button", name="确认导入").click()
    page.wait_for_url(re.compile(rf"/plans/{plan.pk}/evaluation/$"), timeout=60_000)
    published = PublishedEvaluation.objects.get(entry__evaluation__plan=plan)
    table = page.locator("#published-scores")
    row = table.locator("tbody tr").filter(has_text="科技特派员创业行动经费")
    total = expected(SELF_EVALUATION)["projects"][0]["total_score"]
    expect(row.locator(".published-total")).to_have_text(str(total))
    expect(row.locator(".recomputed-total")).to_have_text(f"{published.entry.total:.2f}")
    editor.shot("published-scores", top_of="#published-scores", height=400)
    # the source file leads to the imported record: its kind, evidence and the figures read
    row.get_by_role("link", name=SELF_EVALUATION.name).click()
    page.wait_for_url(re.compile(r"/imported/\d+/$"))
    expect(page.locator(".doc-kind")).to_contain_text("自评表（依据：项目支出绩效自评表）")
    expect(page.locator("main, body").first).to_contain_text("项目“地震经费”未读到指标")
