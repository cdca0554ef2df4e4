"""The filled 部门整体支出绩效自评表 is uploaded as a background job, like the projects'
自评表: the request keeps the file; a real worker reads it within the limits and writes
the 部门整体自评 whole or not at all; the job's page follows it, leads back to the
department's page, keeps a clear Chinese error when the file is wrong, and a job cancelled
before it ran changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from jixiao.web.audit.models import AuditEntry
from jixiao.web.department.models import DepartmentSelfEvaluation
from jixiao.web.department.recording import gathered
from jixiao.web.jobs.models import Job, JobFile
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import PlanRecord
from jixiao.workflow import Action, Role
from tests.web.conftest import World, build_world
from tests.web.hostile_files import zip_bomb_docx
from tests.web.worker import DATABASE_TASKS, running_worker, wait_for

FIGURES = {"budget_initial": "1200", "budget_final": "1250", "spent": "1190"}


@pytest.fixture
def queued(transactional_db: Any, settings: Any, tmp_path: Path) -> Iterator[World]:
    """A committed test world whose jobs wait on the database queue (no worker yet)."""
    settings.TASKS = DATABASE_TASKS
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    yield build_world()


def _approved_and_started(world: World) -> DepartmentSelfEvaluation:
    plan: PlanRecord = world.own_plan
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(world.users["admin"], Role.ADMIN, plan, action)
    assert world.client("editor").post(f"/plans/{plan.pk}/department/start/").status_code == 302
    return DepartmentSelfEvaluation.objects.get(plan=plan)


def _filled_form(client: Client, record: DepartmentSelfEvaluation, path: Path) -> Path:
    """The department's 自评表 with the figures filled in, downloaded; then the figures
    are cleared on the page, so that only the upload can bring them back."""
    page = f"/plans/{record.plan_id}/department/"
    assert client.post(page, FIGURES | {"lock_version": "1"}).status_code == 302
    path.write_bytes(client.get(f"/department/{record.pk}/download/xlsx").content)
    assert client.post(page, {"lock_version": "2"}).status_code == 302
    record.refresh_from_db()
    assert gathered(record).figures.spent is None
    return path


def _ready(world: World, tmp_path: Path) -> tuple[DepartmentSelfEvaluation, Client, Path]:
    """The department's evaluation started, the editor's client, and its filled form."""
    record = _approved_and_started(world)
    client = world.client("editor")
    return record, client, _filled_form(client, record, tmp_path / "部门整体自评表.xlsx")


def _upload(client: Client, record: DepartmentSelfEvaluation, path: Path) -> Job:
    upload = SimpleUploadedFile(path.name, path.read_bytes())
    response = client.post(f"/department/{record.pk}/upload/", {"form": upload})
    assert response.status_code == 302 and response["Location"].startswith("/jobs/")
    return Job.objects.get(pk=int(response["Location"].split("/")[2]))


def _stored(record: DepartmentSelfEvaluation) -> tuple[Any, int]:
    record.refresh_from_db()
    return record.data, record.lock_version


def test_a_worker_reads_the_form_and_the_page_leads_back(queued: World, tmp_path: Path) -> None:
    record, client, form = _ready(queued, tmp_path)
    job = _upload(client, record, form)
    assert job.kind == Job.Kind.EVALUATION_UPLOAD and job.state == "queued"
    assert job.params == {"report": record.pk, "form": "department"}
    assert gathered(record).figures.spent is None, "the request itself writes nothing"
    assert 'id="job-progress"' in client.get(f"/jobs/{job.pk}/").content.decode()
    with running_worker(tmp_path / "worker.log"):
        job = wait_for(job)
    assert job.state == "succeeded", job.error
    assert job.next_url == f"/plans/{record.plan_id}/department/"
    assert job.result == {"projects": 1, "message": "已从“部门整体自评表.xlsx”更新部门整体自评"}
    assert not JobFile.objects.filter(job=job).exists(), "the upload is not kept once written"
    page = client.get(f"/jobs/{job.pk}/", follow=True)
    assert page.redirect_chain[-1][0] == job.next_url
    assert "已从“部门整体自评表.xlsx”更新部门整体自评" in page.content.decode()
    record.refresh_from_db()
    assert gathered(record).figures.spent == Decimal("1190")
    upload = AuditEntry.objects.get(action="department_upload")
    assert upload.user == queued.users["editor"]


def test_wrong_and_hostile_files_fail_their_jobs_and_change_nothing(
    queued: World, tmp_path: Path
) -> None:
    record, client, form = _ready(queued, tmp_path)
    # the same form, said to be of another year: refused by the department's check
    other_year = _other_year(queued, form, tmp_path)
    bomb = zip_bomb_docx(tmp_path / "自评表.docx", expanded=300 * 1024 * 1024)
    before = _stored(record)
    jobs = [_upload(client, record, bomb), _upload(client, record, other_year)]
    with running_worker(tmp_path / "worker.log"):
        bombed, wrong = (wait_for(job) for job in jobs)
    assert bombed.state == "failed"
    assert bombed.error == "自评表.docx: 解压后大小超过限制（300 MB，上限 200 MB），未作任何修改"
    assert bombed.error in client.get(f"/jobs/{bombed.pk}/").content.decode()
    assert wrong.state == "failed"
    plan = record.plan
    assert wrong.error == (
        f"别的年度.xlsx：表中为{plan.department.name}{plan.year + 1}年度，"
        f"不是{plan.department.name}{plan.year}年度，未作任何修改"
    )
    assert _stored(record) == before
    assert not AuditEntry.objects.filter(action="department_upload").exists()


def _other_year(world: World, form: Path, tmp_path: Path) -> Path:
    """``form`` with its year changed: a real 自评表 of the wrong year."""
    from openpyxl import load_workbook

    book = load_workbook(form)
    year = str(world.own_plan.year)
    changed = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and year in cell.value:
                    cell.value = cell.value.replace(year, str(world.own_plan.year + 1))
                    changed += 1
    assert changed, "the form names its year"
    path = tmp_path / "别的年度.xlsx"
    book.save(path)
    return path


def test_a_job_cancelled_before_it_ran_changes_nothing(queued: World, tmp_path: Path) -> None:
    record, client, form = _ready(queued, tmp_path)
    before = _stored(record)
    job = _upload(client, record, form)
    assert client.post(f"/jobs/{job.pk}/cancel/").status_code == 302
    job.refresh_from_db()
    assert job.state == "cancelled" and job.error == "已取消，未作任何修改"
    assert client.get(f"/jobs/{job.pk}/status").json()["state_label"] == "已取消"
    with running_worker(tmp_path / "worker.log"):
        # the worker takes the cancelled job off the queue and leaves it be
        later = wait_for(_upload(client, record, form))
    assert later.state == "succeeded", later.error
    assert Job.objects.get(pk=job.pk).state == "cancelled"
    assert AuditEntry.objects.filter(action="department_upload").count() == 1
    assert _stored(record) != before


@pytest.mark.django_db
def test_a_job_queued_before_the_evaluation_was_submitted_writes_nothing(
    world: World, settings: Any, tmp_path: Path
) -> None:
    record, client, form = _ready(world, tmp_path)
    settings.TASKS = DATABASE_TASKS  # no worker: the job waits in the queue
    job = _upload(client, record, form)
    DepartmentSelfEvaluation.objects.filter(pk=record.pk).update(status="submitted")
    from jixiao.web.jobs.tasks import run_job

    assert run_job.call(job.pk) == "failed"  # what the worker does when it gets to it
    job.refresh_from_db()
    assert job.error == "当前不能上传部门整体支出绩效自评表（填报已报送或无权限），未作任何修改"
    record.refresh_from_db()
    assert gathered(record).figures.spent is None


@pytest.mark.django_db
def test_an_upload_over_the_limit_or_missing_starts_no_job(
    world: World, settings: Any, tmp_path: Path
) -> None:
    record, client, form = _ready(world, tmp_path)
    settings.JIXIAO_LIMITS = {"upload_bytes": 4096}
    assert form.stat().st_size > 4096
    page = client.post(
        f"/department/{record.pk}/upload/",
        {"form": SimpleUploadedFile(form.name, form.read_bytes())},
        follow=True,
    )
    assert page.redirect_chain[-1][0] == f"/plans/{record.plan_id}/department/"
    text = page.content.decode()
    assert "部门整体自评表.xlsx：文件大小超过上传限制（0.00390625 MB），未上传" in text
    nothing = client.post(f"/department/{record.pk}/upload/", {}, follow=True)
    assert "请选择填好的部门整体支出绩效自评表文件" in nothing.content.decode()
    assert not Job.objects.exists()
