"""部门整体自评 through the web, on seed 002 approved: the unit starts it, enters figures
and a target's actual; the projects' 自评 totals and a survey's rates roll up; the bureau
scores the judged leaves; the score follows score_department; the 自评表 downloads and
an uploaded one reads back; the 报送 flow is the one of 监控 and 自评."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.charts import GRADE_TONES
from jixiao.department import score_department
from jixiao.department.form import read_department_form
from jixiao.web.audit.models import AuditEntry
from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.department.recording import department_profile, gathered
from jixiao.web.evaluation.models import EvaluationEntryRecord
from jixiao.web.evaluation.records import evaluation_of
from jixiao.web.listing.spec import money
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.workflow import Action, Role
from tests.web.conftest import World
from tests.web.download_names import saved_as

FIGURES = {
    "budget_initial": "1200",
    "budget_final": "1250",
    "spent": "1190",
    "carryover": "60",
    "sangong": "38",
    "sangong_last_year": "40",
    "procurement_budget": "100",
    "procurement_actual": "96",
    "public_funds_budget": "80",
    "public_funds_actual": "78",
}


@pytest.fixture
def approved(world: World) -> PlanRecord:
    plan = world.own_plan
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(world.users["admin"], Role.ADMIN, plan, action)
    plan.refresh_from_db()
    return plan


def _started(world: World, plan: PlanRecord) -> DepartmentSelfEvaluation:
    response = world.client("editor").post(f"/plans/{plan.pk}/department/start/")
    assert response.status_code == 302
    return DepartmentSelfEvaluation.objects.get(plan=plan)


@pytest.mark.django_db
def test_a_departments_self_evaluation_is_scored_by_the_profile(
    world: World, approved: PlanRecord
) -> None:
    record = _started(world, approved)
    targets = gathered(record).targets
    editor = world.client("editor")
    # one project self-evaluated (its budget is in the weighted table)
    editor.post(f"/plans/{approved.pk}/evaluation/start/")
    entry = EvaluationEntryRecord.objects.filter(evaluation__plan=approved).order_by("pk")[0]
    scored = {"budget_total": "2", "executed": "1.9", "lock_version": str(entry.lock_version)}
    # complete, so scored (a 自评 filled in part is 填报中 and rolls up nothing)
    rows = evaluation_of(entry).indicators
    scored |= {f"ind-{n}-actual": row.target or "已完成" for n, row in enumerate(rows)}
    assert editor.post(f"/evaluation/entries/{entry.pk}/", scored).status_code == 302
    actuals = ["已完成"] * len(targets)
    body = FIGURES | {"lock_version": "1", "actual": actuals}
    assert editor.post(f"/plans/{approved.pk}/department/", body).status_code == 302
    bad = editor.post(
        f"/plans/{approved.pk}/department/",
        FIGURES | {"spent": "一千", "lock_version": "2"},
        follow=True,
    )
    assert "“全年执行数”：“一千”不是数字（万元）" in bad.content.decode()
    # shown again as filled: the redirect lost the whole form (ten figures, every target)
    assert bad.status_code == 400 and 'name="spent" value="一千"' in bad.content.decode()
    assert 'name="budget_final" value="1250"' in bad.content.decode()
    # a decimal comma is no thousands separator: refused, never read as 15
    comma = editor.post(
        f"/plans/{approved.pk}/department/", FIGURES | {"spent": "1,5", "lock_version": "2"}
    )
    assert comma.status_code == 400
    assert "“全年执行数”：“1,5”的逗号不是千分位" in comma.content.decode()
    record.refresh_from_db()
    evaluation = gathered(record)
    assert evaluation.figures.spent == Decimal("1190")
    # the bureau scores the judged leaves; a unit editor may not
    judged = {"judged-management": "8", "judged-benefits": "9", "lock_version": "2"}
    assert editor.post(f"/department/{record.pk}/judge/", judged).status_code == 403
    world.client("bureau").post(f"/department/{record.pk}/judge/", judged)
    record.refresh_from_db()
    evaluation = gathered(record)
    expected = score_department(evaluation, department_profile(), evaluation_profile())
    page = world.client("bureau").get(f"/plans/{approved.pk}/department/")
    assert page.context["score"] == expected
    assert record.total == pytest.approx(float(expected.total))
    execution = next(i for i in expected.indicators if i.id == "execution")
    assert execution.value == "95.20%"  # 1190 ÷ 1250
    text = page.content.decode()
    assert "各指标得分率" in text and "预算执行率" in text
    # each bar coloured by the grade band the department profile gives its score (the page
    # had its own 90%/60% lights: 95.2% of 执行率's weight was green, 8 of 10 yellow)
    profile = department_profile()
    for indicator in expected.indicators:
        if indicator.score is None:
            continue
        tone = GRADE_TONES[profile.grade_of_share(indicator.score, indicator.weight)]
        assert f'class="chart-bar tone-{tone}" data-label="{indicator.name}"' in text
    # formats named as on every other page, amounts as money (the table said 2.000000)
    assert re.search(r"自评表：<a [^>]+>Excel</a> · <a [^>]+>Word</a> · <a [^>]+>PDF</a>", text)
    budgets = [p.budget for p in gathered(record).projects]
    assert budgets and all(f'<td class="num">{money(b)}</td>' in text for b in budgets)
    assert not re.search(r'<td class="num">\d+\.\d{6}</td>', text)
    actions = set(
        AuditEntry.objects.filter(object_type="department_evaluation").values_list(
            "action", flat=True
        )
    )
    assert actions == {"department_open", "department_fill", "department_judge"}
    # 报送: the unit submits, the bureau accepts
    editor.post(f"/department/{record.pk}/action/", {"action": "submit"})
    world.client("bureau").post(f"/department/{record.pk}/action/", {"action": "accept"})
    record.refresh_from_db()
    assert record.status == "accepted"


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_the_form_downloads_and_an_uploaded_one_reads_back(
    world: World, approved: PlanRecord, fmt: str, tmp_path: Path
) -> None:
    record = _started(world, approved)
    editor = world.client("editor")
    editor.post(f"/plans/{approved.pk}/department/", FIGURES | {"lock_version": "1"})
    response = editor.get(f"/department/{record.pk}/download/{fmt}")
    assert response.status_code == 200
    assert saved_as(response) == (
        f"{approved.department.name}{approved.year}年度部门整体支出绩效自评表.{fmt}",
        f"department-{approved.pk}.{fmt}",
    )
    path = tmp_path / f"部门整体自评表.{fmt}"
    path.write_bytes(response.content)
    [read] = read_department_form(path, department_profile())
    assert read.figures.spent == Decimal("1190") and read.department == approved.department.name
    # a fresh evaluation of another plan year is refused the file; the same one takes it
    editor.post(f"/plans/{approved.pk}/department/", {"lock_version": "2"})  # clear the figures
    record.refresh_from_db()
    assert gathered(record).figures.spent is None
    with path.open("rb") as upload:
        editor.post(f"/department/{record.pk}/upload/", {"form": upload})
    record.refresh_from_db()
    assert gathered(record).figures.spent == Decimal("1190")


@pytest.mark.django_db
def test_other_departments_see_nothing(world: World, approved: PlanRecord) -> None:
    record = _started(world, approved)
    other = world.client("other_editor")
    assert other.get(f"/plans/{approved.pk}/department/").status_code == 404
    assert other.get(f"/department/{record.pk}/download/xlsx").status_code == 404


@pytest.mark.django_db
def test_each_monitoring_round_shows_the_department_line(
    world: World, approved: PlanRecord
) -> None:
    import datetime as dt

    from jixiao.web.department.models import DepartmentRoundRecord
    from jixiao.web.monitoring.rounds import open_round

    round_ = open_round(world.users["admin"], approved, dt.date(2023, 7, 31))
    editor = world.client("editor")
    page = editor.get(f"/monitoring/{round_.pk}/")
    line = page.context["department_line"][1]
    assert line.time_progress == Decimal(7) / 12 and not DepartmentRoundRecord.objects.exists()
    targets = page.context["department_line"][0].targets
    assert targets, "seed 002's 分项目标 name measurable targets"
    # the unit: half the money spent by July, one target 完全不可能
    body = {
        "lock_version": "1",
        "budget": "1000",
        "spent_to_date": "300",
        "likelihood": ["完全不可能"] + [""] * (len(targets) - 1),
        "cause": ["政策调整"] + [""] * (len(targets) - 1),
    }
    assert (
        world.client("bureau").post(f"/monitoring/{round_.pk}/department/", body).status_code == 403
    )
    assert editor.post(f"/monitoring/{round_.pk}/department/", body).status_code == 302
    page = editor.get(f"/monitoring/{round_.pk}/")
    line = page.context["department_line"][1]
    assert line.light.value == "red" and line.execution_rate == Decimal("0.3")
    assert any("低于序时进度" in r for r in line.reasons)
    assert targets[0]["subject"] in line.targets_off_track
    assert "部门整体" in page.content.decode()
    stale = editor.post(f"/monitoring/{round_.pk}/department/", body, follow=True)
    assert "已被他人更新" in stale.content.decode()


@pytest.mark.django_db
def test_the_api_gives_the_department_evaluation_and_the_assessments(
    world: World, approved: PlanRecord
) -> None:
    from jixiao.web.exante.example import example_assessment

    record = _started(world, approved)
    world.client("editor").post(
        f"/plans/{approved.pk}/department/", FIGURES | {"lock_version": "1"}
    )
    body = world.client("bureau").get(f"/api/plans/{approved.pk}/department").json()
    _, score = scored_of(record)
    assert Decimal(str(body["score"]["total"])) == score.total
    assert Decimal(str(body["evaluation"]["figures"]["spent"])) == Decimal("1190")
    users = world.users
    proposal = example_assessment(
        world.own, 2031, users["editor"], users["bureau"], [users["expert"], users["expert2"]]
    )
    listing = world.client("editor").get("/api/exante").json()
    assert [p["conclusion"] for p in listing] == ["予以支持"]
    detail = world.client("editor").get(f"/api/exante/{proposal.pk}").json()
    assert detail["proposal"]["name"] == proposal.core.name and detail["plan_id"] is not None
    assert world.client("other_editor").get(f"/api/exante/{proposal.pk}").status_code == 404
    # an expert reads the assessment assigned, through the API too, and nothing else
    expert = world.client("expert")
    assert [p["id"] for p in expert.get("/api/exante").json()] == [proposal.pk]
    assert expert.get(f"/api/plans/{approved.pk}/department").status_code == 404


def scored_of(record: DepartmentSelfEvaluation) -> Any:
    from jixiao.web.department.recording import scored

    record.refresh_from_db()
    return scored(record)
