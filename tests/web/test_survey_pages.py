"""满意度调查 through the web: a unit opens a survey on seed 003's approved plan, people
answer without signing in (one answer per device, a flood refused), the results are the
core's, and the rates go into the self-evaluation without overwriting what was filled."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from jixiao.web.audit.models import AuditEntry
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.evaluation.records import evaluation_of
from jixiao.web.surveys.collecting import questionnaire_of, results
from jixiao.web.surveys.models import SurveyAnswer, SurveyRecord
from tests.web.conftest import World
from tests.web.download_names import saved_as
from tests.web.reports_world import approve

PROJECT = "2024年办公用房评估审计费"


@pytest.fixture
def survey(world: World) -> SurveyRecord:
    approve(world.other_plan, world.users["admin"])
    response = world.client("other_editor").post(
        f"/plans/{world.other_plan.pk}/surveys/", {"projects": [PROJECT]}
    )
    assert response.status_code == 302, response.content
    return SurveyRecord.objects.get(plan=world.other_plan)


def answer(client: Client, survey: SurveyRecord, level: str, ip: str = "10.0.0.1") -> str:
    page = client.get(f"/s/{survey.token}/", REMOTE_ADDR=ip)
    assert page.status_code == 200
    key = questionnaire_of(survey).questions[0].key
    response = client.post(f"/s/{survey.token}/", {key: level}, REMOTE_ADDR=ip)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_questionnaire_has_the_projects_satisfaction_indicators(
    world: World, survey: SurveyRecord
) -> None:
    [question] = questionnaire_of(survey).questions
    assert (question.project, question.indicator) == (PROJECT, "被评估单位满意度")
    assert question.group == "被评估单位" and question.target_percent == Decimal(90)
    assert AuditEntry.objects.filter(action="survey_open").count() == 1
    page = world.client("other_editor").get(f"/surveys/{survey.pk}/").content.decode()
    assert f"/s/{survey.token}/" in page and "<svg" in page


@pytest.mark.django_db
def test_answers_without_sign_in_once_per_device(world: World, survey: SurveyRecord) -> None:
    phone = Client()
    assert "提交成功" in answer(phone, survey, "5")
    assert "已提交过" in answer(phone, survey, "1")
    for n in range(9):
        assert "提交成功" in answer(Client(), survey, "4" if n < 7 else "2", ip=f"10.0.1.{n}")
    result = results(survey).questions[0]
    assert (result.answered, result.satisfied, result.rate) == (10, 8, Decimal("80.00"))
    assert result.met is False  # 80% against ≥90%
    page = world.client("bureau").get(f"/surveys/{survey.pk}/").content.decode()
    assert "80.00%" in page and "未达标" in page
    assert "%（…" not in page, "the chart's figure was cut short"


@pytest.mark.django_db
def test_a_flood_from_one_address_is_refused(world: World, survey: SurveyRecord) -> None:
    for _ in range(20):
        assert "提交成功" in answer(Client(), survey, "5", ip="10.9.9.9")
    assert "过于频繁" in answer(Client(), survey, "5", ip="10.9.9.9")
    assert SurveyAnswer.objects.filter(survey=survey).count() == 20


@pytest.mark.django_db
def test_a_closed_survey_takes_no_answer_and_an_access_code_is_checked(
    world: World, survey: SurveyRecord
) -> None:
    editor = world.client("other_editor")
    editor.post(f"/surveys/{survey.pk}/action/", {"action": "close"})
    assert "已结束" in answer(Client(), survey, "5")
    survey.is_open, survey.access_code = True, "2468"
    survey.save()
    key = questionnaire_of(survey).questions[0].key
    phone = Client()
    phone.get(f"/s/{survey.token}/")
    wrong = phone.post(f"/s/{survey.token}/", {key: "5", "code": "1111"}).content.decode()
    assert "访问码不正确" in wrong
    right = phone.post(f"/s/{survey.token}/", {key: "5", "code": "2468"}).content.decode()
    assert "提交成功" in right


@pytest.mark.django_db
def test_rates_fill_blank_self_evaluation_actuals_only(world: World, survey: SurveyRecord) -> None:
    for n in range(4):
        answer(Client(), survey, "5", ip=f"10.0.2.{n}")
    editor = world.client("other_editor")
    refused = editor.post(f"/surveys/{survey.pk}/action/", {"action": "evaluation"}, follow=True)
    assert "尚未开始" in refused.content.decode()
    editor.post(f"/plans/{world.other_plan.pk}/evaluation/start/")
    editor.post(f"/surveys/{survey.pk}/action/", {"action": "evaluation"})
    evaluation = SelfEvaluationRecord.objects.get(plan=world.other_plan)
    entry = evaluation.entries.get(project__name=PROJECT)
    row = next(i for i in evaluation_of(entry).indicators if i.level3 == "被评估单位满意度")
    assert row.actual == "100.00%（样本4份）"
    again = editor.post(f"/surveys/{survey.pk}/action/", {"action": "evaluation"}, follow=True)
    assert "1项已有填报，未覆盖" in again.content.decode()


@pytest.mark.django_db
def test_downloads(world: World, survey: SurveyRecord) -> None:
    client = world.client("other_reviewer")
    png = client.get(f"/surveys/{survey.pk}/download/qr.png")
    assert png.content.startswith(b"\x89PNG")
    poster = client.get(f"/surveys/{survey.pk}/download/poster.pdf")
    assert poster.content.startswith(b"%PDF")
    xlsx = client.get(f"/surveys/{survey.pk}/download/results.xlsx")
    assert xlsx.content.startswith(b"PK")
    names = [saved_as(r) for r in (png, poster, xlsx)]
    assert names == [
        (f"{survey.title}二维码.png", f"survey-{survey.pk}-qr.png"),
        (f"{survey.title}海报.pdf", f"survey-{survey.pk}-poster.pdf"),
        (f"{survey.title}结果.xlsx", f"survey-{survey.pk}-results.xlsx"),
    ]
    assert "满意度" in survey.title
    assert client.get(f"/surveys/{survey.pk}/download/results.csv").status_code == 404
