"""The rest of the cycle in a real browser: a survey answered on a 390 px phone, an ex-ante
assessment from proposal to goal table, and a 整改 item from finding to verified. Every
page visited is watched for a 5xx answer and for console errors."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from jixiao.department.report import read_department_report
from jixiao.web.audit.models import AuditEntry
from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.department.recording import scored
from jixiao.web.department.reporting import report_of
from jixiao.web.exante.models import ProposalRecord
from jixiao.web.orgs.models import Department, Membership
from jixiao.web.plans.models import PlanRecord
from jixiao.web.rectification.models import RectificationRecord
from jixiao.web.rectification.tracking import candidates
from jixiao.web.surveys.collecting import open_survey
from jixiao.web.surveys.models import SurveyAnswer
from jixiao.workflow import Role
from tests.web.browser.conftest import DEPARTMENT, Session
from tests.web.conftest import make_user

SEED = "002_9d52ecbd56ee9879"  # 承德县机关事务管理办公室 2023
DOCS_IMG = Path(__file__).resolve().parents[3] / "docs" / "img"
PHONE = {"width": 390, "height": 844}


def watched(session: Session) -> list[str]:
    """Console errors and server errors of the pages this session visits."""
    problems: list[str] = []
    page = session.page
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on(
        "response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 500 else None
    )
    return problems


def doc_shot(page: Page, name: str) -> None:
    """The pictures of docs/cycle.md, taken on the way; written into docs/img only when
    JIXIAO_DOCS_SCREENSHOTS=1, so that a test run leaves the checkout as it was."""
    folder = DOCS_IMG if os.environ.get("JIXIAO_DOCS_SCREENSHOTS") == "1" else None
    page.evaluate("window.scrollTo(0, 0)")
    shot = page.screenshot(full_page=False)
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(shot)


def test_a_survey_answered_on_a_phone(
    people: dict[str, User],
    approved: PlanRecord,
    open_session: Callable[[str], Session],
) -> None:
    survey = open_survey(people["editor"], approved)
    visitor = open_session("cycle-survey-phone")
    visitor.page.set_viewport_size(PHONE)
    problems = watched(visitor)
    page = visitor.page
    page.goto(f"/s/{survey.token}/")
    expect(page.locator("h1.survey-title")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the questionnaire is {width}px wide on a 390px phone"
    questions = page.locator("fieldset.question")
    count = questions.count()
    assert count > 0
    for n in range(count):
        # 满意 for every question but the last, 基本满意 there
        questions.nth(n).get_by_label("基本满意" if n == count - 1 else "满意", exact=True).check()
    doc_shot(page, "cycle-survey-phone.png")
    page.get_by_role("button", name="提交问卷").click()
    expect(page.get_by_role("heading", name="提交成功")).to_be_visible()
    assert SurveyAnswer.objects.filter(survey=survey).count() == 1

    editor = open_session("cycle-survey-results")
    problems += watched(editor)
    editor.login(people["editor"])
    editor.page.goto(f"/surveys/{survey.pk}/")
    expect(editor.page.locator("h1")).to_contain_text("回收问卷 1 份")
    rates = editor.page.locator("table.survey-results tbody tr td:nth-child(5)")
    texts = [rates.nth(n).inner_text() for n in range(rates.count())]
    assert texts.count("100.00%") == count - 1 and texts[-1] == "0.00%", texts
    assert not problems, problems


def test_an_assessment_from_proposal_to_goal_table(
    people: dict[str, User], open_session: Callable[[str], Session]
) -> None:
    department = Department.objects.get(name=DEPARTMENT)
    experts = [make_user(f"expert{n}", Role.EXPERT, department.region) for n in (1, 2)]
    for expert, name in zip(experts, ("评估专家甲", "评估专家乙"), strict=True):
        expert.first_name = name
        expert.save(update_fields=["first_name"])
    problems: list[str] = []

    unit = open_session("cycle-exante-unit")
    problems += watched(unit)
    unit.login(people["editor"])
    page = unit.page
    page.get_by_role("link", name="事前绩效评估").first.click()
    page.get_by_role("link", name="新建申报").click()
    page.get_by_label("项目名称").fill("机关食堂油烟净化改造")
    page.get_by_label("预算年度").fill("2025")
    page.get_by_label("申请金额（万元）").fill("36")
    page.get_by_label("立项依据").fill("《饮食业油烟排放标准》；县生态环境局整改通知")
    page.get_by_label("实施方案").fill("公开招标，6月前安装，9月验收。")
    for label, value in (("测算内容1", "油烟净化设备"), ("数量1", "2"), ("计量单位1", "台")):
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("单价1", exact=True).fill("12")
    page.get_by_label("金额1", exact=True).fill("25")  # a slip: 2 × 12 = 24
    page.get_by_label("测算依据1", exact=True).fill("市场询价")
    page.get_by_label("测算内容2", exact=True).fill("管道改造")
    page.get_by_label("金额2", exact=True).fill("12")
    page.get_by_label("测算依据2", exact=True).fill("设计概算")
    page.get_by_label("绩效目标（草案）").fill("完成油烟净化改造，排放达标")
    for n, row in enumerate(
        (
            ("产出指标", "数量指标", "安装设备数量", "2台"),
            ("效益指标", "生态效益指标", "油烟排放浓度", "≤1.0mg/m³"),
        ),
        start=1,
    ):
        for field, value in zip(("一级指标", "二级指标", "三级指标", "指标值"), row, strict=True):
            page.get_by_label(f"{field}{n}", exact=True).fill(value)
    page.get_by_role("button", name="保存申报").click()
    checks = page.locator(".exante-checks")
    expect(checks).to_contain_text("与所列金额25万元不符")
    page.get_by_label("金额1", exact=True).fill("24")
    page.get_by_role("button", name="保存申报").click()
    expect(checks).not_to_contain_text("不符")
    doc_shot(page, "cycle-exante-proposal.png")
    page.get_by_role("button", name="提交评估").click()
    expect(page.locator(".exante-status")).to_have_text("已提交，待指派评估人")
    assert ProposalRecord.objects.count() == 1

    bureau = open_session("cycle-exante-bureau")
    problems += watched(bureau)
    bureau.login(people["bureau"])
    bureau.page.goto("/exante/")
    bureau.page.get_by_role("link", name="机关食堂油烟净化改造").click()
    for expert in experts:
        member = Membership.objects.get(user=expert)
        bureau.page.get_by_label("评估人").select_option(str(member.pk))
        bureau.page.get_by_role("button", name="指派").click()
        expect(bureau.page.locator(".messages")).to_contain_text("已指派评估人")

    for n, expert in enumerate(experts):
        session = open_session(f"cycle-exante-expert{n}")
        problems += watched(session)
        session.login(expert)
        session.page.get_by_role("link", name="评分表 · 机关食堂油烟净化改造").click()
        inputs = session.page.locator("table.exante-sheet input")
        # count() does not wait: let the sheet's page arrive before counting its fields
        expect(inputs.first).to_be_visible()
        for i in range(inputs.count()):
            field = inputs.nth(i)
            row = field.locator("xpath=ancestor::tr")
            maximum = int(row.locator("td").nth(-2).inner_text())
            field.fill(str(maximum - 1 if n == 0 else maximum))
        session.page.get_by_label("评估意见").fill("测算依据充分" if n == 0 else "目标明确")
        if n == 0:
            doc_shot(session.page, "cycle-exante-sheet.png")
        session.page.get_by_role("button", name="提交评分").click()
        expect(session.page.locator(".messages")).to_contain_text("已提交评分表")
        # an expert sees their own sheet only, and no plan of the department
        expect(session.page.locator("table.exante-assessors tbody tr")).to_have_count(1)
        session.page.goto("/exante/")
        expect(session.page.locator("main")).to_contain_text("机关食堂油烟净化改造")

    bureau.page.reload()
    expect(bureau.page.locator(".exante-proposed")).to_have_text("予以支持")
    expect(bureau.page.locator(".exante-combination")).to_contain_text("2名评估人，每个子项取平均")
    # the bureau changes the scored conclusion: refused without a reason, then recorded
    bureau.page.get_by_label("评估结论").select_option("调整后支持")
    bureau.page.get_by_role("button", name="出具结论").click()
    expect(bureau.page.locator(".messages")).to_contain_text("须写明理由")
    bureau.page.get_by_label("评估结论").select_option("调整后支持")
    bureau.page.get_by_label("改变结论的理由").fill("设备单价高于询价最低价，核减后支持")
    bureau.page.get_by_label("财政局意见（理由、需调整的内容）").fill("按询价最低价控制单价")
    bureau.page.get_by_role("button", name="出具结论").click()
    expect(bureau.page.locator(".exante-result")).to_contain_text("评估结论：调整后支持")
    expect(bureau.page.locator(".exante-override")).to_contain_text(
        "评分结论：予以支持），理由：设备单价高于询价最低价，核减后支持"
    )
    assert AuditEntry.objects.filter(action="exante_override", user=people["bureau"]).exists()
    doc_shot(bureau.page, "cycle-exante-conclusion.png")
    with bureau.page.expect_download() as download:
        bureau.page.get_by_role("link", name="Word").click()
    assert (
        download.value.suggested_filename
        == f"{DEPARTMENT}2025年机关食堂油烟净化改造事前绩效评估表.docx"
    )
    bureau.page.get_by_role("link", name="“机关食堂油烟净化改造”").click()
    expect(bureau.page.locator("h1")).to_contain_text("机关食堂油烟净化改造")
    plan = PlanRecord.objects.get(department=department, year=2025)
    assert plan.status == "draft"
    assert [i.level3 for i in plan.projects.get().indicators.order_by("position")] == [
        "安装设备数量",
        "油烟排放浓度",
    ]
    assert not problems, problems


def test_a_rectification_item_from_finding_to_verified(
    people: dict[str, User],
    approved: PlanRecord,
    open_session: Callable[[str], Session],
    tmp_path: Path,
    settings: Any,
) -> None:
    settings.MEDIA_ROOT = tmp_path
    problems: list[str] = []
    error = next(
        c for c in candidates(approved, dt.date(2030, 1, 1)) if c.item.severity.value == "error"
    )
    bureau = open_session("cycle-rect-bureau")
    problems += watched(bureau)
    bureau.login(people["bureau"])
    bureau.page.goto(f"/plans/{approved.pk}/rectification/")
    bureau.page.locator(f"input[name=findings][value='{error.key}']").check()
    bureau.page.get_by_role("button", name="下达整改").click()
    expect(bureau.page.locator(".messages")).to_contain_text("已下达整改1项")
    record = RectificationRecord.objects.get()

    unit = open_session("cycle-rect-unit")
    problems += watched(unit)
    unit.login(people["editor"])
    unit.page.get_by_role("link", name="整改", exact=True).first.click()
    unit.page.get_by_role("link", name=record.core.title).first.click()
    proof = tmp_path / "整改说明.txt"
    proof.write_text("已修改绩效目标表", encoding="utf-8")
    unit.page.locator("textarea[name=comment]").fill("已按要求修改指标值并重新报送")
    unit.page.locator("input[name=files]").set_input_files(str(proof))
    unit.page.locator("button[name=action][value=report]").click()
    expect(unit.page.locator("h1 small")).to_contain_text("已整改")
    expect(unit.page.get_by_role("link", name="整改说明.txt")).to_be_visible()

    bureau.page.goto(f"/rectification/{record.pk}/")
    bureau.page.locator("button[name=action][value=verify]").click()
    expect(bureau.page.locator("h1 small")).to_contain_text("已核实")
    doc_shot(bureau.page, "cycle-rectification-verified.png")
    record.refresh_from_db()
    assert record.status == "verified" and record.files.count() == 1
    assert not problems, problems


def test_a_departments_self_evaluation_with_its_form(
    people: dict[str, User], approved: PlanRecord, open_session: Callable[[str], Session]
) -> None:
    problems: list[str] = []
    unit = open_session("cycle-department-unit")
    problems += watched(unit)
    unit.login(people["editor"])
    page = unit.page
    page.goto(f"/plans/{approved.pk}/")
    page.get_by_role("link", name="部门整体自评").click()
    page.get_by_role("button", name="开始部门整体自评").click()
    expect(page.locator(".messages")).to_contain_text("已开始部门整体自评")
    figures = {
        "年初预算数": "1180",
        "全年预算数（调整后）": "1236.5",
        "全年执行数": "1172.8",
        "年末结转结余": "63.7",
        "本年“三公经费”决算数": "36.2",
        "上年“三公经费”决算数": "39.8",
        "政府采购预算数": "142",
        "实际政府采购金额": "131.5",
        "预算安排公用经费": "86",
        "实际支出公用经费": "84.1",
    }
    for label, value in figures.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_role("button", name="保存并重新计算").click()
    expect(page.locator(".messages")).to_contain_text("已保存并重新计算")
    row = page.locator("table.department-indicators tr", has_text="预算执行率")
    expect(row).to_contain_text("94.85%")  # 1172.8 ÷ 1236.5
    expect(page.locator("svg.chart-bars")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Excel").click()
    saved = download.value.path()
    assert saved is not None and Path(saved).stat().st_size > 0

    bureau = open_session("cycle-department-bureau")
    problems += watched(bureau)
    bureau.login(people["bureau"])
    bureau.page.goto(f"/plans/{approved.pk}/department/")
    bureau.page.get_by_label("预算与资产管理", exact=True).fill("8")
    bureau.page.get_by_label("履职效益", exact=True).fill("9")
    bureau.page.get_by_role("button", name="保存评分").click()
    expect(bureau.page.locator(".messages")).to_contain_text("已保存评分")
    doc_shot(bureau.page, "cycle-department.png")
    total = bureau.page.locator(".department-total").inner_text()
    record = DepartmentSelfEvaluation.objects.get(plan=approved)
    _, expected = scored(record)
    assert Decimal(total) == expected.total and record.total == float(expected.total)
    judged = {i.id: i.score for i in expected.indicators if i.id in ("management", "benefits")}
    assert judged == {"management": 8, "benefits": 9}
    # The 自评报告 of what the page shows, downloaded and read back from Word.
    reports = bureau.page.locator("p", has_text="部门整体支出绩效自评报告")
    with bureau.page.expect_download() as download:
        reports.get_by_role("link", name="Word").click()
    saved = download.value.suggested_filename
    assert saved == f"{DEPARTMENT}2023年度部门整体支出绩效自评报告.docx", saved
    saved = download.value.path()
    assert saved is not None
    report = read_department_report(Path(saved))
    assert report == report_of(record)
    assert "全年执行数1172.80万元，预算执行率94.85%" in report.blocks[2].text  # type: ignore[union-attr]
    # the PDF takes WeasyPrint a while on a loaded machine: fetched in the same session
    href = reports.get_by_role("link", name="PDF").get_attribute("href")
    assert href is not None
    pdf = bureau.page.request.get(href, timeout=180_000)
    assert pdf.ok and pdf.body()[:5] == b"%PDF-"
    assert not problems, problems
