"""绩效自评 and 结果应用 through the web: a unit scores the example year on seed 003, scores on
the pages are the core's, the filled 自评表 uploads, the bureau's list and the carry-over."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from jixiao.evaluation import read_evaluation_xlsx, score_project
from jixiao.web.audit.models import AuditEntry
from jixiao.web.evaluation.applying import budget_advice
from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.evaluation.recording import merged_evaluation
from jixiao.web.evaluation.records import evaluation_of
from jixiao.web.pages.entryforms import evaluation_values
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.profile import evaluation_profile
from tests.web.conftest import World
from tests.web.reports_world import approve, example_evaluations, find


@pytest.fixture
def evaluation(world: World) -> SelfEvaluationRecord:
    approve(world.other_plan, world.users["admin"])
    response = world.client("other_editor").post(f"/plans/{world.other_plan.pk}/evaluation/start/")
    assert response.status_code == 302, response.content
    return SelfEvaluationRecord.objects.get(plan=world.other_plan)


def post_entry(client: Any, entry: EvaluationEntryRecord, data: Any) -> Any:
    values = evaluation_values(data) | {"lock_version": str(entry.lock_version)}
    return client.post(f"/evaluation/entries/{entry.pk}/", values)


def evaluate_example(world: World, evaluation: SelfEvaluationRecord) -> None:
    client = world.client("other_editor")
    entries = list(evaluation.entries.select_related("project"))
    for item in example_evaluations().projects:
        project = find([e.project for e in entries], item.code, item.name)
        entry = project.evaluation_entries.get()
        response = post_entry(client, entry, merged_evaluation(evaluation_of(entry), item))
        assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.django_db
def test_the_self_evaluation_starts_from_the_goal_tables(
    world: World, evaluation: SelfEvaluationRecord
) -> None:
    assert evaluation.entries.count() == 14
    entry = evaluation.entries.select_related("project").first()
    assert entry is not None
    prefilled = evaluation_of(entry)
    assert prefilled.budget_total == prefilled.budget_initial is not None
    assert prefilled.executed is None
    assert len(prefilled.indicators) == entry.project.indicators.count()
    # nothing reported yet: no score and no grade (not 0 points and 差)
    assert prefilled.is_blank and entry.grade == "" and entry.total is None
    page = world.client("bureau").get(f"/plans/{world.other_plan.pk}/evaluation/").content
    assert page.decode().count("未填报") == 14 and "暂无数据" in page.decode()
    # nor 0 points for the budget's execution (the walkthrough read 「0.00/10」 on every row)
    assert "0.00/10" not in page.decode()


@pytest.mark.django_db
def test_scores_on_the_pages_are_the_cores(world: World, evaluation: SelfEvaluationRecord) -> None:
    evaluate_example(world, evaluation)
    profile = evaluation_profile()
    reported = [e for e in evaluation.entries.all() if not evaluation_of(e).is_blank]
    assert len(reported) == len(example_evaluations().projects)
    for entry in reported:
        score = score_project(evaluation_of(entry), profile)
        assert entry.total == float(score.total) and entry.grade == score.grade
    evaluation.refresh_from_db()
    totals = [e.total for e in reported]
    assert evaluation.average == round(sum(totals) / len(totals), 2)
    page = world.client("bureau").get(f"/plans/{world.other_plan.pk}/evaluation/").content.decode()
    assert page.count('class="chart-bar ') == len(reported)
    # the example year has good and weaker projects
    assert len({e.grade for e in evaluation.entries.all()}) >= 2


@pytest.mark.django_db
def test_a_missed_target_without_explanation_is_a_finding_on_the_page(
    world: World, evaluation: SelfEvaluationRecord
) -> None:
    entry = evaluation.entries.select_related("project").first()
    assert entry is not None
    stored = evaluation_of(entry)
    met = stored.model_copy(
        update={
            "executed": stored.budget_total,
            "indicators": [i.model_copy(update={"actual": i.target}) for i in stored.indicators],
        }
    )
    client = world.client("other_editor")
    assert post_entry(client, entry, met).status_code == 302
    entry.refresh_from_db()
    full = entry.total
    first = met.indicators[0]
    missed = met.model_copy(
        update={"indicators": [first.model_copy(update={"actual": "0"}), *met.indicators[1:]]}
    )
    assert post_entry(client, entry, missed).status_code == 302
    entry.refresh_from_db()
    assert entry.total is not None and full is not None and entry.total < full
    page = client.get(f"/evaluation/entries/{entry.pk}/").content.decode()
    assert "偏差原因" in page and first.level3 in page


@pytest.mark.django_db
def test_filled_forms_upload_for_every_project(
    world: World, evaluation: SelfEvaluationRecord, tmp_path: Any
) -> None:
    client = world.client("other_editor")
    response = client.get(f"/evaluation/{evaluation.pk}/download/xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    # fill 全年执行数 on the first sheet
    sheet = workbook.worksheets[0]
    cell = next(
        sheet.cell(c.row, c.column + 1)
        for row in sheet.iter_rows()
        for c in row
        if c.value == "全年执行数"
    )
    label_row = cell.row
    value = sheet.cell(label_row + 1, cell.column - 1)
    value.value = 5
    out = io.BytesIO()
    workbook.save(out)
    path = tmp_path / "自评表.xlsx"
    path.write_bytes(out.getvalue())
    expected = read_evaluation_xlsx(path, evaluation_profile())
    out.seek(0)
    out.name = "自评表.xlsx"
    page = client.post(f"/evaluation/{evaluation.pk}/upload/", {"forms": out}, follow=True)
    assert "更新14个项目的自评" in page.content.decode()
    for item in expected:
        entry = find(
            [e.project for e in evaluation.entries.select_related("project")], item.code, item.name
        ).evaluation_entries.get()
        assert evaluation_of(entry).executed == item.executed
    assert any(item.executed == Decimal(5) for item in expected)


@pytest.mark.django_db
def test_budget_advice_and_next_years_plan(world: World, evaluation: SelfEvaluationRecord) -> None:
    evaluate_example(world, evaluation)
    weak = [e for e in evaluation.entries.select_related("project") if e.grade in ("中", "差")]
    page = world.client("bureau").get("/evaluation/").content.decode()
    for entry in weak:
        assert entry.project.name in page
    # the dashboard's list (from the cached grades) is the plan page's (from full scores)
    lines = budget_advice(evaluation)
    assert len(lines) == page.count('class="treatment treatment-')
    for line in lines:
        assert f"<td>{line.name}</td>" in page
    client = world.client("other_editor")
    response = client.post(f"/evaluation/{evaluation.pk}/carry-over/")
    assert response.status_code == 302
    draft = PlanRecord.objects.get(department=world.other, year=2025)
    assert response["Location"] == f"/plans/{draft.pk}/"
    assert draft.status == "draft" and draft.projects.count() == 14
    bases = list(draft.projects.values_list("indicators__basis", flat=True))
    assert any("2024年实际完成" in (basis or "") for basis in bases)
    again = client.post(f"/evaluation/{evaluation.pk}/carry-over/", follow=True)
    assert "已经存在" in again.content.decode()
    # the page no longer offers a button that can only refuse: it links to the plan
    page = client.get(f"/plans/{world.other_plan.pk}/evaluation/").content.decode()
    assert "起草2025年度绩效目标</button>" not in page
    assert f'href="/plans/{draft.pk}/">打开2025年度绩效文本' in page
    assert PlanRecord.objects.filter(department=world.other, year=2025).count() == 1
    assert (
        world.client("bureau").post(f"/evaluation/{evaluation.pk}/carry-over/").status_code == 403
    )


@pytest.mark.django_db
def test_the_report_downloads(world: World, evaluation: SelfEvaluationRecord) -> None:
    evaluate_example(world, evaluation)
    client = world.client("reviewer")  # 承德 reviewer: not theirs
    assert client.get(f"/evaluation/{evaluation.pk}/download/xlsx").status_code == 404
    client = world.client("other_reviewer")
    report = client.get(f"/evaluation/{evaluation.pk}/download/report.md")
    assert report.status_code == 200
    text = report.content.decode()
    assert "张家口市机关事务管理局2024年度项目支出绩效自评报告" in text
    word = client.get(f"/evaluation/{evaluation.pk}/download/docx")
    assert word.status_code == 200 and word.content[:2] == b"PK"
    assert AuditEntry.objects.filter(action="edit_evaluation").count() == len(
        example_evaluations().projects
    )


@pytest.mark.django_db
def test_the_api_gives_the_scores_as_the_cli_does(
    world: World, evaluation: SelfEvaluationRecord
) -> None:
    evaluate_example(world, evaluation)
    data = world.client("bureau").get(f"/api/plans/{world.other_plan.pk}/evaluation").json()
    profile = evaluation_profile()
    assert data["status"] == "filling" and data["profile"] == profile.id
    assert len(data["projects"]) + len(data["not_reported"]) == 14
    for project in data["projects"]:
        entry = EvaluationEntryRecord.objects.get(
            evaluation=evaluation, project__name=project["name"]
        )
        score = score_project(evaluation_of(entry), profile)
        assert Decimal(str(project["total"])) == score.total and project["grade"] == score.grade
        assert [Decimal(str(i["score"])) for i in project["indicators"]] == [
            i.score for i in score.indicators
        ]
    assert (
        world.client("editor").get(f"/api/plans/{world.other_plan.pk}/evaluation").status_code
        == 404
    )


@pytest.mark.django_db
def test_a_filled_pdf_self_evaluation_uploads(
    world: World, evaluation: SelfEvaluationRecord, tmp_path: Any
) -> None:
    evaluate_example(world, evaluation)
    client = world.client("other_editor")
    response = client.get(f"/evaluation/{evaluation.pk}/download/pdf")
    assert response.status_code == 200 and response.content[:4] == b"%PDF"
    before = {e.pk: (e.lock_version, e.total, e.grade) for e in evaluation.entries.all()}
    upload = io.BytesIO(response.content)
    upload.name = "自评表.pdf"
    page = client.post(f"/evaluation/{evaluation.pk}/upload/", {"forms": upload}, follow=True)
    assert "更新14个项目的自评" in page.content.decode()
    for entry in evaluation.entries.all():
        # the same figures came back: a new version of every entry, the same scores
        version, total, grade = before[entry.pk]
        assert (entry.lock_version, entry.total, entry.grade) == (version + 1, total, grade)
