"""Uploads of 实际支出 and of filled 自评表 run as background jobs: the request only keeps
the file; the job parses it within the limits, writes every project or none, and its
page says what happened — the same queue, limits and errors as the plan import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from jixiao.monitoring.form import write_monitoring_form
from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.evaluation.records import evaluation_of
from jixiao.web.jobs.models import Job, JobFile
from jixiao.web.jobs.tasks import run_job
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.monitoring.rounds import progress_of
from tests.web.conftest import World
from tests.web.hostile_files import zip_bomb_docx
from tests.web.reports_world import approve, example_round
from tests.web.worker import DATABASE_TASKS


@pytest.fixture
def round_(world: World) -> MonitoringRoundRecord:
    approve(world.other_plan, world.users["admin"])
    world.client("other_editor").post(
        f"/plans/{world.other_plan.pk}/monitoring/new/", {"monitor_date": "2024-07-31"}
    )
    return MonitoringRoundRecord.objects.get(plan=world.other_plan)


@pytest.fixture
def evaluation(world: World) -> SelfEvaluationRecord:
    approve(world.other_plan, world.users["admin"])
    world.client("other_editor").post(f"/plans/{world.other_plan.pk}/evaluation/start/")
    return SelfEvaluationRecord.objects.get(plan=world.other_plan)


def _job_of(response: Any) -> Job:
    assert response.status_code == 302 and response["Location"].startswith("/jobs/")
    return Job.objects.get(pk=int(response["Location"].split("/")[2]))


def _monitoring_form(tmp_path: Path) -> SimpleUploadedFile:
    path = tmp_path / "监控表.docx"
    write_monitoring_form(example_round(), path)
    return SimpleUploadedFile(path.name, path.read_bytes())


@pytest.mark.django_db
def test_an_upload_of_actuals_is_a_job_that_leads_back_to_the_round(
    world: World, round_: MonitoringRoundRecord, tmp_path: Path
) -> None:
    client = world.client("other_editor")
    response = client.post(
        f"/monitoring/{round_.pk}/upload/", {"actuals": _monitoring_form(tmp_path)}
    )
    job = _job_of(response)  # ran at once: the tests' queue is immediate
    assert job.kind == Job.Kind.MONITORING_UPLOAD and job.department == round_.plan.department
    assert job.state == "succeeded", job.error
    assert job.next_url == f"/monitoring/{round_.pk}/"
    assert job.result["projects"] == len(example_round().projects)
    assert not JobFile.objects.filter(job=job).exists(), "the upload is not kept once written"
    page = client.get(f"/jobs/{job.pk}/", follow=True)
    assert page.redirect_chain[-1][0] == job.next_url
    assert f"更新{job.result['projects']}个项目的实际支出" in page.content.decode()
    assert any(progress_of(e).spent_to_date for e in round_.entries.all())


@pytest.mark.django_db
def test_a_zip_bomb_self_evaluation_fails_its_job_and_changes_nothing(
    world: World, evaluation: SelfEvaluationRecord, tmp_path: Path
) -> None:
    bomb = zip_bomb_docx(tmp_path / "自评表.docx", expanded=300 * 1024 * 1024)
    before = [evaluation_of(e) for e in evaluation.entries.order_by("pk")]
    client = world.client("other_editor")
    upload = SimpleUploadedFile(bomb.name, bomb.read_bytes())
    job = _job_of(client.post(f"/evaluation/{evaluation.pk}/upload/", {"forms": upload}))
    assert job.kind == Job.Kind.EVALUATION_UPLOAD and job.state == "failed"
    assert job.error == "自评表.docx: 解压后大小超过限制（300 MB，上限 200 MB），未作任何修改"
    assert job.error in client.get(f"/jobs/{job.pk}/").content.decode()
    assert [evaluation_of(e) for e in evaluation.entries.order_by("pk")] == before


@pytest.mark.django_db
def test_an_upload_over_the_size_limit_starts_no_job(
    world: World, round_: MonitoringRoundRecord, settings: Any, tmp_path: Path
) -> None:
    settings.JIXIAO_LIMITS = {"upload_bytes": 4096}
    client = world.client("other_editor")
    page = client.post(
        f"/monitoring/{round_.pk}/upload/", {"actuals": _monitoring_form(tmp_path)}, follow=True
    )
    assert "监控表.docx：文件大小超过上传限制（0.00390625 MB），未上传" in page.content.decode()
    assert not Job.objects.exists()
    nothing = client.post(f"/monitoring/{round_.pk}/upload/", {}, follow=True)
    assert "请选择填好的实际支出文件" in nothing.content.decode()


@pytest.mark.django_db
def test_a_job_queued_before_the_round_was_submitted_writes_nothing(
    world: World, round_: MonitoringRoundRecord, settings: Any, tmp_path: Path
) -> None:
    settings.TASKS = DATABASE_TASKS  # no worker yet: the job waits in the queue
    client = world.client("other_editor")
    job = _job_of(
        client.post(f"/monitoring/{round_.pk}/upload/", {"actuals": _monitoring_form(tmp_path)})
    )
    assert job.state == "queued"
    MonitoringRoundRecord.objects.filter(pk=round_.pk).update(status="submitted")
    assert run_job.call(job.pk) == "failed"  # what the worker does when it gets to it
    job.refresh_from_db()
    assert job.error == "当前不能上传实际支出（填报已报送或无权限），未作任何修改"
    assert not any(progress_of(e).spent_to_date for e in round_.entries.all())
