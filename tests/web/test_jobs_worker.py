"""Background jobs on the real queue: a worker process runs uploads and imports, reports
progress, can be cancelled, and stays up while hostile uploads are refused or bounded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from jixiao.web.jobs.models import Job
from jixiao.web.plans.models import ImportBatch, PlanRecord
from tests.conftest import seed_path
from tests.web.conftest import World, build_world
from tests.web.hostile_files import huge_text, many_pages_pdf, zip_bomb_docx
from tests.web.worker import DATABASE_TASKS, running_worker, wait_for

OWN = "002_9d52ecbd56ee9879"
CPU_SECONDS = 3


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return {
        "bomb": zip_bomb_docx(folder / "炸弹.docx"),
        "pages": many_pages_pdf(folder / "三千页.pdf", 3000),
        "slow": many_pages_pdf(folder / "慢.pdf", 450, lines=60),
        "text": huge_text(folder / "巨大.txt", 50),
    }


@pytest.fixture
def queued(transactional_db: Any, settings: Any, tmp_path: Path) -> Iterator[World]:
    """A committed test world, jobs on the database queue and one worker process."""
    settings.TASKS = DATABASE_TASKS
    world = build_world()
    log = tmp_path / "worker.log"
    with running_worker(log, JIXIAO_JOB_CPU_SECONDS=str(CPU_SECONDS)):
        yield world
    print(log.read_text(errors="replace")[-3000:])


def _upload(client: Client, *paths: Path) -> Any:
    files = [SimpleUploadedFile(p.name, p.read_bytes()) for p in paths]
    return client.post("/import/", {"documents": files})


def _job_of(response: Any) -> Job:
    assert response.status_code == 302 and response["Location"].startswith("/jobs/")
    return Job.objects.get(pk=int(response["Location"].split("/")[2]))


def test_the_worker_stages_and_commits_an_import(queued: World) -> None:
    client = queued.client("editor")
    queued.own_plan.projects.get(position=1).delete()
    job = _job_of(_upload(client, seed_path(OWN)))
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    assert 'id="job-progress"' in page  # the bar the page script moves
    job = wait_for(job)
    assert job.state == "succeeded", job.error
    status = client.get(f"/jobs/{job.pk}/status").json()
    assert status["percent"] == 100 and status["next_url"].startswith("/import/")
    preview = client.get(status["next_url"]).content.decode()
    assert "8 个项目" in preview and "81 个指标" in preview
    assert queued.own_plan.projects.count() == 7, "staging changes no plan"

    batch = ImportBatch.objects.get(state="staged", department=queued.own)
    commit = _job_of(client.post(f"/import/{batch.pk}/decide/", {"decision": "commit"}))
    commit = wait_for(commit)
    assert commit.state == "succeeded", commit.error
    assert commit.next_url == f"/plans/{queued.own_plan.pk}/"
    assert queued.own_plan.projects.count() == 8


def test_a_failed_commit_changes_nothing_and_says_why(queued: World) -> None:
    client = queued.client("editor")
    job = wait_for(_job_of(_upload(client, seed_path(OWN))))
    batch = ImportBatch.objects.get(pk=job.result["batch"])
    PlanRecord.objects.filter(pk=queued.own_plan.pk).update(status="department_review")
    before = list(queued.own_plan.projects.values_list("pk", "name"))
    commit = wait_for(_job_of(client.post(f"/import/{batch.pk}/decide/", {"decision": "commit"})))
    assert commit.state == "failed"
    assert "导入未完成" in commit.error and "未作任何修改" in commit.error
    assert list(queued.own_plan.projects.values_list("pk", "name")) == before
    batch.refresh_from_db()
    assert batch.state == "staged"
    assert commit.error in client.get(f"/jobs/{commit.pk}/").content.decode()


def test_hostile_uploads_are_refused_or_bounded_and_the_server_keeps_answering(
    queued: World, hostile: dict[str, Path]
) -> None:
    client = queued.client("editor")
    # 50 MB of text: the upload handler stops reading it at the 30 MB limit.
    refused = client.post(
        "/import/",
        {"documents": [SimpleUploadedFile("巨大.txt", hostile["text"].read_bytes())]},
        follow=True,
    )
    assert "巨大.txt：文件大小超过上传限制（30 MB），未上传" in refused.content.decode()
    assert not Job.objects.exists()

    job = _job_of(_upload(client, hostile["bomb"], hostile["pages"], hostile["slow"]))
    running = wait_for(job, until=lambda j: j.finished or "慢.pdf" in j.step)
    assert running.state == "running", running.error
    # The parse of 慢.pdf goes on in the worker's child process; the web answers meanwhile.
    for path in ("/", f"/jobs/{job.pk}/status", "/import/", f"/plans/{queued.own_plan.pk}/"):
        assert client.get(path).status_code == 200, path
    job = wait_for(job)
    # every file refused: the job failed, saying which and why, its preview still kept
    assert job.state == "failed" and job.error.startswith("3 个文件都未能读出："), job.error
    assert "炸弹.docx：解压后大小超过限制" in job.error
    errors = {
        e["file"]: e["message"] for e in ImportBatch.objects.get(pk=job.result["batch"]).errors
    }
    assert errors["炸弹.docx"] == "解压后大小超过限制（1024 MB，上限 200 MB）"
    assert errors["三千页.pdf"] == "PDF 页数超过限制（3000 页，上限 500 页）"
    assert errors["慢.pdf"] == f"超过单个任务的 CPU 时间限制（{CPU_SECONDS} 秒）"

    # The worker is still up: the next job runs.
    after = wait_for(_job_of(_upload(client, seed_path(OWN))))
    assert after.state == "succeeded" and after.result["documents"] == 1


def test_a_running_job_is_cancelled_and_leaves_nothing(
    queued: World, hostile: dict[str, Path]
) -> None:
    client = queued.client("editor")
    job = _job_of(_upload(client, seed_path(OWN), hostile["slow"]))
    wait_for(job, until=lambda j: j.finished or "慢.pdf" in j.step)
    assert client.post(f"/jobs/{job.pk}/cancel/").status_code == 302
    job = wait_for(job)
    assert job.state == "cancelled" and job.error == "已取消，未作任何修改"
    assert not ImportBatch.objects.filter(department=queued.own).exists()
    assert client.get(f"/jobs/{job.pk}/status").json()["state_label"] == "已取消"
