"""编制与审核 in a real browser: import seed 002, fix an indicator in the goal-table editor,
submit, forward, return with a comment, fix and resubmit, approve, and read it on /public/."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable

import docx
import openpyxl
import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Locator, Page, expect

from jixiao.importers.api import import_file
from tests.conftest import seed_path
from tests.web.browser.conftest import DEPARTMENT, Session

SEED = "002_9d52ecbd56ee9879"
PROJECT = "公车改革经费"  # project 1 of seed 002
FIRST_FIX = (3, "不断加强公务用车监管政策更新落实", "≥100百分比", "100%")
SECOND_FIX = (7, "节能降耗", "≥100百分比", "≥5%")
RESUBMIT_NOTE = "已按退回意见修改第7行指标值。"
RETURN_COMMENT = "第7行「节能降耗」的指标值≥100百分比没有意义，请改为可衡量的降幅。"


def value_cell(page: Page, row: int) -> Locator:
    return page.locator(f'#grid tr[data-row="{row - 1}"] [data-column="value"]')


def row_badges(page: Page, row: int) -> Locator:
    return page.locator(f'#grid tr[data-row="{row - 1}"] .row-findings')


def act(session: Session, button: str, comment: str = "") -> None:
    """Press a workflow button on the plan page (with an optional comment)."""
    page = session.page
    if comment:
        page.locator('.action-form textarea[name="comment"]').fill(comment)
    page.get_by_role("button", name=button).click()
    expect(page.locator(".messages")).to_contain_text(button)


def fix_value(
    session: Session, row: int, level3: str, old: str, new: str, shot: str, docs: bool = False
) -> None:
    """In project 1's editor: change one 指标值, watch its N102 badge go, save, reload."""
    page = session.page
    page.get_by_role("link", name=PROJECT).click()
    expect(page.locator("#project-title")).to_have_text(PROJECT)
    cell = value_cell(page, row)
    expect(cell).to_have_value(old)
    expect(page.locator(f'#grid tr[data-row="{row - 1}"] [data-column="level3"]')).to_have_value(
        level3
    )
    expect(row_badges(page, row)).to_contain_text("N102")
    side = page.locator("#findings li", has_text="N102")
    before = side.count()
    assert before >= 1
    if before > 1:  # one finding per row, grouped under one heading per rule
        expect(page.locator('#findings li.group[data-rule="N102"]')).to_contain_text(
            f"（{before}处）"
        )
    # the grammar's reading of the value is shown under the cell
    expect(page.locator(f'#grid tr[data-row="{row - 1}"] .reading')).to_contain_text("定量")
    session.shot(f"{shot}-before")

    cell.fill(new)
    expect(page.locator("#save-state")).to_have_text("有未保存的修改")
    expect(row_badges(page, row)).not_to_contain_text("N102")  # the live check of the draft
    expect(side).to_have_count(before - 1)
    expect(page.locator(f'#grid tr[data-row="{row - 1}"] .reading')).to_contain_text(
        "数值 " + re.sub(r"\D", "", new)
    )
    session.shot(f"{shot}-checked")
    if docs:
        session.shot("docs-editor", height=1900)

    page.get_by_role("button", name="保存").click()
    expect(page.locator("#save-state")).to_contain_text("已保存")
    page.reload()
    expect(value_cell(page, row)).to_have_value(new)
    expect(row_badges(page, row)).not_to_contain_text("N102")
    page.locator(".crumbs a").nth(1).click()  # back to the plan


@pytest.mark.browser
def test_import_edit_review_and_publish(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    expected = import_file(seed_path(SEED))
    editor = open_session("flow-1-editor")
    page = editor.page

    # 2. the unit editor imports the seed document and commits the preview
    editor.login(people["editor"])
    expect(page.locator("h1")).to_contain_text("工作台")
    page.get_by_role("navigation").get_by_role("link", name="导入文档").click()
    page.locator("#documents").set_input_files(str(seed_path(SEED)))
    page.get_by_role("button", name="上传并预览").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))
    preview = page.locator(".preview-doc")
    expect(preview).to_contain_text(f"部门：{DEPARTMENT}")
    expect(preview).to_contain_text(f"{len(expected.projects)} 个项目")
    expect(preview).to_contain_text(f"{expected.indicator_count} 个指标")
    assert expected.warnings, "seed 002 reads with warnings"
    expect(preview.locator("summary")).to_have_text(f"导入提示 {len(expected.warnings)} 条")
    issues = preview.locator("table.warnings tbody tr")  # listed as findings are
    expect(issues).to_have_count(len(expected.warnings))
    # the code stays out of sight (a data attribute), the Chinese title is read
    code = issues.first.locator("[data-rule]")
    expect(code).to_have_attribute("data-rule", expected.warnings[0].code)
    expect(code).not_to_contain_text(expected.warnings[0].code)
    expect(preview.locator("table.compact tbody tr")).to_have_count(len(expected.projects))
    editor.shot("01-import-preview")
    page.get_by_role("button", name="确认导入").click()
    page.wait_for_url(re.compile(r"/plans/\d+/$"))
    plan_url = page.url
    expect(page.locator(".messages")).to_contain_text("已导入 1 个文档")
    expect(page.locator("h1")).to_contain_text(f"{DEPARTMENT} {expected.year}年")
    expect(page.locator("h1 .status")).to_have_text("编制中")
    expect(page.locator("table.projects tbody tr")).to_have_count(len(expected.projects))
    editor.shot("02-plan-draft")

    page.get_by_role("navigation").get_by_role("link", name="工作台").click()
    expect(page.locator(".todo")).to_contain_text(DEPARTMENT)
    expect(page.locator("table.findings tbody tr").first).to_be_visible()
    editor.shot("03-dashboard-editor")
    page.goto(plan_url)

    # 3. the editor fixes a "≥100百分比" in the goal table; its N102 finding goes away
    fix_value(editor, *FIRST_FIX, shot="04-editor", docs=True)
    expect(page.locator("h1")).to_contain_text(DEPARTMENT)

    # 4. submit; the department reviewer forwards it to the finance bureau
    act(editor, "提交审核")
    expect(page.locator("h1 .status")).to_have_text("待主管部门初审")
    editor.shot("05-plan-submitted")

    reviewer = open_session("flow-2-reviewer")
    reviewer.login(people["reviewer"])
    expect(reviewer.page.locator(".todo")).to_contain_text(DEPARTMENT)
    reviewer.shot("06-dashboard-reviewer")
    reviewer.page.locator(".todo").get_by_role("link", name=DEPARTMENT).click()
    act(reviewer, "初审通过，报财政局")
    expect(reviewer.page.locator("h1 .status")).to_have_text("待财政局审核")

    # 5. the finance bureau returns it with a comment
    bureau = open_session("flow-3-bureau")
    bureau.login(people["bureau"])
    bureau.page.locator(".todo").get_by_role("link", name=DEPARTMENT).click()
    bureau.page.get_by_role("button", name="退回修改").click()  # no comment: refused
    expect(bureau.page.locator(".messages")).to_contain_text("意见")
    expect(bureau.page.locator("h1 .status")).to_have_text("待财政局审核")
    act(bureau, "退回修改", RETURN_COMMENT)
    expect(bureau.page.locator("h1 .status")).to_have_text("已退回修改")
    bureau.shot("07-plan-returned")

    # 6. the editor sees the return and its comment, fixes, resubmits; forwarded, approved
    page.goto("/")
    expect(page.locator(".comments")).to_contain_text(RETURN_COMMENT)
    page.goto(plan_url)
    expect(page.locator("h1 .status")).to_have_text("已退回修改")
    expect(page.locator("#returned")).to_contain_text(RETURN_COMMENT)
    editor.shot("08-plan-returned-editor")
    editor.shot("docs-returned", height=900)
    fix_value(editor, *SECOND_FIX, shot="09-editor-fix")
    act(editor, "提交审核", RESUBMIT_NOTE)
    expect(page.locator("h1 .status")).to_have_text("待主管部门初审")

    reviewer.page.reload()
    act(reviewer, "初审通过，报财政局")
    bureau.page.reload()
    # seed 002 still has error-level findings: approving needs the explicit confirmation
    bureau.page.locator("#override").check()
    act(bureau, "审核通过（批复并公开）")
    expect(bureau.page.locator("h1 .status")).to_have_text("已批复公开")
    bureau.shot("10-plan-approved")

    # the version diff shows exactly the fix made between the two submissions
    page.goto(plan_url)
    versions = page.locator(".card", has_text="版本").last.locator("tbody tr")
    expect(versions).to_have_count(6)
    page.get_by_role("link", name="与当前稿对比").first.click()
    page.get_by_label("从版本").select_option("1")
    page.get_by_label("到").select_option("4")
    page.get_by_role("button", name="对比").click()
    changes = page.locator("table.diff tbody tr")
    expect(changes).to_have_count(1)
    expect(changes).to_contain_text(SECOND_FIX[1])
    expect(changes.locator(".before")).to_have_text(SECOND_FIX[2])
    expect(changes.locator(".after")).to_have_text(SECOND_FIX[3])
    editor.shot("11-version-diff")

    # 7. anyone can read the approved plan on /public/ and download it
    visitor = open_session("flow-4-public")
    public = visitor.page
    public.goto("/public/")
    listed = public.locator("table.list tbody tr", has_text=DEPARTMENT)
    expect(listed).to_have_count(1)
    visitor.shot("12-public-index")
    listed.get_by_role("link", name=DEPARTMENT).click()
    expect(public.locator("h1")).to_contain_text(DEPARTMENT)
    tables = public.locator(".goal-table")
    expect(tables).to_have_count(len(expected.projects))
    first = tables.first
    expect(first.locator("h3")).to_contain_text(PROJECT)
    expect(first.locator("table.grid-view tbody tr")).to_have_count(
        len(expected.projects[0].indicators)
    )
    expect(first.locator("table.grid-view")).to_contain_text(FIRST_FIX[3])
    expect(first.locator("table.grid-view")).to_contain_text(SECOND_FIX[3])
    visitor.shot("13-public-plan")
    visitor.shot("docs-public", top_of=".goal-table", height=1000)

    with public.expect_download() as download_info:
        public.locator(".downloads").get_by_role("link", name="JSON").click()
    published = json.loads(download_info.value.path().read_text(encoding="utf-8"))
    assert published["department"] == DEPARTMENT
    values = [i["value"] for i in published["projects"][0]["indicators"]]
    assert values[FIRST_FIX[0] - 1] == FIRST_FIX[3]
    assert values[SECOND_FIX[0] - 1] == SECOND_FIX[3]
    downloads = public.locator(".downloads")
    word = visitor.context.request.get(
        downloads.get_by_role("link", name="Word").get_attribute("href") or ""
    )
    assert word.ok, f"Word download failed: {word.status}"
    paragraphs = [p.text for p in docx.Document(io.BytesIO(word.body())).paragraphs]
    assert any(DEPARTMENT in text for text in paragraphs)
    excel = visitor.context.request.get(
        downloads.get_by_role("link", name="Excel").get_attribute("href") or ""
    )
    assert excel.ok, f"Excel download failed: {excel.status}"
    book = openpyxl.load_workbook(io.BytesIO(excel.body()), read_only=True)
    cells = [
        str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
    ]
    assert FIRST_FIX[3] in cells and SECOND_FIX[3] in cells
